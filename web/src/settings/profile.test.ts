import { describe, expect, it } from 'vitest';
import { profilePatch, supportedTimeZones, timeZoneChoices } from './profile.js';

describe('settings: timezone choices', () => {
  it('lists the engine zones sorted, always with the current zone and UTC', () => {
    expect(timeZoneChoices('Asia/Karachi', ['Europe/Berlin', 'America/New_York'])).toEqual(['America/New_York', 'Asia/Karachi', 'Europe/Berlin', 'UTC']);
    expect(timeZoneChoices('Europe/Berlin', ['Europe/Berlin', 'UTC'])).toEqual(['Europe/Berlin', 'UTC']);
  });

  it('uses Intl.supportedValuesOf, which holds real IANA zones', () => {
    const zones = timeZoneChoices('UTC');
    expect(supportedTimeZones().length).toBeGreaterThan(100);
    expect(zones).toEqual(expect.arrayContaining(['Europe/Berlin', 'Asia/Karachi', 'UTC']));
  });
});

describe('settings: what gets sent to PATCH /api/me', () => {
  const saved = { name: 'Ada', timezone: 'Europe/London' };

  it('sends only what changed, trimmed', () => {
    expect(profilePatch(saved, { name: ' Ada ', timezone: 'Europe/London' })).toEqual({});
    expect(profilePatch(saved, { name: 'Grace', timezone: 'Europe/London' })).toEqual({ name: 'Grace' });
    expect(profilePatch(saved, { name: 'Ada', timezone: 'Asia/Karachi' })).toEqual({ timezone: 'Asia/Karachi' });
  });

  it('clears the name with null when left blank, and does not resend an absent name', () => {
    expect(profilePatch(saved, { name: '   ', timezone: 'Europe/London' })).toEqual({ name: null });
    expect(profilePatch({ name: null, timezone: 'UTC' }, { name: '', timezone: 'UTC' })).toEqual({});
  });
});
