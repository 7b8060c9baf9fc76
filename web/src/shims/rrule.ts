// Browser stand-in for 'rrule': its ESM build has no default export, but the shared domain/assistant code (written for Node's CommonJS view) imports one.
import * as rrule from 'rrule/dist/esm/index.js';

export * from 'rrule/dist/esm/index.js';
export default rrule;
