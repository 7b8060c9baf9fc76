export * from './database.js';
export * from './migrate.js';
export { migratedTemplateDir, templateFile } from './pglite-template.js';
export { runInBackground } from './work-lanes.js';
export { preparedStatement } from './prepared.js';
