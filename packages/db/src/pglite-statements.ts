// Runs queries on PGlite as named prepared statements, one protocol round trip each once a statement is known.
import { parse, protocol, type PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';

const { serialize } = protocol;

/** Statements kept prepared; the least recently used is closed beyond this (statement texts vary, e.g. `in ($1, $2…)`). */
export const MAX_PREPARED = 200;

interface Prepared {
  name: string;
  paramTypes: number[];
}

type Param = unknown;

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The error as PGlite's own query() reports it: with the query, its parameters and options attached. */
export function withQuery(error: unknown, query: string, params: Param[] | undefined, options: QueryOptions | undefined): unknown {
  if (error instanceof Error && 'code' in error) Object.assign(error, { query, params, queryOptions: options });
  return error;
}

/** The cached plan of a statement no longer fits its tables (a column added or dropped since it was prepared). */
const isStalePlan = (error: unknown) => (error as { code?: string }).code === '0A000' && /cached plan/.test(String((error as Error).message));

/**
 * PGlite's query() runs six protocol steps per call (parse, describe, bind, describe, execute, sync), each a pass of
 * Postgres' main loop, and Postgres parses and analyses the text every time. Here a text is parsed once under a name
 * (its parameter types described then), and each later call is one batch: bind, describe, execute, sync. Parameters are
 * serialised by the described types with PGlite's serializers and rows parsed with its parsers, as query() does; only
 * one caller may use the client at a time (the caller's work lanes see to it).
 */
export class PreparedStatements {
  readonly #client: PGlite;
  /** By text, least recently used first. */
  readonly #prepared = new Map<string, Prepared>();
  /** Names to close with the next batch. */
  #closing: string[] = [];
  #counter = 0;

  constructor(client: PGlite) {
    this.#client = client;
  }

  /** One statement with parameters, as PGlite's query() (not synced to the file system: the caller does, once). */
  async query(text: string, params: Param[] = [], options?: QueryOptions, inTransaction = false): Promise<Results> {
    try {
      return await this.#run(text, params, options);
    } catch (error) {
      if (!isStalePlan(error) || inTransaction) throw withQuery(error, text, params, options);
      this.#forget(text);
      try {
        return await this.#run(text, params, options);
      } catch (retried) {
        throw withQuery(retried, text, params, options);
      }
    }
  }

  /** Statements without parameters, as one simple query (BEGIN, COMMIT, ROLLBACK). */
  async simple(text: string): Promise<Results[]> {
    const { messages } = await this.#client.execProtocol(serialize.query(text), { syncToFs: false });
    return parse.parseResults(messages, this.#client.parsers);
  }

  get size(): number {
    return this.#prepared.size;
  }

  async #run(text: string, params: Param[], options: QueryOptions | undefined): Promise<Results> {
    const statement = this.#prepared.get(text) ?? (await this.#prepare(text, options));
    this.#prepared.delete(text);
    this.#prepared.set(text, statement);
    const serializers = this.#client.serializers;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[i]!;
      const serializer = options?.serializers?.[type] ?? serializers[type];
      return serializer ? serializer(value) : (value as { toString(): string }).toString();
    });
    const { messages } = await this.#client.execProtocol(
      concat([...this.#closes(), serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]),
      { syncToFs: false },
    );
    return parse.parseResults(messages, this.#client.parsers, options)[0]!;
  }

  async #prepare(text: string, options: QueryOptions | undefined): Promise<Prepared> {
    const name = `todo_${++this.#counter}`;
    const { messages } = await this.#client.execProtocol(
      concat([...this.#closes(), serialize.parse({ name, text, ...(options?.paramTypes ? { types: options.paramTypes } : {}) }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      { syncToFs: false },
    );
    const prepared = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
    this.#prepared.set(text, prepared);
    while (this.#prepared.size > MAX_PREPARED) this.#forget(this.#prepared.keys().next().value!);
    return prepared;
  }

  #forget(text: string): void {
    const statement = this.#prepared.get(text);
    if (!statement) return;
    this.#prepared.delete(text);
    this.#closing.push(statement.name);
  }

  /** Close messages for statements forgotten since the last batch (closing an unknown name is no error). */
  #closes(): Uint8Array[] {
    if (this.#closing.length === 0) return [];
    const closes = this.#closing.map((name) => serialize.close({ type: 'S', name }));
    this.#closing = [];
    return closes;
  }
}
