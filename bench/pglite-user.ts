// A users row for a benchmark case on the database TaskService (tasks reference their user).
import { randomUUID } from 'node:crypto';
import type { Database } from '@todo/db';

export async function pgliteUser(database: Database, zone: string): Promise<string> {
  const id = randomUUID();
  await database.exec(
    `insert into users (id, email, password_hash, name, timezone, created_at, updated_at)
     values ('${id}', 'bench-${id}@example.test', 'x', null, '${zone.replace(/'/g, "''")}', now(), now())`,
  );
  return id;
}
