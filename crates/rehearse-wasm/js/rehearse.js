// Rehearse for JavaScript: PostgreSQL 18 semantics (the Rehearse engine, compiled to
// WebAssembly) behind PGlite's database API, plus the migration report.
//
//   import { Rehearse, run } from './rehearse.js';
//   const db = await Rehearse.create();
//   await db.exec('CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL)');
//   await db.query('INSERT INTO t VALUES ($1, $2)', [1, 'Ada']);
//   const { rows, fields, affectedRows } = await db.query('SELECT * FROM t');
//   const report = await run(setupSql, migration);
//
// Loads the wasm-bindgen `--target web` output next to this file: fetched in a browser,
// read from disk in Node. Values are parsed from PostgreSQL's text output with PGlite's
// parsers (see README, "JavaScript API", for what differs from PGlite).
import init, { Database, run as runReport } from './rehearse_wasm.js';

let loading = null;

/** Loads and instantiates the WebAssembly module once. */
async function load(wasm) {
  if (loading) return loading;
  loading = (async () => {
    let source = wasm;
    if (source === undefined) {
      const url = new URL('./rehearse_wasm_bg.wasm', import.meta.url);
      if (url.protocol === 'file:') {
        // Node (and Deno, Bun): fetch() cannot read file: URLs.
        const fs = 'node:fs/promises';
        const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fs);
        source = await readFile(url);
      } else {
        source = url;
      }
    }
    await init({ module_or_path: source });
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

// PGlite 0.5's parsers (src/types.ts), keyed by type OID.
const number = (x) => +x;
const bigint = (x) => {
  const n = BigInt(x);
  return n < Number.MIN_SAFE_INTEGER || n > Number.MAX_SAFE_INTEGER ? n : Number(n);
};
const json = (x) => JSON.parse(x);
const date = (x) => (x === 'infinity' ? Infinity : x === '-infinity' ? -Infinity : new Date(x));
const text = (x) => x;

/** The default parsers: `{ [dataTypeID]: (text, dataTypeID) => value }`. */
export const parsers = Object.freeze({
  16: (x) => x === 't',
  20: bigint,
  21: number,
  23: number,
  26: number,
  700: number,
  701: number,
  114: json,
  3802: json,
  1082: date,
  1114: date,
  1184: date,
  25: text,
  1042: text,
  1043: text,
});

// Arrays: PGlite registers, for every array type, its element's parser applied to each
// element of PostgreSQL's array text (`_initArrayTypes`, `arrayParser`). These are the
// array types Rehearse reports, as [array OID, element OID].
const ARRAY_TYPES = [[1000, 16], [1005, 21], [1007, 23], [1016, 20], [1021, 700], [1022, 701],
  [1231, 1700], [1009, 25], [1014, 1042], [1015, 1043], [1182, 1082], [1115, 1114],
  [1185, 1184], [1187, 1186], [2951, 2950], [199, 114], [3807, 3802]];

// PGlite's array parser (postgres.js's), step for step: `{a,b}`, nested braces, quoted
// elements with backslash escapes, unquoted NULL; box[] (1020) separates with ';'.
function parseArray(x, parse, type) {
  const state = { i: 0, char: null, str: '', quoted: false, last: 0, p: null };
  return parseArrayLevel(state, x, parse, type)[0];
}

function parseArrayLevel(s, x, parse, type) {
  const out = [];
  const delimiter = type === 1020 ? ';' : ',';
  const element = (raw) => (raw === 'NULL' && !s.quoted ? null : parse ? parse(raw) : raw);
  for (; s.i < x.length; s.i++) {
    s.char = x[s.i];
    if (s.quoted) {
      if (s.char === '\\') {
        s.str += x[++s.i];
      } else if (s.char === '"') {
        out.push(parse ? parse(s.str) : s.str);
        s.str = '';
        s.quoted = x[s.i + 1] === '"';
        s.last = s.i + 2;
      } else {
        s.str += s.char;
      }
    } else if (s.char === '"') {
      s.quoted = true;
    } else if (s.char === '{') {
      s.last = ++s.i;
      out.push(parseArrayLevel(s, x, parse, type));
    } else if (s.char === '}') {
      if (s.last < s.i) out.push(element(x.slice(s.last, s.i)));
      s.quoted = false;
      s.last = s.i + 1;
      break;
    } else if (s.char === delimiter && s.p !== '}' && s.p !== '"') {
      out.push(element(x.slice(s.last, s.i)));
      s.last = s.i + 1;
    }
    s.p = s.char;
  }
  if (s.last < s.i) out.push(parse ? parse(x.slice(s.last, s.i + 1)) : x.slice(s.last, s.i + 1));
  return out;
}

/** OIDs of the types Rehearse models (an enum column reports 0). */
export const types = Object.freeze({
  BOOL: 16, INT8: 20, INT2: 21, INT4: 23, TEXT: 25, JSON: 114, FLOAT4: 700, FLOAT8: 701,
  BPCHAR: 1042, VARCHAR: 1043, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184,
  INTERVAL: 1186, NUMERIC: 1700, UUID: 2950, JSONB: 3802,
});

function parseType(x, type, table) {
  if (x === null) return null;
  const parse = table[type];
  return parse ? parse(x, type) : x;
}

/** A parameter as the text PostgreSQL receives (PGlite's serializers for text-like types). */
function serialize(x) {
  if (x === null || x === undefined) return null;
  if (typeof x === 'string') return x;
  if (x instanceof Date) return x.toISOString();
  if (typeof x === 'object') {
    return JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return x.toString();
}

/** An error as PostgreSQL raised it, with the fields of PGlite's `DatabaseError`. */
export class DatabaseError extends Error {
  constructor(message, fields = {}) {
    super(message);
    this.name = 'error';
    this.severity = fields.severity;
    this.code = fields.code;
    this.detail = fields.detail;
    this.hint = fields.hint;
    this.position = fields.position;
    this.internalPosition = undefined;
    this.internalQuery = undefined;
    this.where = undefined;
    this.schema = undefined;
    this.table = undefined;
    this.column = undefined;
    this.dataType = undefined;
    this.constraint = undefined;
    this.file = undefined;
    this.line = undefined;
    this.routine = undefined;
    this.query = fields.query;
    this.params = fields.params;
    this.queryOptions = fields.queryOptions;
  }
}

/** Thrown by `transaction()` when COMMIT rolled back a block a statement had aborted. */
export class TransactionAbortedError extends DatabaseError {
  constructor(fields = {}) {
    super('Transaction was rolled back instead of committed', {
      ...fields,
      severity: 'ERROR',
      code: '25P02',
    });
  }
}

function toError(e, query, params, queryOptions) {
  if (e instanceof Error && typeof e.code === 'string' && e.severity) {
    return new DatabaseError(e.message, {
      severity: e.severity,
      code: e.code,
      detail: e.detail,
      hint: e.hint,
      position: e.position,
      query,
      params,
      queryOptions,
    });
  }
  return e;
}

function template(strings, values) {
  const parts = [strings[0]];
  const params = [];
  const add = (str) => {
    parts[parts.length - 1] += str;
  };
  values.forEach((value, i) => {
    if (value?._templateType === 'part') {
      add(value.str + strings[i + 1]);
    } else if (value?._templateType === 'container') {
      const inner = template(value.strings, value.values);
      const shift = params.length;
      add(inner.query.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + shift}`) + strings[i + 1]);
      params.push(...inner.params);
    } else {
      params.push(value);
      add(`$${params.length}`);
      parts.push(strings[i + 1]);
    }
  });
  return { query: parts.join(''), params };
}

/**
 * An in-memory database with PostgreSQL 18 semantics and PGlite's API
 * (`query`, `exec`, `sql`, `transaction`, `close`, `waitReady`, `ready`, `closed`).
 */
export class Rehearse {
  #db = null;
  #closed = false;
  #parsers;
  #queue = Promise.resolve();

  /**
   * Starts loading; `await db.waitReady` (or use `Rehearse.create()`).
   * Options: `now` (a Date or 'YYYY-MM-DD HH:MM:SS' UTC: a fixed clock for now()),
   * `parsers` (per-OID overrides, as PGlite's), `wasm` (the .wasm as a URL, Response,
   * bytes or WebAssembly.Module, when it is not next to this file).
   */
  constructor(options = {}) {
    this.#parsers = { ...parsers, ...options.parsers };
    for (const [array, element] of ARRAY_TYPES) {
      // The element's parser is looked up when a value comes, as PGlite does.
      this.#parsers[array] ??= (x) => parseArray(x, this.#parsers[element], array);
    }
    let now = options.now;
    if (now instanceof Date) now = now.toISOString().replace('T', ' ').replace('Z', '');
    this.waitReady = load(options.wasm).then(() => {
      this.#db = new Database(now === undefined ? undefined : { now });
    });
  }

  /** A ready database. */
  static async create(options) {
    const db = new Rehearse(options);
    await db.waitReady;
    return db;
  }

  /** Loaded and not closed. */
  get ready() {
    return this.#db !== null && !this.#closed;
  }

  /** `close()` was called. */
  get closed() {
    return this.#closed;
  }

  async #check() {
    await this.waitReady;
    if (this.#closed) throw new Error('Rehearse is closed');
  }

  #exclusive(fn) {
    const result = this.#queue.then(fn);
    this.#queue = result.catch(() => {});
    return result;
  }

  #shape(raw, options) {
    if (raw.command === undefined) return { affectedRows: 0, rows: [], fields: [] };
    const table = options?.parsers ? { ...this.#parsers, ...options.parsers } : this.#parsers;
    const { fields } = raw;
    const rows = raw.rows.map((row) =>
      options?.rowMode === 'array'
        ? row.map((x, i) => parseType(x, fields[i].dataTypeID, table))
        : Object.fromEntries(row.map((x, i) => [fields[i].name, parseType(x, fields[i].dataTypeID, table)])),
    );
    const result = { rows, fields, command: raw.command, affectedRows: raw.affectedRows };
    if (raw.rowCount !== undefined) result.rowCount = raw.rowCount;
    return result;
  }

  #query(query, params = [], options) {
    let raw;
    try {
      raw = this.#db.query(query, params.map(serialize));
    } catch (e) {
      throw toError(e, query, params, options);
    }
    return this.#shape(raw, options);
  }

  #exec(query, options) {
    let raw;
    try {
      raw = this.#db.exec(query);
    } catch (e) {
      throw toError(e, query, undefined, options);
    }
    return raw.map((r) => this.#shape(r, options));
  }

  /** One statement, `$1 .. $n` bound to `params`: `{ rows, fields, affectedRows, ... }`. */
  async query(query, params, options) {
    await this.#check();
    return this.#exclusive(() => this.#query(query, params, options));
  }

  /** `sql\`SELECT * FROM t WHERE id = ${id}\``: values become parameters. */
  async sql(strings, ...values) {
    const { query, params } = template(strings, values);
    return this.query(query, params);
  }

  /** Any number of statements, no parameters: one result per statement. */
  async exec(query, options) {
    await this.#check();
    return this.#exclusive(() => this.#exec(query, options));
  }

  /**
   * Runs `callback(tx)` inside BEGIN ... COMMIT; rolls back if it throws. Other queries
   * wait until the transaction ends.
   */
  async transaction(callback) {
    await this.#check();
    return this.#exclusive(async () => {
      this.#exec('BEGIN');
      let closed = false;
      const checkClosed = () => {
        if (closed) throw new Error('Transaction is closed');
      };
      const tx = {
        query: async (query, params, options) => {
          checkClosed();
          return this.#query(query, params, options);
        },
        sql: async (strings, ...values) => {
          checkClosed();
          const { query, params } = template(strings, values);
          return this.#query(query, params);
        },
        exec: async (query, options) => {
          checkClosed();
          return this.#exec(query, options);
        },
        rollback: async () => {
          checkClosed();
          this.#exec('ROLLBACK');
          closed = true;
        },
        get closed() {
          return closed;
        },
      };
      try {
        const result = await callback(tx);
        if (!closed) {
          closed = true;
          const [end] = this.#exec('COMMIT');
          if (end.command === 'ROLLBACK') throw new TransactionAbortedError({ query: 'COMMIT' });
        }
        return result;
      } catch (e) {
        if (!closed) {
          closed = true;
          this.#exec('ROLLBACK');
        }
        throw e;
      }
    });
  }

  /** Frees the database; later calls reject. */
  async close() {
    await this.waitReady;
    await this.#exclusive(() => {});
    if (this.#closed) return;
    this.#closed = true;
    this.#db.free();
    this.#db = null;
  }
}

/**
 * Runs `setup` (SQL: tables and sample rows) then `migration` (an Alembic revision, a
 * bare `op.*` snippet, or SQL) and resolves to the report (the JSON contract in the
 * README). Options: `kind` ('auto' | 'alembic' | 'sql'), `downgrade`, `now`
 * ('YYYY-MM-DD HH:MM:SS'), `old_code`, `drift`, `wasm`. Rejects with
 * `{ source, line, column, message }` when the input cannot be read.
 */
export async function run(setup, migration, options = {}) {
  const { wasm, ...rest } = options;
  await load(wasm);
  return runReport(setup, migration, rest);
}

export default Rehearse;
