// A worker thread on a TypeScript module, for code run from source (tests, benches, `node --import tsx`): Node 20 hands
// neither tsx's loader nor vitest's to a worker, so the worker registers tsx, then loads the module. The bundle (npm start,
// the image) starts its .js workers directly and never comes here.
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function sourceWorker(module: URL, options: WorkerOptions): Worker {
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
