// How the assistant talks about tasks: one-line summaries and numbered lists, with times in the user's zone.
import type { Task } from '@todo/domain';
import { describeInstant } from '../parse/zoned-time.js';

export interface Voice {
  timeZone: string;
  now: Date;
}

function minutesText(minutes: number): string {
  if (minutes === 0) return 'at the due time';
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'} before`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} before`;
  return `${minutes} minutes before`;
}

/** rrule says "every hour" for hourly slots; "every 30 minutes" is what was asked for. */
function recurrenceText(recurrence: NonNullable<Task['recurrence']>): string {
  const slots = /^FREQ=HOURLY;BYMINUTE=0,(\d+)(?:,\d+)*$/.exec(recurrence.rule);
  return slots ? `every ${slots[1]} minutes` : recurrence.text;
}

/** "due Thu, Nov 26 at 5:00 PM, high priority, #work, repeats every week on Sunday, reminder 30 minutes before". */
export function taskDetails(task: Task, voice: Voice): string {
  const parts: string[] = [];
  if (task.dueAt) parts.push(`due ${describeInstant(task.dueAt, voice.timeZone, voice.now)}`);
  if (task.priority !== 'medium') parts.push(`${task.priority} priority`);
  if (task.tags.length > 0) parts.push(task.tags.map((t) => `#${t}`).join(' '));
  if (task.recurrence) parts.push(`repeats ${recurrenceText(task.recurrence)}`);
  if (task.remindAt) {
    const minutes = task.dueAt ? Math.round((Date.parse(task.dueAt) - Date.parse(task.remindAt)) / 60_000) : -1;
    parts.push(minutes >= 0 ? `reminder ${minutesText(minutes)}` : `reminder ${describeInstant(task.remindAt, voice.timeZone, voice.now)}`);
  }
  return parts.join(', ');
}

/** `"Buy milk" (due …, high priority)`. */
export function taskSummary(task: Task, voice: Voice): string {
  const details = taskDetails(task, voice);
  return `"${task.title}"${details ? ` (${details})` : ''}`;
}

/** A numbered list, at most `max` lines. */
export function taskList(tasks: Task[], voice: Voice, max = 10): string {
  const lines = tasks.slice(0, max).map((task, i) => {
    const details = taskDetails(task, voice);
    const done = task.status === 'completed' ? ' ✓ done' : '';
    const overdue = task.status === 'pending' && task.dueAt && Date.parse(task.dueAt) < voice.now.getTime() ? ' ⚠ overdue' : '';
    return `${i + 1}. ${task.title}${details ? ` — ${details}` : ''}${done}${overdue}`;
  });
  if (tasks.length > max) lines.push(`…and ${tasks.length - max} more.`);
  return lines.join('\n');
}

export function quoteTitles(tasks: Task[]): string {
  const titles = tasks.map((t) => `"${t.title}"`);
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}
