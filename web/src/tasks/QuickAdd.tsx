// The "New task" box: type plain language, see what was understood as chips, Enter saves.
import { forwardRef, useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { useTaskMutations } from '../api/tasks.js';
import { useSession } from '../auth/session.js';
import { draftToInput, parseQuickAdd } from '../quickadd/parse.js';
import { formatDue } from '../ui/format.js';
import { BellIcon, CalendarIcon, FlagIcon, HashIcon, PlusIcon, RepeatIcon } from '../ui/icons.js';

function reminderWords(minutes: number | undefined, remindAt: string | undefined): string | null {
  if (remindAt) return `Remind ${formatDue(remindAt)}`;
  if (minutes === undefined) return null;
  if (minutes === 0) return 'Remind at due time';
  if (minutes % 1440 === 0) return `Remind ${minutes / 1440} day${minutes === 1440 ? '' : 's'} before`;
  if (minutes % 60 === 0) return `Remind ${minutes / 60} h before`;
  return `Remind ${minutes} min before`;
}

export const QuickAdd = forwardRef<HTMLInputElement, { defaultTags: string[]; onAdded?: (title: string) => void }>(function QuickAdd(
  { defaultTags, onAdded },
  ref,
) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { create } = useTaskMutations();
  const timeZone = useSession().user?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const parsed = useMemo(() => (text.trim() ? parseQuickAdd(text, timeZone) : null), [text, timeZone]);
  const tags = parsed ? [...new Set([...parsed.tags.map((t) => t.toLowerCase()), ...defaultTags])] : [];
  const reminder = parsed ? reminderWords(parsed.reminderMinutesBefore, parsed.remindAt) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!parsed?.title) return;
    setError(null);
    try {
      await create.mutateAsync(draftToInput(parsed, defaultTags));
      onAdded?.(parsed.title);
      setText('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not save the task.');
    }
  };

  const understood = parsed && (parsed.dueAt || parsed.recurrence || tags.length || parsed.priority || reminder);
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
                <CalendarIcon size={13} /> {formatDue(parsed.dueAt)}
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
            {reminder && (
              <span className="chip chip-remind">
                <BellIcon size={13} /> {reminder}
              </span>
            )}
            {tags.map((tag) => (
              <span key={tag} className="chip chip-tag">
                <HashIcon size={12} />
                {tag}
              </span>
            ))}
            {parsed.notes.map((note) => (
              <span key={note} className="muted small">
                {note}
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
