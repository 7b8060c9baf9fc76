// A task's history from the audit log: what happened, which fields changed, and when.
import { useAudit } from '../api/tasks.js';
import type { AuditEntry } from '../api/types.js';
import { formatRelative } from '../ui/format.js';

const LABELS: Record<string, string> = {
  'task.created': 'Created',
  'task.updated': 'Edited',
  'task.completed': 'Completed',
  'task.reopened': 'Reopened',
  'task.deleted': 'Deleted',
};

const FIELD_NAMES: Record<string, string> = {
  dueAt: 'due date',
  remindAt: 'reminder',
  recurrence: 'repeat',
  description: 'description',
  priority: 'priority',
  title: 'title',
  tags: 'tags',
  status: 'status',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => `#${String(v)}`).join(' ') : '—';
  if (typeof value === 'object' && value && 'text' in value) return String((value as { text: unknown }).text);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return String(value).slice(0, 80);
}

function describeChanges(entry: AuditEntry): Array<{ field: string; from: string; to: string }> {
  const changes = entry.data?.changes;
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes)
    .filter(([field]) => field !== 'updatedAt' && field !== 'completedAt')
    .map(([field, pair]) => {
      const [from, to] = Array.isArray(pair) ? pair : [undefined, pair];
      return { field: FIELD_NAMES[field] ?? field, from: show(from), to: show(to) };
    });
}

export function History({ taskId }: { taskId: string }) {
  const { data, isLoading, error } = useAudit(taskId);
  return (
    <section className="history" aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      {isLoading && <p className="muted small">Loading…</p>}
      {error && <p className="muted small">History is not available right now.</p>}
      {data && data.length === 0 && <p className="muted small">No history yet.</p>}
      {data && data.length > 0 && (
        <ol className="history-list">
          {data.map((entry) => (
            <li key={entry.id}>
              <span className={`history-dot type-${entry.type.replace('task.', '')}`} aria-hidden="true" />
              <div>
                <span className="history-what">{LABELS[entry.type] ?? entry.type}</span>{' '}
                <time className="muted small" dateTime={entry.occurredAt} title={new Date(entry.occurredAt).toLocaleString()}>
                  {formatRelative(entry.occurredAt)}
                </time>
                {describeChanges(entry).map((change) => (
                  <div key={change.field} className="history-change small">
                    {change.field}: <s className="muted">{change.from}</s> → {change.to}
                  </div>
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
