// In-app toasts (reminders, confirmations) plus a browser Notification when the user allowed it and the tab is hidden.
import { useCallback, useState } from 'react';
import type { AppNotification } from '../api/types.js';
import { BellIcon, CloseIcon } from '../ui/icons.js';

export interface Toast {
  id: string;
  title: string;
  body?: string;
  taskId?: string | null;
  kind: 'reminder' | 'info';
}

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: string) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (toast: Toast, ttlMs = 8000) => {
      setToasts((all) => [...all.filter((t) => t.id !== toast.id), toast].slice(-4));
      if (ttlMs > 0) setTimeout(() => dismiss(toast.id), ttlMs);
    },
    [dismiss],
  );
  const pushReminder = useCallback(
    (n: AppNotification) => {
      push({ id: n.id, title: n.title, body: n.body, taskId: n.taskId, kind: 'reminder' }, 20_000);
      if ('Notification' in window && Notification.permission === 'granted' && document.visibilityState !== 'visible') {
        try {
          new Notification(n.title, { body: n.body, tag: n.id });
        } catch {
          // some browsers only allow notifications from a service worker
        }
      }
    },
    [push],
  );
  return { toasts, push, pushReminder, dismiss };
}

export function Toasts({ toasts, onDismiss, onOpenTask }: { toasts: Toast[]; onDismiss(id: string): void; onOpenTask(id: string): void }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`}>
          {toast.kind === 'reminder' && <BellIcon className="toast-icon" size={18} />}
          <div className="toast-text">
            {toast.kind === 'reminder' && <span className="toast-kicker">Reminder</span>}
            <strong>{toast.title}</strong>
            {toast.body && <span className="small">{toast.body}</span>}
          </div>
          {toast.taskId && (
            <button type="button" className="link small" onClick={() => { onOpenTask(toast.taskId ?? ''); onDismiss(toast.id); }}>
              Open
            </button>
          )}
          <button type="button" className="icon-btn" aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
