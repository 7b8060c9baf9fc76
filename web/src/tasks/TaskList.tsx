// The task list for the current view, grouped into Overdue / dated / No date when sorted by due date, with empty and error states.
import type { KeyboardEvent } from 'react';
import type { Task } from '../api/types.js';
import { TaskRow } from './TaskRow.js';

interface Props {
  tasks: Task[];
  loading: boolean;
  error: Error | null;
  selectedId: string | null;
  emptyText: string;
  onOpen(task: Task): void;
  onToggle(task: Task): void;
  onDelete(task: Task): void;
  onTag(tag: string): void;
}

/** ↑/↓ move between tasks (the same control in the next row), so the list can be worked without a mouse. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  const row = target.closest('.task-row');
  if (!row || target.tagName === 'SELECT') return;
  const sibling = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
  const control = sibling?.querySelector<HTMLElement>(target.classList.contains('task-check') ? '.task-check' : '.task-main');
  if (control) {
    event.preventDefault();
    control.focus();
  }
}

export function TaskList({ tasks, loading, error, selectedId, emptyText, ...handlers }: Props) {
  if (error) return <p className="list-state form-error" role="alert">Could not load tasks: {error.message}</p>;
  if (loading && tasks.length === 0) return <p className="list-state muted">Loading…</p>;
  if (tasks.length === 0)
    return (
      <div className="list-state empty">
        <div className="empty-mark" aria-hidden="true">✓</div>
        <p>{emptyText}</p>
        <p className="muted small">
          Press <kbd>n</kbd> to add a task, or ask the assistant.
        </p>
      </div>
    );
  return (
    <ul className="task-list" aria-label="Tasks" onKeyDown={moveFocus}>
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} selected={task.id === selectedId} {...handlers} />
      ))}
    </ul>
  );
}
