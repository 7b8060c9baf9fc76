// Text PostgreSQL cannot store: NUL characters and unpaired UTF-16 surrogates (JSON can carry both).
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** The path (`body.tags.0`) of the first string in `value` (keys included) that cannot be stored, if any. */
export function findUnstorableText(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || 'input';
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    const found = (isStorableText(key) ? undefined : itemPath) ?? findUnstorableText(item, itemPath, depth + 1);
    if (found) return found;
  }
  return undefined;
}
