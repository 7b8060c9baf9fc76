// Accounts and sessions: register, log in (argon2), log out, profile. Emails are unique case-insensitively.
import { hash, verify } from '@node-rs/argon2';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '@todo/db';
import {
  ConflictError,
  LoginSchema,
  ProfilePatchSchema,
  RegisterSchema,
  SESSION_ENDED,
  cloudEvent,
  TOPICS,
  RateLimitedError,
  UnauthorizedError,
  type AuthResult,
  type User,
  type UserDirectory,
} from '@todo/domain';
import type { Clock } from '@todo/platform';
import { signToken, type AuthUser } from '@todo/http';
import type { z } from 'zod';
import type { UserRow } from '../schema.js';
import { outboxWriter, type OutboxHandOver } from '../outbox/unit-of-work.js';
import { createSessionCache } from './session-cache.js';
import type { HashingGate } from './hashing-gate.js';
import { deleteSession, findUserByEmail, findUserById, insertSession, insertUser, sessionExists, updateUser } from './store.js';

export interface UserServiceDeps {
  database: Database;
  /** Receives the outbox rows of a committed logout (the relay's publishCommitted). */
  handOver?: OutboxHandOver;
  clock: Clock;
  jwtSecret: string;
  /** Every argon2 hash and verification runs through it (a login flood must not starve other requests). */
  hashing: HashingGate;
  newId?: () => string;
}

/**
 * How long a confirmed session is trusted without reading the database. Embedded on PGlite one process owns the data,
 * so logout (which forgets the session at once) is the only way a session ends: the cache is exact. On PostgreSQL
 * another replica may end it: seconds, the expiry the Dapr runtime's services already accept.
 */
const SESSION_TTL_MS = { pglite: 10 * 60_000, postgres: 5_000 } as const;

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, timezone: row.timezone, createdAt: row.createdAt.toISOString() };
}

const UUID = /^[0-9a-f-]{36}$/i;
const INVALID_CREDENTIALS = () => new UnauthorizedError('Email or password is incorrect.', 'invalid_credentials');

export function createUserService(deps: UserServiceDeps) {
  const { database, clock, jwtSecret, hashing } = deps;
  const db = database.db;
  const newId = deps.newId ?? (() => uuidv7());
  // Verifying against a throwaway hash when the email is unknown keeps both failure paths equally slow.
  let decoyHash: Promise<string> | undefined;
  const sessionCache = createSessionCache({ clock, ttlMs: SESSION_TTL_MS[database.kind] });

  /** Through the gate: a full gate is a 429 for a known and an unknown email alike; a malformed hash is a mismatch. */
  async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
    return hashing.run(() => verify(passwordHash, password)).catch((error: unknown) => {
      if (error instanceof RateLimitedError) throw error;
      return false;
    });
  }

  async function startSession(user: UserRow): Promise<AuthResult> {
    const sessionId = newId();
    await insertSession(db, { id: sessionId, userId: user.id, createdAt: clock.now() });
    return { user: toUser(user), token: await signToken(jwtSecret, { id: user.id, sessionId }, clock.now()) };
  }

  const findByEmail = (email: string) => findUserByEmail(db, email);
  const findById = async (id: string) => (UUID.test(id) ? findUserById(db, id) : undefined);

  return {
    async register(input: z.output<typeof RegisterSchema>): Promise<AuthResult> {
      const now = clock.now();
      const email = input.email.toLowerCase();
      if (await findByEmail(email)) throw new ConflictError('An account with this email already exists.', 'email_taken');
      const row: UserRow = {
        id: newId(),
        email,
        passwordHash: await hashing.run(() => hash(input.password)),
        name: input.name ?? null,
        timezone: input.timezone,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await insertUser(db, row);
      } catch (error) {
        // Two registrations racing for one email: the unique index decides.
        if (await findByEmail(email)) throw new ConflictError('An account with this email already exists.', 'email_taken');
        throw error;
      }
      return startSession(row);
    },

    async login(input: z.output<typeof LoginSchema>): Promise<AuthResult> {
      const row = await findByEmail(input.email);
      if (!row) {
        decoyHash ??= hash('decoy-password-for-timing');
        await verifyPassword(await decoyHash, input.password);
        throw INVALID_CREDENTIALS();
      }
      const ok = await verifyPassword(row.passwordHash, input.password);
      if (!ok) throw INVALID_CREDENTIALS();
      return startSession(row);
    },

    /** Ends the session and, in the same transaction, announces it (realtime closes its sockets). */
    async logout(user: AuthUser): Promise<void> {
      const sessionId = user.sessionId;
      if (!UUID.test(sessionId)) return;
      await outboxWriter(db, deps.handOver)(async (tx, emit) => {
        if (!(await deleteSession(tx, user.id, sessionId))) return;
        const id = newId();
        const event = cloudEvent(SESSION_ENDED, { id, source: 'chat-api', subject: sessionId, time: clock.now() }, { userId: user.id, sessionId, correlationId: id });
        await emit({ topic: TOPICS.taskUpdates, event });
      });
      sessionCache.end(user.id, sessionId);
    },

    /** Whether a verified token's session is still open (every token carries one). */
    isActive(user: AuthUser): Promise<boolean> {
      const { id, sessionId } = user;
      if (!UUID.test(sessionId)) return Promise.resolve(false);
      return sessionCache.isOpen(id, sessionId, () => sessionExists(db, id, sessionId));
    },

    async me(userId: string): Promise<User> {
      const row = await findById(userId);
      if (!row) throw new UnauthorizedError('The account no longer exists.', 'invalid_token');
      return toUser(row);
    },

    async updateProfile(userId: string, patch: z.output<typeof ProfilePatchSchema>): Promise<User> {
      const changes: Partial<Pick<UserRow, 'name' | 'timezone'>> = {};
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.timezone !== undefined) changes.timezone = patch.timezone;
      if (Object.keys(changes).length > 0) {
        await updateUser(db, userId, changes, clock.now());
      }
      const row = await findById(userId);
      if (!row) throw new UnauthorizedError('The account no longer exists.', 'invalid_token');
      return toUser(row);
    },

    /** Read access for other services (timezone for recurrence, email for notifications). */
    directory: {
      get: async (userId: string) => {
        const row = await findById(userId);
        return row ? toUser(row) : undefined;
      },
    } satisfies UserDirectory,
  };
}

export type UserService = ReturnType<typeof createUserService>;
