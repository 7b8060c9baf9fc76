// Ordered shutdown: things registered later close first (server before consumers before the database).
export class ShutdownStack {
  private readonly steps: { name: string; close: () => Promise<void> | void }[] = [];
  private closing: Promise<void> | undefined;

  push(name: string, close: () => Promise<void> | void): void {
    this.steps.push({ name, close });
  }

  /** Runs every step once, last-registered first; a failing step is reported and the rest still run. */
  close(onError: (name: string, error: unknown) => void = () => {}): Promise<void> {
    this.closing ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        try {
          await step.close();
        } catch (error) {
          onError(step.name, error);
        }
      }
    })();
    return this.closing;
  }
}
