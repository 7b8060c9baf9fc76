// What a message asks for (the intents the grammar in ./grammar reads); the normalising every message gets first is in parse/normalise.
import type { Priority } from '@todo/domain';

export { normaliseMessage } from '../parse/normalise.js';

export type Intent =
  | { kind: 'smalltalk'; topic: SmallTalkTopic }
  | { kind: 'add'; text: string; reminderAtDue?: boolean }
  | { kind: 'query'; text: string; search: boolean; count: boolean }
  | { kind: 'complete' | 'reopen' | 'delete'; target: string }
  | { kind: 'rename'; target: string; title: string }
  /** `addIfMissing`: the move says what the user wants on the calendar ("cancel X and reschedule it for Y"): with no X, X is added then. */
  | { kind: 'reschedule'; target: string; when: string; addIfMissing?: boolean }
  | { kind: 'clear_due'; target: string }
  | { kind: 'priority'; target: string; priority: Priority }
  | { kind: 'tag'; target: string; add: string[]; remove: string[] }
  /** `day`: the day words said before the task's name ("tomorrow's meeting"), which the task must be due on. */
  | { kind: 'reminder'; target: string; spec: string; day?: string }
  | { kind: 'clear_reminder'; target: string }
  | { kind: 'recurrence'; target: string; spec: string | null }
  | { kind: 'describe'; target: string; description: string }
  | { kind: 'change'; target: string; value: string }
  | { kind: 'did'; words: string }
  | { kind: 'undo' }
  | { kind: 'unknown'; text: string };

export type SmallTalkTopic = 'greeting' | 'thanks' | 'howareyou' | 'identity' | 'help' | 'bye' | 'ack' | 'negative' | 'cancel' | 'clock' | 'offtopic' | 'mood';

