/**
 * Prepared statements (CPython's pysqlite_Statement) and a connection's
 * statement cache.
 *
 * A statement is prepared once per SQL text and kept in the connection's
 * LRU cache (`cached_statements` SQL texts; CPython wraps the connection in
 * functools.lru_cache). It is "in use" from the moment a cursor binds it
 * until it is reset; a cursor that finds the cached statement in use
 * (another cursor is still reading its rows) needs another one.
 *
 * Lifetime: CPython finalizes a statement when its last reference goes, and
 * a cursor collected in the middle of its rows resets its statement then, so
 * the next execute of that SQL finds it free again. Without reference counts
 * a statement cannot tell a live cursor from a forgotten one
 * (`con.execute(sql).fetchone()` in a loop forgets one each time), and
 * finalizers do not run during a program. So each cached SQL text keeps a
 * small pool of statements: a cursor takes one that is not in use, else a
 * new one while the pool has fewer than POOL_SIZE, else the one taken
 * longest ago, which is reset and taken from the cursors that held it
 * (they then find no more rows). Only a program reading more than
 * POOL_SIZE result sets of one SQL text at once sees the difference.
 * Statements outside the cache (cached_statements=0, Connection.__call__)
 * are finalized when no cursor holds them; every statement still alive is
 * finalized when its connection closes. A statement whose SQL is empty
 * (only blanks and comments) has no SQLite handle and does nothing.
 */
