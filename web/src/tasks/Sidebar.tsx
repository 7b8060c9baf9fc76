// Left navigation: the standard views (Inbox, Today, This week, Overdue, No date, Completed) and the user's tags.
import type { ReactNode } from 'react';
import { useTags } from '../api/tasks.js';
import { AlertIcon, CalendarIcon, CheckCircleIcon, HashIcon, InboxIcon, TodayIcon, WeekIcon } from '../ui/icons.js';
import { DEFAULT_VIEW, type TaskView } from './filters.js';

export interface NamedView {
  id: string;
  label: string;
  icon: ReactNode;
  view: Partial<TaskView>;
}

const base = { q: '', priority: [], tags: [], sort: DEFAULT_VIEW.sort, order: DEFAULT_VIEW.order } satisfies Partial<TaskView>;

export const NAMED_VIEWS: NamedView[] = [
  { id: 'inbox', label: 'Inbox', icon: <InboxIcon />, view: { ...base, status: 'pending', due: null } },
  { id: 'today', label: 'Today', icon: <TodayIcon />, view: { ...base, status: 'pending', due: 'today', sort: 'dueAt', order: 'asc' } },
  { id: 'week', label: 'This week', icon: <WeekIcon />, view: { ...base, status: 'pending', due: 'week', sort: 'dueAt', order: 'asc' } },
  { id: 'overdue', label: 'Overdue', icon: <AlertIcon />, view: { ...base, status: 'pending', due: 'overdue', sort: 'dueAt', order: 'asc' } },
  { id: 'nodate', label: 'No date', icon: <CalendarIcon />, view: { ...base, status: 'pending', due: 'none' } },
  { id: 'completed', label: 'Completed', icon: <CheckCircleIcon />, view: { ...base, status: 'completed', due: null, sort: 'updatedAt' } },
];

export function activeViewOf(view: TaskView): NamedView | null {
  return (
    NAMED_VIEWS.find((named) =>
      Object.entries(named.view).every(([key, value]) => JSON.stringify(view[key as keyof TaskView]) === JSON.stringify(value)),
    ) ?? null
  );
}

export function Sidebar({ view, onView, onNavigate }: { view: TaskView; onView(next: Partial<TaskView>): void; onNavigate(): void }) {
  const { data: tags = [] } = useTags();
  const active = activeViewOf(view);
  return (
    <nav className="sidebar-nav" aria-label="Views">
      <ul>
        {NAMED_VIEWS.map((named) => (
          <li key={named.id}>
            <button
              type="button"
              className={`nav-item${active?.id === named.id ? ' is-active' : ''}`}
              aria-current={active?.id === named.id ? 'page' : undefined}
              onClick={() => {
                onView(named.view);
                onNavigate();
              }}
            >
              {named.icon}
              <span>{named.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {tags.length > 0 && (
        <>
          <h2 className="nav-heading">Tags</h2>
          <ul>
            {tags.map((tag) => {
              const on = view.tags.length === 1 && view.tags[0] === tag.name;
              return (
                <li key={tag.name}>
                  <button
                    type="button"
                    className={`nav-item${on ? ' is-active' : ''}`}
                    aria-current={on ? 'page' : undefined}
                    onClick={() => {
                      onView({ ...base, status: 'pending', due: null, tags: [tag.name] });
                      onNavigate();
                    }}
                  >
                    <HashIcon />
                    <span>{tag.name}</span>
                    <span className="nav-count">{tag.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </nav>
  );
}
