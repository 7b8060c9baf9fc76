// Notifications from /api/notifications: the list, the unread count, mark-as-read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../auth/session.js';
import type { AppNotification, NotificationList } from '../api/types.js';

export function useNotifications() {
  const api = useApi();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<NotificationList>('/api/notifications'),
    select: (d) => d.items,
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post<AppNotification>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSettled: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const items = query.data ?? [];
  return { items, unread: items.filter((n) => !n.readAt).length, markRead, error: query.error };
}
