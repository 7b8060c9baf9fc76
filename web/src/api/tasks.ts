// TanStack Query hooks for tasks, tags and the audit trail; mutations refresh every task list.
import { useMutation, useQuery, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useApi } from '../auth/session.js';
import { viewToApiQuery, type TaskView } from '../tasks/filters.js';
import type { AuditPage, TagCount, Task, TaskInput, TaskPage } from './types.js';

export const taskKeys = {
  all: ['tasks'] as const,
  list: (view: TaskView) => ['tasks', 'list', view] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  tags: ['tags'] as const,
  audit: (taskId: string) => ['audit', taskId] as const,
};

/**
 * Refetches every task-derived query, each fetch starting after the change that asked for it. A fetch already in
 * flight may have read the data before that change, and TanStack Query joins it instead of restarting it while the
 * query has no data yet (its first load), so those are cancelled first.
 */
export function refreshTaskData(client: QueryClient): void {
  for (const queryKey of [taskKeys.all, taskKeys.tags, ['audit']]) {
    const firstLoads = { queryKey, predicate: (query: Query) => query.state.data === undefined && query.state.fetchStatus === 'fetching' };
    void client.cancelQueries(firstLoads).then(() => client.invalidateQueries({ queryKey }));
  }
}

export function useTaskList(view: TaskView) {
  const api = useApi();
  return useQuery({
    queryKey: taskKeys.list(view),
    queryFn: async () => {
      const page = await api.get<TaskPage>(`/api/tasks?${viewToApiQuery(view, new Date())}`);
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    placeholderData: (previous) => previous,
  });
}

export function useTask(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: taskKeys.one(id ?? ''),
    queryFn: () => api.get<Task>(`/api/tasks/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });
}

export function useTags() {
  const api = useApi();
  return useQuery({ queryKey: taskKeys.tags, queryFn: () => api.get<{ items: TagCount[] }>('/api/tags'), select: (d) => d.items });
}

export function useAudit(taskId: string) {
  const api = useApi();
  return useQuery({
    queryKey: taskKeys.audit(taskId),
    queryFn: () => api.get<AuditPage>(`/api/audit?taskId=${encodeURIComponent(taskId)}&limit=50`),
    select: (d) => d.items,
  });
}

export function useTaskMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSettled = () => refreshTaskData(client);
  const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;
  return {
    create: useMutation({ mutationFn: (input: TaskInput) => api.post<Task>('/api/tasks', input), onSettled }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: TaskInput }) => api.patch<Task>(path(id), input),
      onSuccess: (task) => client.setQueryData(taskKeys.one(task.id), task),
      onSettled,
    }),
    toggle: useMutation({
      mutationFn: (task: Task) => api.post<Task>(`${path(task.id)}/${task.status === 'completed' ? 'reopen' : 'complete'}`),
      onMutate: async (task) => {
        // Optimistic: the checkbox flips at once; the refetch settles the truth.
        await client.cancelQueries({ queryKey: taskKeys.all });
        const nextStatus = task.status === 'completed' ? 'pending' : 'completed';
        client.setQueriesData<{ items: Task[] }>({ queryKey: ['tasks', 'list'] }, (data) =>
          data ? { ...data, items: data.items.map((t) => (t.id === task.id ? { ...t, status: nextStatus } : t)) } : data,
        );
      },
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.del(path(id)),
      onMutate: async (id) => {
        await client.cancelQueries({ queryKey: taskKeys.all });
        client.setQueriesData<{ items: Task[] }>({ queryKey: ['tasks', 'list'] }, (data) =>
          data ? { ...data, items: data.items.filter((t) => t.id !== id) } : data,
        );
      },
      onSettled,
    }),
  };
}
