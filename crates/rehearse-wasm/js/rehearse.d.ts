// TypeScript types of rehearse.js: PostgreSQL 18 semantics (the Rehearse engine in
// WebAssembly) behind PGlite's database API, plus the migration report.

/** An output column: its name and its type's pg_type OID (an enum column reports 0). */
export interface Field {
  name: string;
  dataTypeID: number;
}

/** One statement's result, as PGlite returns it. */
export interface Results<T = { [column: string]: any }> {
  /** Objects keyed by column name, or arrays with `rowMode: 'array'`. */
  rows: T[];
  fields: Field[];
  /** The command tag's first word: SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, ... (absent for an empty query). */
  command?: string;
  /** Rows inserted, updated or deleted; in `exec()`, summed over the statements so far. */
  affectedRows?: number;
  /** The command tag's count (SELECT, INSERT, UPDATE, DELETE only). */
  rowCount?: number;
}

/** Per-type parsers: `{ [dataTypeID]: (text, dataTypeID) => value }`. */
export interface ParserOptions {
  [pgType: number]: (value: string, typeId: number) => any;
}

export interface QueryOptions {
  rowMode?: 'object' | 'array';
  parsers?: ParserOptions;
}

export interface RehearseOptions {
  /** A fixed clock for now(): a Date, or 'YYYY-MM-DD HH:MM:SS' in UTC. Default: the current time. */
  now?: Date | string;
  /** Parser overrides for every query. */
  parsers?: ParserOptions;
  /** Where the .wasm is, when it is not next to rehearse.js. */
  wasm?: URL | string | Response | BufferSource | WebAssembly.Module;
}

/** The handle `transaction()` passes to its callback. */
export interface Transaction {
  query<T = { [column: string]: any }>(query: string, params?: any[], options?: QueryOptions): Promise<Results<T>>;
  sql<T = { [column: string]: any }>(strings: TemplateStringsArray, ...params: any[]): Promise<Results<T>>;
  exec(query: string, options?: QueryOptions): Promise<Results[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/** An in-memory database with PostgreSQL 18 semantics and PGlite's API. */
export declare class Rehearse {
  constructor(options?: RehearseOptions);
  static create(options?: RehearseOptions): Promise<Rehearse>;
  readonly waitReady: Promise<void>;
  readonly ready: boolean;
  readonly closed: boolean;
  /** One statement with `$1 .. $n` parameters. */
  query<T = { [column: string]: any }>(query: string, params?: any[], options?: QueryOptions): Promise<Results<T>>;
  /** A tagged template: interpolated values become parameters. */
  sql<T = { [column: string]: any }>(strings: TemplateStringsArray, ...params: any[]): Promise<Results<T>>;
  /** Any number of `;`-separated statements, no parameters: one result each. */
  exec(query: string, options?: QueryOptions): Promise<Results[]>;
  transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
export default Rehearse;

/** An error as PostgreSQL raised it (the fields of PGlite's DatabaseError). */
export declare class DatabaseError extends Error {
  name: 'error';
  severity: string | undefined;
  /** SQLSTATE, e.g. '23505'. */
  code: string | undefined;
  detail: string | undefined;
  hint: string | undefined;
  /** 1-based character position in the query (syntax errors and parameters only). */
  position: string | undefined;
  internalPosition: string | undefined;
  internalQuery: string | undefined;
  where: string | undefined;
  schema: string | undefined;
  table: string | undefined;
  column: string | undefined;
  dataType: string | undefined;
  constraint: string | undefined;
  file: string | undefined;
  line: string | undefined;
  routine: string | undefined;
  query: string | undefined;
  params: any[] | undefined;
  queryOptions: QueryOptions | undefined;
}

/** `transaction()` committed a block that a failed statement had aborted: it rolled back. */
export declare class TransactionAbortedError extends DatabaseError {}

/** PGlite's default parsers, by OID. */
export declare const parsers: Readonly<ParserOptions>;

/** OIDs of the types Rehearse models. */
export declare const types: Readonly<{
  BOOL: 16; INT8: 20; INT2: 21; INT4: 23; TEXT: 25; JSON: 114; FLOAT4: 700; FLOAT8: 701;
  BPCHAR: 1042; VARCHAR: 1043; DATE: 1082; TIMESTAMP: 1114; TIMESTAMPTZ: 1184;
  INTERVAL: 1186; NUMERIC: 1700; UUID: 2950; JSONB: 3802;
}>;

export interface RunOptions {
  /** How to read the migration (default 'auto'). */
  kind?: 'auto' | 'alembic' | 'sql';
  /** Run downgrade() after a committed upgrade. */
  downgrade?: boolean;
  /** now() as 'YYYY-MM-DD HH:MM:SS' (UTC); default: the current time. */
  now?: string;
  /** The deployed application's queries (`;`-separated SQL), re-run after each step. */
  old_code?: string;
  /** SQL changed by hand on this environment (schema drift). */
  drift?: string;
  /** What conditions Rehearse cannot evaluate are (an `if` on the project's own
   * helper): each `{condition, value}`, condition as in an InputError's `condition`. */
  assumptions?: Assumption[];
  /** Where the .wasm is, when it is not next to rehearse.js. */
  wasm?: RehearseOptions['wasm'];
}

/** PostgreSQL's error fields as the report carries them. */
export interface PgError {
  sqlstate: string;
  message: string;
  detail: string | null;
  hint: string | null;
}

/** A table in the report: columns, rows (integers as numbers, booleans, null, else text), indexes, constraints. */
export interface TableState {
  name: string;
  columns: { name: string; type: string; nullable: boolean; default: string | null }[];
  rows: (number | boolean | string | null)[][];
  indexes: { name: string; unique: boolean; columns: string[] }[];
  constraints: { name: string; type: string; definition: string }[];
  [key: string]: any;
}

/** One step of the migration (an op call or SQL statement). */
export interface Step {
  op: string;
  line: number;
  column: number;
  sql: string[];
  status: 'ok' | 'error' | 'skipped';
  error: PgError | null;
  lost: { table: string; column: string; cells: number }[];
  failing_rows: { table: string; positions: number[] } | null;
  before: TableState[];
  after: TableState[];
  hazards: { rule: string; severity: 'error' | 'warning' | 'info'; message: string; why: string; fix: string | null; [key: string]: any }[];
  [key: string]: any;
}

/** The report: the JSON contract in the README (`rehearse run --format json`). Fields may be added. */
export interface Report {
  input: 'alembic' | 'sql';
  /** The assumptions the answer rests on (absent when none). */
  assumptions?: Assumption[];
  outcome: 'committed' | 'rolled_back';
  steps: Step[];
  tables: TableState[];
  setup: TableState[];
  [key: string]: any;
}

/** A stated value for a condition Rehearse cannot evaluate; a report lists those it used. */
export interface Assumption {
  condition: string;
  value: boolean;
}

/** Input that cannot be read as a migration. */
export interface InputError {
  source: 'setup' | 'migration' | string;
  line: number;
  column: number;
  message: string;
  /** When the migration stopped at a condition Rehearse cannot evaluate: the condition
   * (its whitespace-normalised text, which an Assumption names, and where it starts). */
  condition?: { text: string; span: { line: number; column: number } };
}

/** Runs `setup` then `migration` on sample data; rejects with an InputError. */
export declare function run(setup: string, migration: string, options?: RunOptions): Promise<Report>;
