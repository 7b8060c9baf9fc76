// What recurring-task does with task.completed: compute the next occurrence in the owner's timezone and ask chat-api to
// create it with an idempotency key of the completed task, so redeliveries and repeated completions create it once.
import { OCCURRENCES_PATH, nextOccurrence, readEvent, type CloudEvent, type CreateOccurrenceRequest } from '@todo/domain';
import { InvocationError, type HandlerResult, type Invoker, type Logger } from '@todo/platform';

export const CHAT_API_APP = 'chat-api';

/** One next occurrence per completed task, whatever happens to that task afterwards (reopen + complete again included). */
export function occurrenceKey(completedTaskId: string): string {
  return `next-occurrence-of:${completedTaskId}`;
}

export function createNextOccurrence(deps: { invoker: Invoker; log: Logger }) {
  return async (received: CloudEvent): Promise<HandlerResult | void> => {
    const event = readEvent(received, 'task.completed');
    if (!event) return;
    const { userId, task, correlationId } = event.data;
    if (!task.recurrence || !task.completedAt) return;
    try {
      const user = await deps.invoker.invoke<{ timezone: string }>(CHAT_API_APP, 'GET', `/internal/users/${encodeURIComponent(userId)}`);
      const next = nextOccurrence({ rule: task.recurrence.rule, dueAt: task.dueAt, remindAt: task.remindAt, completedAt: task.completedAt, timezone: user.timezone });
      if (!next) {
        deps.log.info({ taskId: task.id, rule: task.recurrence.rule }, 'recurrence has no further occurrence');
        return;
      }
      const request: CreateOccurrenceRequest = {
        userId,
        previousTaskId: task.id,
        seriesId: task.seriesId ?? task.id,
        idempotencyKey: occurrenceKey(task.id),
        correlationId: correlationId ?? event.id,
        task: {
          title: task.title,
          description: task.description,
          priority: task.priority,
          tags: task.tags,
          recurrence: { rule: next.rule },
          dueAt: next.dueAt,
          remindAt: next.remindAt,
        },
      };
      await deps.invoker.invoke(CHAT_API_APP, 'POST', OCCURRENCES_PATH, request);
    } catch (error) {
      // The owner is gone (account deleted): nothing to create, and retrying will not change that. Anything else (chat-api
      // down, a database error, a refused body) is thrown: retried with backoff, then parked as a dead letter, never lost.
      if (error instanceof InvocationError && error.status === 404 && errorCode(error.body) === 'user_not_found') return 'drop';
      throw error;
    }
  };
}

function errorCode(body: unknown): string | undefined {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string' ? error.code : undefined;
}
