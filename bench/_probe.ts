import { randomUUID } from 'node:crypto';
import { createTaskTools, interpret } from '@todo/assistant';
import { createMemoryTaskService } from '@todo/assistant/testing';
const now = () => new Date('2026-11-25T14:00:00.000Z');
const ts = createMemoryTaskService({ now });
for (const line of process.argv.slice(2)) {
  const [seed, message] = line.includes('|') ? line.split('|') : ['', line];
  const userId = randomUUID();
  if (seed) await ts.create(userId, { title: seed });
  const tools = createTaskTools({ taskService: ts, userId, timeZone: 'UTC', now });
  const r = await interpret({ message: message!, tools, timeZone: 'UTC', now: now(), state: {} });
  console.log(`${message} → ${r.actions.map((a) => `${a.tool}(${JSON.stringify((a.output as any)?.title ?? a.input)} ${(a.output as any)?.dueAt ?? ''})`).join(', ') || '-'} :: ${r.reply.slice(0, 90)}`);
}
