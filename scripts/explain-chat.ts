// Shows how the built-in interpreter reads messages: `node --import tsx scripts/explain-chat.ts "msg" …`
// (normalised text, the deciding rule, its slots, the new task's spans). Reads nothing and changes nothing.
import { explain } from '../packages/assistant/src/interpreter/grammar/registry.js';

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help')) {
  console.log('usage: node --import tsx scripts/explain-chat.ts [--zone America/New_York] "message" …');
  process.exit(args.length === 0 ? 1 : 0);
}
const zoneAt = args.indexOf('--zone');
const timeZone = zoneAt >= 0 ? (args.splice(zoneAt, 2)[1] ?? 'UTC') : 'UTC';
for (const message of args) console.log(JSON.stringify(explain(message, { now: new Date(), timeZone }), null, 2));
