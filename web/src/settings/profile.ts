// Pure pieces of the settings dialog: the timezone choices and the PATCH /api/me body for what the user changed.

export interface ProfileFields {
  name: string | null;
  timezone: string;
}

/** The browser's IANA zones (empty where Intl.supportedValuesOf is missing). */
export function supportedTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** Sorted zone list that always contains `current` and UTC (some engines leave UTC out of supportedValuesOf). */
export function timeZoneChoices(current: string, supported: readonly string[] = supportedTimeZones()): string[] {
  return [...new Set([...supported, 'UTC', current])].sort((a, b) => a.localeCompare(b));
}

/** Only the fields that changed; a blank name clears it (null). Empty object = nothing to save. */
export function profilePatch(saved: ProfileFields, draft: { name: string; timezone: string }): Partial<ProfileFields> {
  const patch: Partial<ProfileFields> = {};
  const name = draft.name.trim() || null;
  if (name !== (saved.name ?? null)) patch.name = name;
  if (draft.timezone !== saved.timezone) patch.timezone = draft.timezone;
  return patch;
}
