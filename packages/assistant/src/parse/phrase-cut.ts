// Finds a phrase in a message and cuts it out, so that what is left can become a title.

export interface Cut {
  match: RegExpExecArray;
  rest: string;
}

/** The first match of `pattern` (case-insensitive) and the text without it; undefined when absent. */
export function cutPhrase(text: string, pattern: RegExp): Cut | undefined {
  const flags = pattern.flags.includes('i') ? pattern.flags.replace('g', '') : `${pattern.flags.replace('g', '')}i`;
  const match = new RegExp(pattern.source, flags).exec(text);
  if (!match) return undefined;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { match, rest: squeeze(rest) };
}

/** Collapses runs of spaces and trims. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,.!?])/g, '$1').trim();
}
