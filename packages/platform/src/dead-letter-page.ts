// One page of dead letters from `limit + 1` rows read oldest first: the extra row only says whether there is more.
import { DEAD_LETTER_PAGE_MAX, type DeadLetter, type DeadLetterPage } from './ports.js';

export function deadLetterLimit(limit: number | undefined, fallback = 100): number {
  return Math.min(Math.max(limit ?? fallback, 1), DEAD_LETTER_PAGE_MAX);
}

export function deadLetterPage(rows: DeadLetter[], limit: number): DeadLetterPage {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items.at(-1)!.id) : null };
}
