// Settings dialog (from the sidebar's user line): change name and timezone via PATCH /api/me; a modal <dialog>.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { User } from '../api/types.js';
import { useSession } from '../auth/session.js';
import { profilePatch, timeZoneChoices } from './profile.js';

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { user, api, setUser } = useSession();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), name: useId(), timezone: useId(), hint: useId() };
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const savedZone = user?.timezone ?? browserZone;
  const [name, setName] = useState(user?.name ?? '');
  const [timezone, setTimezone] = useState(savedZone);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const zones = useMemo(() => timeZoneChoices(savedZone), [savedZone]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    const patch = profilePatch(user, { name, timezone });
    if (Object.keys(patch).length === 0) return dialogRef.current?.close();
    setSaving(true);
    setError(null);
    try {
      setUser(await api.patch<User>('/api/me', patch));
      dialogRef.current?.close();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not save your settings');
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="settings-dialog" aria-labelledby={ids.title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={ids.title}>Settings</h2>
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input id={ids.name} value={name} maxLength={100} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.timezone}>Timezone</label>
          <select id={ids.timezone} value={timezone} aria-describedby={ids.hint} onChange={(e) => setTimezone(e.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <span id={ids.hint} className="small muted">
            Used to read dates like “tomorrow 9am”. This browser: {browserZone}
            {timezone !== browserZone && (
              <>
                {' '}
                <button type="button" className="link small" onClick={() => setTimezone(browserZone)}>
                  Use it
                </button>
              </>
            )}
          </span>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
