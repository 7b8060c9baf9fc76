// Human dates for the UI: "Today 17:00", "Tomorrow", "Mon 1 Dec"; all in the browser's local time.
const dayMs = 86_400_000;

function dayDiff(date: Date, now: Date): number {
  const a = new Date(date);
  a.setHours(0, 0, 0, 0);
  const b = new Date(now);
  b.setHours(0, 0, 0, 0);
  return Math.round((a.getTime() - b.getTime()) / dayMs);
}

const time = (date: Date) => date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

export function formatDue(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const diff = dayDiff(date, now);
  const clock = time(date);
  if (diff === 0) return `Today ${clock}`;
  if (diff === 1) return `Tomorrow ${clock}`;
  if (diff === -1) return `Yesterday ${clock}`;
  if (diff > 1 && diff < 7) return `${date.toLocaleDateString(undefined, { weekday: 'long' })} ${clock}`;
  const sameYear = date.getFullYear() === now.getFullYear();
  return `${date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) })} ${clock}`;
}

export function dueTone(iso: string, status: string, now: Date = new Date()): 'overdue' | 'today' | 'soon' | 'later' {
  const date = new Date(iso);
  if (status !== 'completed' && date < now) return 'overdue';
  const diff = dayDiff(date, now);
  if (diff === 0) return 'today';
  if (diff > 0 && diff < 7) return 'soon';
  return 'later';
}

export function formatRelative(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** `yyyy-mm-dd` and `hh:mm` for date/time inputs, local time. */
export function toDateInput(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

export function fromDateInput(date: string, time: string): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time || '09:00').split(':').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 9, mm ?? 0, 0, 0).toISOString();
}
