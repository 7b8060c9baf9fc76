// Finds a phrase in a message and reports where it is; `rest` is the message without it (for the finders' own callers).

export interface Cut {
  match: RegExpExecArray;
  /** Where the phrase starts and ends in the text that was searched. */
  start: number;
  end: number;
  /** The text with the phrase blanked out (same length, so every other position stays where it was). */
  masked: string;
  rest: string;
}

/** The first match of `pattern` (case-insensitive) and the text without it; undefined when absent. */
export function cutPhrase(text: string, pattern: RegExp): Cut | undefined {
  const flags = pattern.flags.includes('i') ? pattern.flags.replace('g', '') : `${pattern.flags.replace('g', '')}i`;
  const match = new RegExp(pattern.source, flags).exec(text);
  if (!match) return undefined;
  const start = match.index;
  const end = match.index + match[0].length;
  const masked = blank(text, start, end);
  return { match, start, end, masked, rest: squeeze(masked) };
}

/** `text` with [start, end) replaced by spaces. */
export function blank(text: string, start: number, end: number): string {
  return `${text.slice(0, start)}${' '.repeat(Math.max(0, end - start))}${text.slice(end)}`;
}

/** Collapses runs of spaces and trims. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,.!?])/g, '$1').trim();
}
