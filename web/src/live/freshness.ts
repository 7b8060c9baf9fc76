// Out-of-order live snapshots: one older than the newest copy this tab knows of (by updatedAt) is ignored; deletion is final.

interface Versioned {
  id: string;
  updatedAt: string;
}

/** True when `incoming` is strictly older than `known` (same instant is the same version: applying it again is harmless). */
export function isOlderThan(incoming: Versioned, known: Versioned | null | undefined): boolean {
  return !!known && Date.parse(incoming.updatedAt) < Date.parse(known.updatedAt);
}

/** The newest version of each task seen live in this tab, so a late snapshot cannot bring back an older state. */
export class LiveTaskVersions {
  private readonly newest = new Map<string, number | 'deleted'>();

  /**
   * Whether to apply this snapshot. `cached` are the copies the query cache holds (which may come from a refetch newer
   * than any event). A deletion is always applied; after it, no snapshot of that task is.
   */
  accept(task: Versioned, deleted: boolean, cached: ReadonlyArray<Versioned | undefined>): boolean {
    const seen = this.newest.get(task.id);
    if (seen === 'deleted') return false;
    if (deleted) {
      this.newest.set(task.id, 'deleted');
      return true;
    }
    const at = Date.parse(task.updatedAt);
    if (seen !== undefined && at < seen) return false;
    if (cached.some((copy) => copy?.id === task.id && isOlderThan(task, copy))) return false;
    this.newest.set(task.id, at);
    return true;
  }
}
