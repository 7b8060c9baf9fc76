// Errors the ports raise, the same in every runtime.

/** A service call answered with a non-2xx status (or could not be made: status 0). */
export class InvocationError extends Error {
  constructor(
    readonly appId: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`invoking ${appId} ${path} failed with status ${status}`);
    this.name = 'InvocationError';
  }
}
