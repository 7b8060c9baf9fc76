// One task in the list: round checkbox, title and meta line (due, repeat, tags), delete on hover/focus.
import { memo } from 'react';
import type { Task } from '../api/types.js';
import { dueTone, formatDue } from '../ui/format.js';
import { BellIcon, CalendarIcon, RepeatIcon, TrashIcon } from '../ui/icons.js';

interface Props {
  task: Task;
  selected: boolean;
  onOpen(task: Task): void;
  onToggle(task: Task): void;
  onDelete(task: Task): void;
  onTag(tag: string): void;
}

export const TaskRow = memo(function TaskRow({ task, selected, onOpen, onToggle, onDelete, onTag }: Props) {
  const done = task.status === 'completed';
  return (
    <li className={`task-row${done ? ' is-done' : ''}${selected ? ' is-selected' : ''}`} data-task-id={task.id}>
      <input
        type="checkbox"
        className={`task-check priority-${task.priority}`}
        checked={done}
        onChange={() => onToggle(task)}
        aria-label={`${done ? 'Reopen' : 'Complete'} “${task.title}”`}
      />
      <button type="button" className="task-main" onClick={() => onOpen(task)} aria-label={`Open “${task.title}”`}>
        <span className="task-title">{task.title}</span>
        {task.description && <span className="task-desc">{task.description}</span>}
        <span className="task-meta">
          {task.dueAt && (
            <span className={`meta-due tone-${dueTone(task.dueAt, task.status)}`}>
              <CalendarIcon size={12} /> {formatDue(task.dueAt)}
            </span>
          )}
          {task.recurrence && (
            <span className="meta-repeat" title={task.recurrence.rule}>
              <RepeatIcon size={12} /> {task.recurrence.text}
            </span>
          )}
          {task.tags.length > 0 && <span className="meta-tags">{task.tags.map((tag) => `#${tag}`).join(' ')}</span>}
          {task.remindAt && !done && (
            <span className="meta-remind" title={`Reminder ${formatDue(task.remindAt)}`}>
              <BellIcon size={12} />
            </span>
          )}
        </span>
      </button>
      <span className="task-tags">
        {task.tags.map((tag) => (
          <button key={tag} type="button" className="tag" onClick={() => onTag(tag)} aria-label={`Filter by tag ${tag}`}>
            #{tag}
          </button>
        ))}
      </span>
      <button type="button" className="icon-btn task-delete" onClick={() => onDelete(task)} aria-label={`Delete “${task.title}”`}>
        <TrashIcon />
      </button>
    </li>
  );
});