import { pyError } from "../vm/objects/exceptions.ts";
import type { PyStr } from "../vm/objects/str_wide.ts";
import type { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { OutPointers, SQLITE, sqlite, stableCString } from "./_sqlite3_native.ts";
import {
  DataErrorType,
  programmingError,
  sqliteError,
  throwDatabaseError,
} from "./_sqlite3_errors.ts";
import { utf8Bytes } from "./_sqlite3_convert.ts";

/** What holds a statement (a cursor). */
export interface StatementHolder {
  statement: Statement | null;
}

/** Statements kept per cached SQL text. */
const POOL_SIZE = 16;

export class Statement {
  /** A cursor has bound and stepped it since its last reset. */
  inUse = false;
  /** The cursors holding it. */
  readonly holders = new Set<StatementHolder>();
  /** The cache holds it. */
  cached = false;

  constructor(
    readonly owner: StatementCache,
    /** The SQLite statement; null for empty SQL or once finalized. */
    public handle: Deno.PointerValue,
    /** INSERT, UPDATE, DELETE or REPLACE: opens a transaction implicitly. */
    readonly isDml: boolean,
  ) {}

  /** sqlite3_step, never reclaimed while inside it (a user function may execute the same SQL). */
  step(): number {
    this.stepping = true;
    try {
      return sqlite.fn("sqlite3_step")(this.handle);
    } finally {
      this.stepping = false;
    }
  }

  private stepping = false;

  get isStepping(): boolean {
    return this.stepping;
  }

  /** pysqlite_statement_reset. */
  reset(): void {
    if (this.inUse && this.handle !== null) {
      if (sqlite.fn("sqlite3_reset")(this.handle) === SQLITE.OK) this.inUse = false;
    }
  }

  finalize(): void {
    if (this.handle !== null) {
      const handle = this.handle;
      this.handle = null;
      this.owner.live.delete(this);
      sqlite.fn("sqlite3_finalize")(handle);
    }
    this.inUse = false;
  }

  /** `holder` stops holding it. */
  release(holder: StatementHolder): void {
    this.holders.delete(holder);
    if (this.holders.size === 0 && !this.cached) this.finalize();
  }

  /** Reset it and take it from the cursors holding it (for another cursor). */
  reclaim(): void {
    for (const holder of this.holders) holder.statement = null;
    this.holders.clear();
    this.reset();
  }
}

const UTF8_SPACE = new Set([0x20, 0x09, 0x0c, 0x0a, 0x0d]);

/**
 * lstrip_sql: the position of the first byte from `start` that is not a
 * blank or inside a comment, or -1 when there is none (an unterminated
 * comment counts as the end).
 */
function lstripSql(sql: Uint8Array, start: number, end: number): number {
  for (let pos = start; pos < end; pos++) {
    const c = sql[pos];
    if (UTF8_SPACE.has(c)) continue;
    if (c === 0x2d /* - */ && sql[pos + 1] === 0x2d) {
      pos += 2;
      while (pos < end && sql[pos] !== 0x0a) pos++;
      if (pos >= end) return -1;
      continue;
    }
    if (c === 0x2f /* / */ && sql[pos + 1] === 0x2a /* * */) {
      pos += 2;
      while (pos < end && !(sql[pos] === 0x2a && sql[pos + 1] === 0x2f)) pos++;
      if (pos >= end) return -1;
      pos++;
      continue;
    }
    return pos;
  }
  return -1;
}

function startsWithWord(sql: Uint8Array, at: number, end: number, word: string): boolean {
  if (end - at < word.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((sql[at + i] | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** A connection's prepared statements: the LRU cache and every live one. */
export class StatementCache {
  /** Each cached SQL text's statements, least recently taken first; least recently used first. */
  private readonly entries = new Map<string, Statement[]>();
  /** Statements with a SQLite handle (finalized at close). */
  readonly live = new Set<Statement>();

  constructor(readonly db: () => Deno.PointerValue, readonly maxSize: number) {}

  /** pysqlite_statement_create: prepare `sql` (a str). */
  prepare(sql: PyStr | PyBoxedStr): Statement {
    const db = this.db();
    const { buffer, length } = utf8Bytes(sql);
    const maxLength = sqlite.fn("sqlite3_limit")(db, SQLITE.LIMIT_SQL_LENGTH, -1);
    if (length > maxLength) throw sqliteError(DataErrorType, "query string is too large");
    if (buffer.subarray(0, length).includes(0)) {
      throw programmingError("the query contains a null character");
    }
    const text = stableCString(buffer.subarray(0, length));
    const out = new OutPointers();
    const rc = sqlite.fn("sqlite3_prepare_v2")(db, text, length + 1, out.slot(0), out.slot(1));
    if (rc !== SQLITE.OK) {
      throwDatabaseError(db);
      throw pyError("SystemError", `sqlite3_prepare_v2 failed with code ${rc}`);
    }
    const handle = out.pointer(0);
    const base = Deno.UnsafePointer.value(Deno.UnsafePointer.of(text));
    const tail = out.address(1) === 0n ? length : Number(out.address(1) - BigInt(base));
    const statement = new Statement(this, handle, isDml(text, length));
    if (handle !== null) this.live.add(statement);
    if (lstripSql(text, tail, length) >= 0) {
      statement.finalize();
      throw programmingError("You can only execute one statement at a time.");
    }
    return statement;
  }

  /**
   * A statement for `sql` (`key` is its text) that no cursor is using:
   * get_statement_from_cache, and a fresh one when that one is in use.
   */
  take(sql: PyStr | PyBoxedStr, key: string): Statement {
    if (this.maxSize <= 0) return this.prepare(sql);
    let pool = this.entries.get(key);
    if (pool !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, pool);
    } else {
      if (this.entries.size >= this.maxSize) this.evictOldest();
      pool = [];
      this.entries.set(key, pool);
    }
    let statement = pool.find((candidate) => !candidate.inUse && candidate.handle !== null);
    if (statement === undefined && pool.length >= POOL_SIZE) {
      statement = pool.find((candidate) => !candidate.isStepping);
      statement?.reclaim();
    }
    if (statement === undefined) {
      statement = this.prepare(sql);
      statement.cached = true;
    } else pool.splice(pool.indexOf(statement), 1);
    pool.push(statement);
    return statement;
  }

  private evictOldest(): void {
    const [key, pool] = this.entries.entries().next().value!;
    this.entries.delete(key);
    for (const statement of pool) {
      statement.cached = false;
      if (statement.holders.size === 0) statement.finalize();
    }
  }

  /** Forget and finalize every statement (the connection is closing). */
  finalizeAll(): void {
    for (const pool of this.entries.values()) {
      for (const statement of pool) statement.cached = false;
    }
    this.entries.clear();
    for (const statement of [...this.live]) statement.finalize();
  }
}

function isDml(sql: Uint8Array, length: number): boolean {
  const at = lstripSql(sql, 0, length);
  if (at < 0) return false;
  return startsWithWord(sql, at, length, "insert") || startsWithWord(sql, at, length, "update") ||
    startsWithWord(sql, at, length, "delete") || startsWithWord(sql, at, length, "replace");
}
