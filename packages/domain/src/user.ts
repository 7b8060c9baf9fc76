// User schemas: the contract's user shape, registration/login/profile inputs, and the lookup port other services use.
import { z } from 'zod';

/** An IANA time zone name known to this runtime (e.g. "Asia/Karachi"); "UTC" is always accepted. */
export const TimezoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isTimezone, { message: 'must be an IANA time zone, e.g. Europe/Berlin' })
  .transform((value) => new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone)
  .describe('IANA time zone, e.g. Europe/Berlin');

export function isTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    timezone: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

const Email = z.string().trim().max(254).pipe(z.email({ message: 'must be an email address' }));
const Name = z.string().trim().max(100).nullable().transform((value) => (value ? value : null));

export const RegisterSchema = z.object({
  email: Email,
  password: z.string().min(8, 'password must be at least 8 characters').max(128, 'password is at most 128 characters'),
  name: Name.optional(),
  timezone: TimezoneSchema.default('UTC'),
});
export type RegisterInput = z.input<typeof RegisterSchema>;

export const LoginSchema = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(1024),
});

export const ProfilePatchSchema = z.object({ name: Name.optional(), timezone: TimezoneSchema.optional() });
export type ProfilePatch = z.output<typeof ProfilePatchSchema>;

export const AuthResultSchema = z.object({ user: UserSchema, token: z.string() });
export type AuthResult = z.infer<typeof AuthResultSchema>;

/** Read access to users for other services (e.g. recurring-task needs the owner's timezone). */
export interface UserDirectory {
  get(userId: string): Promise<User | undefined>;
}
