// Side panel editing one task: title, description, priority, tags, due date/time, reminder, recurrence; Enter saves, Esc closes.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { useTask, useTaskMutations } from '../api/tasks.js';
import type { Priority, Task, TaskInput } from '../api/types.js';
import { presetOf, RECURRENCE_PRESETS, ruleToText } from '../quickadd/recurrenceText.js';
import { RECURRENCE_PRESETS as PRESET_NAMES, type RecurrencePreset } from '@todo/domain/recurrence';
import { fromDateInput, toDateInput } from '../ui/format.js';
import { CloseIcon, TrashIcon } from '../ui/icons.js';
import { History } from './History.js';
import { TagInput } from './TagInput.js';

const REMINDERS = [
  { minutes: 0, label: 'At due time' },
  { minutes: 5, label: '5 minutes before' },
  { minutes: 15, label: '15 minutes before' },
  { minutes: 30, label: '30 minutes before' },
  { minutes: 60, label: '1 hour before' },
  { minutes: 120, label: '2 hours before' },
  { minutes: 1440, label: '1 day before' },
  { minutes: 10080, label: '1 week before' },
];

interface Draft {
  title: string;
  description: string;
  priority: Priority;
  tags: string[];
  date: string;
  time: string;
  reminder: string; // '' = none, else minutes before due
  repeat: string; // '' = none, a preset value, or 'custom'
  rule: string;
}

function draftOf(task: Task): Draft {
  const { date, time } = toDateInput(task.dueAt);
  const minutes = task.dueAt && task.remindAt ? Math.round((Date.parse(task.dueAt) - Date.parse(task.remindAt)) / 60000) : null;
  const preset = task.recurrence ? presetOf(task.recurrence.rule) : null;
  return {
    title: task.title,
    description: task.description ?? '',
    priority: task.priority,
    tags: task.tags,
    date,
    time,
    reminder: minutes === null ? '' : String(minutes),
    repeat: task.recurrence ? (preset ?? 'custom') : '',
    rule: task.recurrence?.rule ?? '',
  };
}

/** Only what changed is sent, so the audit log records real edits. */
function changesOf(task: Task, draft: Draft): TaskInput {
  const before = draftOf(task);
  const input: TaskInput = {};
  if (draft.title.trim() !== task.title) input.title = draft.title.trim();
  if (draft.description !== before.description) input.description = draft.description.trim() ? draft.description : null;
  if (draft.priority !== task.priority) input.priority = draft.priority;
  if (draft.tags.join(',') !== task.tags.join(',')) input.tags = draft.tags;
  const dueAt = fromDateInput(draft.date, draft.time);
  const dueChanged = draft.date !== before.date || draft.time !== before.time;
  if (dueChanged) input.dueAt = dueAt;
  if (dueChanged || draft.reminder !== before.reminder) {
    if (draft.reminder === '' || !dueAt) input.remindAt = null;
    else input.reminderMinutesBefore = Number(draft.reminder);
  }
  if (draft.repeat !== before.repeat || (draft.repeat === 'custom' && draft.rule.trim() !== before.rule)) {
    input.recurrence = draft.repeat === '' ? null : isPreset(draft.repeat) ? draft.repeat : { rule: draft.rule.trim() };
  }
  return input;
}

const isPreset = (value: string): value is RecurrencePreset => (PRESET_NAMES as readonly string[]).includes(value);

