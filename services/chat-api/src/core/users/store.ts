// All SQL of users and sessions: find by email (case-insensitively) or id, insert, profile update, session rows.
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@todo/db';
import { sessions, users, type UserRow } from '../schema.js';

type Queryable = Db | Tx;

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)))[0];
}

/** Fails on the unique email index when another registration took the email first. */
export async function insertUser(db: Queryable, row: UserRow): Promise<void> {
  await db.insert(users).values(row);
}

export async function updateUser(db: Queryable, userId: string, changes: Partial<Pick<UserRow, 'name' | 'timezone'>>, now: Date): Promise<void> {
  await db.update(users).set({ ...changes, updatedAt: now }).where(eq(users.id, userId));
}

export async function insertSession(db: Queryable, session: { id: string; userId: string; createdAt: Date }): Promise<void> {
  await db.insert(sessions).values(session);
}

/** Whether the session existed (and belonged to the user) and is now gone. */
export async function deleteSession(db: Queryable, userId: string, sessionId: string): Promise<boolean> {
  const ended = await db.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId))).returning({ id: sessions.id });
  return ended.length > 0;
}

export async function sessionExists(db: Queryable, userId: string, sessionId: string): Promise<boolean> {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)));
  return rows.length === 1;
}
