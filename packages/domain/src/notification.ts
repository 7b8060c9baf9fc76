// The notification a user sees (the contract's shape): served by the notification service, pushed on task-updates.
import { z } from 'zod';

export const NotificationSchema = z
  .object({
    id: z.string(),
    type: z.literal('reminder'),
    taskId: z.string(),
    title: z.string(),
    body: z.string(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({ items: z.array(NotificationSchema) });
export type NotificationList = z.infer<typeof NotificationListSchema>;
