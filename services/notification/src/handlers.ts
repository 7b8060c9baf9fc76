// What notification does with reminder.due: store the notification once, push it to the user's clients (task-updates),
// then deliver it by email / Web Push when those channels are configured (delivery.ts: once, retried after a failure).
import { NOTIFICATION_CREATED, REMINDER_DUE, TOPICS, cloudEvent, readEvent, type CloudEvent, type EventData, type EventOf, type Task } from '@todo/domain';
import { uuidv7, type Clock, type EventBus, type Invoker, type Logger } from '@todo/platform';
import { publicNotification, type NotificationStore, type StoredNotification } from './store.js';
import type { EmailChannel } from './channels/email.js';
import type { WebPushChannel } from './channels/web-push.js';
import type { Delivery, Senders } from './delivery.js';

export const NOTIFICATION_SOURCE = 'notification';

export type ReminderDueData = EventData<typeof REMINDER_DUE>;

export interface ReminderHandlerDeps {
  store: NotificationStore;
  bus: EventBus;
  clock: Clock;
  delivery: Delivery;
}

export function reminderBody(task: Pick<Task, 'dueAt'>, timezone = 'UTC'): string {
  if (!task.dueAt) return 'Reminder for your task.';
  const when = new Intl.DateTimeFormat('en-US', { timeZone: timezone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(task.dueAt));
  return `Due ${when} (${timezone}).`;
}

/** The push that realtime forwards; its id is the notification's id, so a redelivery pushes the same event again. */
export function notificationPushEvent(notification: StoredNotification, correlationId: string): EventOf<typeof NOTIFICATION_CREATED> {
  return cloudEvent(
    NOTIFICATION_CREATED,
    { id: notification.id, source: NOTIFICATION_SOURCE, subject: notification.taskId, time: new Date(notification.createdAt) },
    { userId: notification.userId, notification: publicNotification(notification), correlationId },
  );
}

export function handleReminderDue(deps: ReminderHandlerDeps) {
  return async (received: CloudEvent): Promise<void> => {
    const event = readEvent(received, REMINDER_DUE);
    if (!event) return;
    const { data } = event;
    const stored = await deps.store.insertOnce({
      id: uuidv7(),
      eventId: event.id,
      userId: data.userId,
      taskId: data.task.id,
      title: data.task.title,
      body: reminderBody(data.task, data.timezone),
      createdAt: deps.clock.now(),
    });
    await deps.bus.publish(TOPICS.taskUpdates, notificationPushEvent(stored, data.correlationId));
    await deps.delivery.deliver(stored);
  };
}

/** The channels' senders; a channel that is not configured has none. */
export function sendersOf(deps: { invoker: Invoker; log: Logger; store: NotificationStore; email?: EmailChannel | undefined; webPush?: WebPushChannel | undefined }): Senders {
  const { email, webPush } = deps;
  return {
    ...(email && { email: (n: StoredNotification) => sendEmail(deps, email, n) }),
    ...(webPush && { webPush: (n: StoredNotification) => sendWebPush(deps, webPush, n) }),
  };
}

async function sendEmail(deps: { invoker: Invoker }, email: EmailChannel, n: StoredNotification): Promise<void> {
  const user = await deps.invoker.invoke<{ email: string }>('chat-api', 'GET', `/internal/users/${encodeURIComponent(n.userId)}`);
  // One Message-ID per notification: a resend after a crash mid-send is recognisable as the same message.
  await email.send({ to: user.email, subject: `Reminder: ${n.title}`, text: `${n.title}\n\n${n.body}`, messageId: `<${n.id}@todo-chatbot>` });
}

async function sendWebPush(deps: { store: NotificationStore; log: Logger }, webPush: WebPushChannel, n: StoredNotification): Promise<void> {
  const payload = JSON.stringify({ type: 'notification', notification: publicNotification(n) });
  for (const subscription of await deps.store.pushSubscriptionsOf(n.userId)) {
    if ((await webPush.send(subscription, payload, n.id.replaceAll('-', ''))) === 'gone') {
      await deps.store.removePushSubscription(subscription.endpoint);
      deps.log.info({ userId: n.userId }, 'removed an expired Web Push subscription');
    }
  }
}
