// The one contract every service exports, so both composition roots wire services by looping over them instead of by hand.
import type { Migration } from '@todo/db';
import type { Job, Subscription } from './ports.js';

/** A service as a composition root sees it; `App` is the HTTP app its routes register on (@todo/http's HttpApp). */
export interface ServiceModule<App> {
  /** The service's name: the key its migrations are recorded under, its Dapr app id. */
  name: string;
  /** Its own tables, applied in order before the process serves. */
  migrations: Migration[];
  /** Registers its HTTP routes. */
  routes(app: App): Promise<void>;
  /** What it consumes; the root subscribes each to the bus before the bus starts. */
  consumers: Subscription[];
  /** Its due-job handler, if it schedules jobs (one per process). */
  onDue?: (job: Job) => Promise<void>;
  /** Called once the server listens. */
  start(): Promise<void>;
  /** Releases what it holds (sockets, transports); the database is closed by the root afterwards. */
  close(): Promise<void>;
}
