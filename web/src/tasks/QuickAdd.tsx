// The "New task" box: type plain language, see what was understood as chips, Enter saves.
import { forwardRef, useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { useTaskMutations } from '../api/tasks.js';
import type { TaskInput } from '../api/types.js';
import { parseQuickAdd, type QuickAddResult } from '../quickadd/parse.js';
import { formatDue } from '../ui/format.js';
import { CalendarIcon, FlagIcon, HashIcon, PlusIcon, RepeatIcon } from '../ui/icons.js';

function toInput(parsed: QuickAddResult, defaults: { tags: string[] }): TaskInput {
  const tags = [...new Set([...parsed.tags, ...defaults.tags])];
  return {
    title: parsed.title,
    ...(tags.length ? { tags } : {}),
    ...(parsed.priority ? { priority: parsed.priority } : {}),
    ...(parsed.dueAt ? { dueAt: parsed.dueAt.toISOString() } : {}),
    ...(parsed.recurrence ? { recurrence: { rule: parsed.recurrence.rule } } : {}),
  };
}

export const QuickAdd = forwardRef<HTMLInputElement, { defaultTags: string[]; onAdded?: (title: string) => void }>(function QuickAdd(
  { defaultTags, onAdded },
  ref,
) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { create } = useTaskMutations();
  const parsed = useMemo(() => (text.trim() ? parseQuickAdd(text) : null), [text]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!parsed?.title) return;
    setError(null);
    try {
      await create.mutateAsync(toInput(parsed, { tags: defaultTags }));
      onAdded?.(parsed.title);
      setText('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not save the task.');
    }
  };

  const understood = parsed && (parsed.dueAt || parsed.recurrence || parsed.tags.length || parsed.priority);
  return (
    <form className="quick-add" onSubmit={submit} aria-label="Quick add">
      <div className="quick-add-row">
        <PlusIcon className="quick-add-icon" size={18} />
        <input
          ref={ref}
          aria-label="New task"
          aria-describedby="quick-add-preview"
          placeholder="New task — try “pay rent on the 1st of every month #home”"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setText('');
              e.currentTarget.blur();
            }
          }}
          maxLength={400}
          autoComplete="off"
        />
        <button className="btn btn-primary btn-small" type="submit" disabled={!parsed?.title || create.isPending}>
          Add
        </button>
      </div>
      <div id="quick-add-preview" className="quick-add-preview" aria-live="polite" data-testid="quick-add-preview">
        {parsed?.title && (
          <>
            <span className="preview-title">
              <span className="muted">Adds </span>“{parsed.title}”
            </span>
            {parsed.dueAt && (
              <span className="chip chip-due">
                <CalendarIcon size={13} /> {formatDue(parsed.dueAt.toISOString())}
              </span>
            )}
            {parsed.recurrence && (
              <span className="chip chip-repeat">
                <RepeatIcon size={13} /> {parsed.recurrence.text}
              </span>
            )}
            {parsed.priority && (
              <span className={`chip chip-priority-${parsed.priority}`}>
                <FlagIcon size={13} /> {parsed.priority}
              </span>
            )}
            {[...new Set([...parsed.tags, ...defaultTags])].map((tag) => (
              <span key={tag} className="chip chip-tag">
                <HashIcon size={12} />
                {tag}
              </span>
            ))}
            {!understood && <span className="muted small">No date — press Enter to add</span>}
          </>
        )}
        {error && (
          <span className="form-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
});