export function TaskEditor({ taskId, initial, onClose }: { taskId: string; initial: Task | undefined; onClose(): void }) {
  const { data: fetched } = useTask(taskId);
  const task = fetched ?? initial;
  const { update, remove, toggle } = useTaskMutations();
  const [draft, setDraft] = useState<Draft | null>(() => (task ? draftOf(task) : null));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), desc: useId(), priority: useId(), date: useId(), time: useId(), reminder: useId(), repeat: useId(), rule: useId() };

  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (task && !draft) setDraft(draftOf(task));
  }, [task, draft]);
  // A change from elsewhere (another tab, the chat, the recurring service) shows up unless the user is mid-edit.
  useEffect(() => {
    if (task && !dirty) setDraft(draftOf(task));
  }, [task?.updatedAt]);

  useEffect(() => {
    titleRef.current?.focus();
  }, [taskId, draft === null]);

  // Reset when another task is opened in the same panel.
  useEffect(() => {
    setDraft(task ? draftOf(task) : null);
    setError(null);
    setSaved(false);
  }, [taskId]);

  const ruleText = useMemo(() => (draft?.repeat === 'custom' ? ruleToText(draft.rule) : null), [draft?.repeat, draft?.rule]);

  if (!task || !draft) {
    return (
      <aside className="panel editor" aria-label="Task editor">
        <p className="muted">Loading…</p>
      </aside>
    );
  }

  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDirty(true);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!draft.title.trim()) {
      setError('A task needs a title.');
      return;
    }
    if (draft.repeat === 'custom' && !ruleToText(draft.rule)) {
      setError('The custom rule is not a valid RRULE (e.g. FREQ=WEEKLY;BYDAY=MO,WE).');
      return;
    }
    const input = changesOf(task, draft);
    setError(null);
    if (Object.keys(input).length === 0) {
      setDirty(false);
      setSaved(true);
      return;
    }
    try {
      const updated = await update.mutateAsync({ id: task.id, input });
      setDraft(draftOf(updated));
      setDirty(false);
      setSaved(true);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not save.');
    }
  };

  const repeatWords =
    draft.repeat === ''
      ? null
      : draft.repeat === 'custom'
        ? (ruleText ?? 'Not a valid rule yet')
        : (ruleToText(RECURRENCE_PRESETS.find((p) => p.value === draft.repeat)?.rule ?? '') ?? '');

  return (
    <aside
      className="panel editor"
      aria-labelledby="editor-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="panel-head">
        <h2 id="editor-heading">Edit task</h2>
        <button type="button" className="icon-btn" onClick={onClose} aria-label="Close editor">
          <CloseIcon />
        </button>
      </header>
      <form className="editor-form" onSubmit={save}>
        <div className="field">
          <label htmlFor={ids.title}>Title</label>
          <input id={ids.title} ref={titleRef} className="input-title" value={draft.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.desc}>Description</label>
          <textarea
            id={ids.desc}
            rows={3}
            maxLength={5000}
            value={draft.description}
            placeholder="Notes"
            onChange={(e) => set({ description: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void save();
            }}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.priority}>Priority</label>
            <select id={ids.priority} value={draft.priority} onChange={(e) => set({ priority: e.target.value as Priority })}>
              <option value="high">High</option>
              <option value="medium">Medium</option>
              <option value="low">Low</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.repeat}>Repeat</label>
            <select id={ids.repeat} value={draft.repeat} onChange={(e) => set({ repeat: e.target.value })}>
              <option value="">Does not repeat</option>
              {RECURRENCE_PRESETS.map((preset) => (
                <option key={preset.value} value={preset.value}>
                  {preset.label}
                </option>
              ))}
              <option value="custom">Custom rule…</option>
            </select>
          </div>
        </div>
        {draft.repeat === 'custom' && (
          <div className="field">
            <label htmlFor={ids.rule}>Custom rule (RRULE)</label>
            <input id={ids.rule} className="mono" value={draft.rule} placeholder="FREQ=WEEKLY;BYDAY=MO,WE" onChange={(e) => set({ rule: e.target.value })} />
          </div>
        )}
        {repeatWords && (
          <p className="repeat-words small" aria-live="polite">
            Repeats <strong>{repeatWords}</strong>
          </p>
        )}
        <TagInput value={draft.tags} onChange={(tags) => set({ tags })} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.date}>Due date</label>
            <input id={ids.date} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value, ...(e.target.value ? {} : { time: '', reminder: '' }) })} />
          </div>
          <div className="field">
            <label htmlFor={ids.time}>Due time</label>
            <input id={ids.time} type="time" value={draft.time} disabled={!draft.date} onChange={(e) => set({ time: e.target.value })} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.reminder}>Reminder</label>
          <select id={ids.reminder} value={draft.reminder} disabled={!draft.date} onChange={(e) => set({ reminder: e.target.value })}>
            <option value="">{draft.date ? 'No reminder' : 'Set a due date first'}</option>
            {REMINDERS.map((r) => (
              <option key={r.minutes} value={String(r.minutes)}>
                {r.label}
              </option>
            ))}
            {draft.reminder !== '' && !REMINDERS.some((r) => String(r.minutes) === draft.reminder) && (
              <option value={draft.reminder}>{draft.reminder} minutes before</option>
            )}
          </select>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="btn btn-primary" disabled={update.isPending}>
            Save
          </button>
          <button type="button" className="btn" onClick={() => toggle.mutate(task)}>
            {task.status === 'completed' ? 'Reopen' : 'Complete'}
          </button>
          <span className="saved-note small" role="status">
            {saved ? 'Saved' : ''}
          </span>
          <button
            type="button"
            className="icon-btn danger push-right"
            aria-label="Delete task"
            onClick={() => {
              remove.mutate(task.id);
              onClose();
            }}
          >
            <TrashIcon />
          </button>
        </div>
      </form>
      <History taskId={task.id} />
    </aside>
  );
}
