// A tag edit (add some, remove some) applied to a task's tags; shared by every TaskService implementation.
import type { TaskUpdateOptions } from './task-service.js';

export type TagEdit = NonNullable<TaskUpdateOptions['tagEdit']>;

/**
 * `tags` with `edit.add` appended and `edit.remove` taken out. `normalise` is the implementation's own tag validation
 * (trimmed, no #, lower-case, bounded) so both sides compare as stored.
 */
export function editTags(tags: readonly string[], edit: TagEdit, normalise: (tags: string[]) => string[]): string[] {
  const added = normalise([...(edit.add ?? [])]);
  const removed = new Set((edit.remove ?? []).map((tag) => tag.trim().replace(/^#+/, '').toLowerCase()));
  return normalise([...tags, ...added].filter((tag) => !removed.has(tag)));
}
