// One tool call the assistant made, in words: "Added “Pay rent”", "Completed “Call mom”".
import type { ChatAction } from '../api/types.js';

const VERBS: Record<string, string> = {
  add_task: 'Added',
  update_task: 'Updated',
  complete_task: 'Completed',
  delete_task: 'Deleted',
  list_tasks: 'Listed tasks',
  search_tasks: 'Searched',
  set_reminder: 'Reminder set',
};

function titleIn(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.title === 'string') return record.title;
  if (record.task) return titleIn(record.task);
  return null;
}

function countIn(value: unknown): number | null {
  if (Array.isArray(value)) return value.length;
  // The server names at most 20 of the tasks it found; `count` is how many it found.
  if (value && typeof value === 'object' && typeof (value as { count?: unknown }).count === 'number') return (value as { count: number }).count;
  if (value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items)) return (value as { items: unknown[] }).items.length;
  return null;
}

export function describeAction(action: ChatAction): string {
  const verb = VERBS[action.tool] ?? action.tool.replace(/_/g, ' ');
  const count = countIn(action.output);
  if (count !== null && (action.tool === 'list_tasks' || action.tool === 'search_tasks')) return `${verb}: ${count} found`;
  const title = titleIn(action.output) ?? titleIn(action.input);
  return title ? `${verb} “${title}”` : verb;
}

export function ActionChip({ action }: { action: ChatAction }) {
  const failed = !!action.output && typeof action.output === 'object' && 'error' in (action.output as object);
  return (
    <li className={`action-chip${failed ? ' is-failed' : ''}`} title={JSON.stringify(action.input)}>
      <span className="action-tool mono">{action.tool}</span> {describeAction(action)}
    </li>
  );
}
