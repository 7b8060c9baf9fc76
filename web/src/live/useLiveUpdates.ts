// WebSocket /api/ws?ticket= (a one-time ticket from POST /api/ws/ticket, so no token sits in a URL): task changes refresh the lists at once; notifications go to the toast + bell. Reconnects with backoff.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { refreshTaskData, taskKeys } from '../api/tasks.js';
import type { AppNotification, LiveMessage, Task } from '../api/types.js';
import { matchesView, type TaskView } from '../tasks/filters.js';
import { isOlderThan, LiveTaskVersions } from './freshness.js';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * The list with `task` updated, added (when it now matches the view) or removed (when deleted or no longer matching);
 * a snapshot older than the copy the list holds leaves the list as it is.
 */
export function placeInList(items: Task[], task: Task, view: TaskView | null): Task[] {
  const current = items.find((t) => t.id === task.id);
  if (view && isOlderThan(task, current)) return items;
  const others = items.filter((t) => t.id !== task.id);
  if (!view || !matchesView(view, task, new Date())) return others;
  if (current) return items.map((t) => (t.id === task.id ? task : t));
  // New to this list: newest-first lists get it on top; other orders are settled by the refetch.
  return view.sort === 'createdAt' && view.order === 'desc' ? [task, ...others] : [...others, task];
}

export function useLiveUpdates(api: ApiClient, signedIn: boolean, onNotification: (n: AppNotification) => void): LiveStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const notify = useRef(onNotification);
  notify.current = onNotification;
  const versions = useRef(new LiveTaskVersions());

  useEffect(() => {
    if (!signedIn) return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const retry = () => {
      if (stopped) return;
      setStatus('offline');
      attempt += 1;
      timer = setTimeout(() => void connect(), Math.min(15_000, 500 * 2 ** attempt));
    };

    const connect = async () => {
      setStatus('connecting');
      let ticket: string;
      try {
        ({ ticket } = await api.post<{ ticket: string }>('/api/ws/ticket'));
      } catch {
        retry(); // a 401 has already signed the session out, which stops this effect
        return;
      }
      if (stopped) return;
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      socket = new WebSocket(`${scheme}://${window.location.host}/api/ws?ticket=${encodeURIComponent(ticket)}`);
      socket.onopen = () => {
        attempt = 0;
      };
      socket.onmessage = (event) => {
        let message: LiveMessage;
        try {
          message = JSON.parse(String(event.data)) as LiveMessage;
        } catch {
          return;
        }
        if (message.type === 'ready') {
          // Registered: every change from now on is pushed, so one refetch now covers anything that changed while we
          // were away (onopen is too early: a change pushed before the server registered the socket would be missed).
          setStatus('live');
          refreshTaskData(client);
          void client.invalidateQueries({ queryKey: ['notifications'] });
          return;
        }
        if (message.type === 'notification') {
          void client.invalidateQueries({ queryKey: ['notifications'] });
          if (message.notification) notify.current(message.notification);
          return;
        }
        if (message.type.startsWith('task.')) {
          const task = message.task;
          const deleted = message.type === 'task.deleted';
          const lists = client.getQueriesData<{ items: Task[] }>({ queryKey: ['tasks', 'list'] });
          const cached = (id: string) => [client.getQueryData<Task>(taskKeys.one(id)), ...lists.map(([, data]) => data?.items.find((t) => t.id === id))];
          // Out-of-order delivery: a snapshot older than what we hold is dropped (see freshness.ts).
          if (task?.id && versions.current.accept(task, deleted, cached(task.id))) {
            // Patch what is on screen at once; the refetch below settles membership (filters, new tasks, order).
            if (deleted) client.removeQueries({ queryKey: taskKeys.one(task.id) });
            else client.setQueryData(taskKeys.one(task.id), task);
            for (const [key, data] of lists) {
              if (data) client.setQueryData(key, { ...data, items: placeInList(data.items, task, deleted ? null : (key[2] as TaskView)) });
            }
          }
          refreshTaskData(client);
        }
      };
      socket.onclose = retry;
    };

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [api, signedIn, client]);

  return status;
}
