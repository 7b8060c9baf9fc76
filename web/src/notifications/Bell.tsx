// The bell: unread count badge and a popover list of notifications; opening one marks it read and opens its task.
import { useEffect, useRef, useState } from 'react';
import type { AppNotification } from '../api/types.js';
import { formatRelative } from '../ui/format.js';
import { BellIcon } from '../ui/icons.js';
import { useNotifications } from './useNotifications.js';

export function Bell({ onOpenTask }: { onOpenTask(taskId: string): void }) {
  const { items, unread, markRead } = useNotifications();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const openItem = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.taskId) onOpenTask(n.taskId);
    setOpen(false);
  };

  return (
    <div className="bell" ref={root} onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), setOpen(false))}>
      <button
        type="button"
        className="icon-btn"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon size={18} />
        {unread > 0 && (
          <span className="badge" data-testid="unread-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="popover" role="region" aria-label="Notifications">
          <div className="popover-head">
            <strong>Notifications</strong>
            {unread > 0 && (
              <button type="button" className="link small" onClick={() => items.filter((n) => !n.readAt).forEach((n) => markRead.mutate(n.id))}>
                Mark all read
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="muted small popover-empty">Nothing yet. Reminders show up here.</p>
          ) : (
            <ul className="notification-list">
              {items.slice(0, 30).map((n) => (
                <li key={n.id}>
                  <button type="button" className={`notification${n.readAt ? '' : ' is-unread'}`} onClick={() => openItem(n)}>
                    <span className="notification-title">{n.title}</span>
                    {n.body && <span className="notification-body small">{n.body}</span>}
                    <span className="muted small">{formatRelative(n.createdAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
