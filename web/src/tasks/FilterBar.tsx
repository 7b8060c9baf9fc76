// Search box and the filter / sort controls for the task list; every change lands in the URL.
import { forwardRef, useEffect, useState } from 'react';
import type { Priority } from '../api/types.js';
import { CloseIcon, SearchIcon } from '../ui/icons.js';
import type { DueFilter, SortKey, StatusFilter, TaskView } from './filters.js';

const SORT_LABELS: Record<SortKey, string> = { createdAt: 'Date added', updatedAt: 'Last changed', dueAt: 'Due date', priority: 'Priority', title: 'Title' };

export const SearchBox = forwardRef<HTMLInputElement, { value: string; onChange(q: string): void }>(function SearchBox({ value, onChange }, ref) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  // Debounce so typing does not fire a request per key.
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), 200);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="search" role="search">
      <SearchIcon className="search-icon" />
      <input
        ref={ref}
        type="search"
        aria-label="Search"
        placeholder="Search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setText('');
            onChange('');
            e.currentTarget.blur();
          }
        }}
      />
      <kbd className="search-kbd" aria-hidden="true">/</kbd>
    </div>
  );
});

export function FilterBar({ view, onView }: { view: TaskView; onView(next: Partial<TaskView>, options?: { push?: boolean }): void }) {
  const togglePriority = (p: Priority) =>
    onView({ priority: view.priority.includes(p) ? view.priority.filter((x) => x !== p) : [...view.priority, p] }, { push: true });
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <label className="filter">
        <span className="sr-only">Status</span>
        <select aria-label="Status" value={view.status} onChange={(e) => onView({ status: e.target.value as StatusFilter }, { push: true })}>
          <option value="pending">Open</option>
          <option value="completed">Completed</option>
          <option value="all">All</option>
        </select>
      </label>
      <label className="filter">
        <span className="sr-only">Due</span>
        <select aria-label="Due" value={view.due ?? ''} onChange={(e) => onView({ due: (e.target.value || null) as DueFilter | null }, { push: true })}>
          <option value="">Any date</option>
          <option value="today">Due today</option>
          <option value="overdue">Overdue</option>
          <option value="week">This week</option>
          <option value="none">No date</option>
        </select>
      </label>
      <div className="segmented" role="group" aria-label="Priority">
        {(['high', 'medium', 'low'] as Priority[]).map((p) => (
          <button key={p} type="button" className={`seg seg-${p}`} aria-pressed={view.priority.includes(p)} onClick={() => togglePriority(p)}>
            {p[0]?.toUpperCase()}
            {p.slice(1)}
          </button>
        ))}
      </div>
      {view.tags.map((tag) => (
        <span key={tag} className="chip chip-tag">
          #{tag}
          <button type="button" className="chip-x" aria-label={`Remove tag filter ${tag}`} onClick={() => onView({ tags: view.tags.filter((t) => t !== tag) }, { push: true })}>
            <CloseIcon size={11} />
          </button>
        </span>
      ))}
      <span className="push-right" />
      <label className="filter">
        <span className="sr-only">Sort</span>
        <select aria-label="Sort" value={view.sort} onChange={(e) => onView({ sort: e.target.value as SortKey }, { push: true })}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn-small btn-ghost"
        aria-label={view.order === 'asc' ? 'Ascending order' : 'Descending order'}
        title="Toggle order"
        onClick={() => onView({ order: view.order === 'asc' ? 'desc' : 'asc' }, { push: true })}
      >
        {view.order === 'asc' ? '↑' : '↓'}
      </button>
    </div>
  );
}
