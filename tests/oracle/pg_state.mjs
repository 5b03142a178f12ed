// What PostgreSQL (PGlite) holds and how a migration runs on it, shared by the
// recorder (pglite_run.mjs) and the random differential tester
// (tests/differential/generate.mjs), so both see PostgreSQL the same way.
//
//   import { resetSchema, snapshot, runTransaction, pgError } from './pg_state.mjs';
//
// snapshot(db): every ordinary table in schema public with columns
// (format_type, nullable, pg_get_expr default), rows (sorted, integers and
// booleans as JSON, the rest as text output), indexes and constraints.
// runTransaction(db, steps): steps = [{line, sql: [...]}], all in one
// transaction like Alembic; the first error rolls back and skips the rest.

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

// A relation's comments (COMMENT ON TABLE / VIEW / COLUMN) as state fields, only when
// present, so the state of a case without comments is unchanged.
async function comments(db, oid) {
  const { rows: [{ comment }] } = await db.query(
    `SELECT obj_description($1, 'pg_class') AS comment`, [oid]);
  const { rows: columns } = await db.query(`
    SELECT a.attname AS name, col_description(a.attrelid, a.attnum) AS text
    FROM pg_attribute a WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      AND col_description(a.attrelid, a.attnum) IS NOT NULL`, [oid]);
  return {
    ...(comment != null ? { comment } : {}),
    ...(columns.length
      ? { column_comments: Object.fromEntries(columns.sort(byName).map((c) => [c.name, c.text])) }
      : {}),
  };
}
const quoteIdent = (name) => '"' + name.replace(/"/g, '""') + '"';
export const pgError = (e) => ({
  sqlstate: e.code ?? null, message: e.message, detail: e.detail ?? null, hint: e.hint ?? null,
});

const INT_TYPES = new Set([20, 21, 23]); // int8, int2, int4
const BOOL_TYPE = 16;

function convert(text, typid) {
  if (text === null) return null;
  if (INT_TYPES.has(typid)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : text; // keep huge int8 exact, as a string
  }
  if (typid === BOOL_TYPE) return text === 'true';
  return text;
}

// All ordinary tables in schema public: columns, rows, indexes, constraints.
export async function snapshot(db) {
  const { rows: tables } = await db.query(`
    SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'`);
  const out = [];
  for (const t of tables) {
    const { rows: cols } = await db.query(`
      SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS "default",
             a.atttypid::int AS typid
      FROM pg_attribute a
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`, [t.oid]);
    const select = cols.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
    const { rows: data } = await db.query(
      `SELECT ${select} FROM public.${quoteIdent(t.name)}`, [], { rowMode: 'array' });
    const rows = data.map((r) => r.map((v, i) => convert(v, cols[i].typid)));
    rows.sort((a, b) => {
      const x = JSON.stringify(a), y = JSON.stringify(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const { rows: indexes } = await db.query(`
      SELECT ic.relname AS name, i.indisunique AS "unique", i.indisvalid AS valid,
        ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0
                          THEN pg_get_indexdef(i.indexrelid, k, true)
                          ELSE (SELECT a.attname::text FROM pg_attribute a
                                WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
              FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS columns
      FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = $1`, [t.oid]);
    const { rows: constraints } = await db.query(`
      SELECT conname AS name, contype::text AS type, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE conrelid = $1 AND contype IN ('p', 'u', 'f', 'c')`, [t.oid]);
    // Triggers (user ones): only when the table has some, so other cases' state is
    // unchanged. Events in pg_get_triggerdef's order; tgtype bits from trigger.h.
    const { rows: triggers } = await db.query(`
      SELECT t.tgname AS name,
        CASE WHEN t.tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END AS timing,
        array_to_string(ARRAY[CASE WHEN t.tgtype & 4 = 4 THEN 'INSERT' END,
          CASE WHEN t.tgtype & 8 = 8 THEN 'DELETE' END,
          CASE WHEN t.tgtype & 16 = 16 THEN 'UPDATE' END], ' OR ') AS events,
        p.proname AS function, t.tgenabled <> 'D' AS enabled
      FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE t.tgrelid = $1 AND NOT t.tgisinternal`, [t.oid]);
    const commented = await comments(db, t.oid);
    out.push({
      name: t.name,
      columns: cols.map(({ typid, ...c }) => c),
      rows,
      // `valid` only for an INVALID index (a failed CREATE INDEX CONCURRENTLY).
      indexes: indexes.map(({ valid, ...i }) => (valid ? i : { ...i, valid })).sort(byName),
      constraints: constraints.sort(byName),
      ...(triggers.length ? { triggers: triggers.sort(byName) } : {}),
      ...commented,
    });
  }
  out.push(...(await views(db)));
  return out.sort(byName);
}

// Views and materialized views of schema public, shaped like tables with `view`
// ('view' | 'materialized view'): columns (a view's are all nullable, with no
// default); a populated materialized view's rows (a plain view's rows are not shown);
// a materialized view's indexes; comments on the view and its columns when present.
async function views(db) {
  const { rows: rels } = await db.query(`
    SELECT c.oid::int AS oid, c.relname AS name, c.relkind::text AS kind,
           c.relispopulated AS populated FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')`);
  const out = [];
  for (const v of rels) {
    const { rows: cols } = await db.query(`
      SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable, NULL::text AS "default", a.atttypid::int AS typid
      FROM pg_attribute a WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`, [v.oid]);
    let rows = [];
    if (v.kind === 'm' && v.populated) {
      const select = cols.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
      const { rows: data } = await db.query(
        `SELECT ${select} FROM public.${quoteIdent(v.name)}`, [], { rowMode: 'array' });
      rows = data.map((r) => r.map((x, i) => convert(x, cols[i].typid)));
      rows.sort((a, b) => {
        const x = JSON.stringify(a), y = JSON.stringify(b);
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
    const { rows: indexes } = await db.query(`
      SELECT ic.relname AS name, i.indisunique AS "unique" FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = $1`, [v.oid]);
    const commented = await comments(db, v.oid);
    out.push({
      name: v.name,
      columns: cols.map(({ typid, ...c }) => c),
      rows,
      indexes: indexes.sort(byName),
      constraints: [],
      view: v.kind === 'm' ? 'materialized view' : 'view',
      ...commented,
    });
  }
  return out;
}

// PostgreSQL's lock modes, weakest first (lock.h), as the report names them.
const LOCK_MODES = ['AccessShareLock', 'RowShareLock', 'RowExclusiveLock',
  'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock',
  'AccessExclusiveLock'];
const LOCK_NAMES = ['ACCESS SHARE', 'ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE',
  'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'];

// Ordinary tables of schema public: oid -> {name, relfilenode}.
async function tableFiles(db) {
  const { rows } = await db.query(`SELECT c.oid::int AS oid, c.relname AS name,
      c.relfilenode::int AS file FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'`);
  return new Map(rows.map((r) => [r.oid, r]));
}

// The strongest lock this session holds on each of `oids` (tables that existed when
// the transaction began), under the table's current name: [{table, mode}] by name.
async function heldLocks(db, oids) {
  const { rows } = await db.query(`SELECT c.relname AS name, l.mode FROM pg_locks l
    JOIN pg_class c ON c.oid = l.relation
    WHERE l.locktype = 'relation' AND l.pid = pg_backend_pid() AND l.granted
      AND c.relkind = 'r' AND c.oid = ANY($1::oid[])`, [oids]);
  const best = new Map();
  for (const r of rows) {
    const level = LOCK_MODES.indexOf(r.mode);
    if (level > (best.get(r.name) ?? -1)) best.set(r.name, level);
  }
  return [...best.keys()].sort().map((table) => ({ table, mode: LOCK_NAMES[best.get(table)] }));
}

// One transaction: every statement of every step; first error rolls back.
// With `analysis`, each ok step also records `old_code` (the `oldCode` queries'
// errors, see runOldCode), `held` (the strongest lock held on each
// table that existed at BEGIN, from pg_locks) and `rewritten` (tables whose storage
// file changed during the step: a rewrite, or TRUNCATE). ACCESS SHARE in `held` is
// not the migration's alone: snapshot() reads every table inside the transaction.
// The deployed code's queries, each run and undone (inside a savepoint, or its own
// transaction when none is open): [{query, error}].
export async function runOldCode(db, queries) {
  const out = [];
  for (const query of queries) {
    let error = null;
    let inBlock = true;
    try {
      await db.exec('SAVEPOINT rehearse_old_code');
    } catch {
      inBlock = false;
      await db.exec('BEGIN');
    }
    try {
      await db.exec(query);
    } catch (e) {
      error = pgError(e);
    }
    await db.exec(inBlock ? 'ROLLBACK TO SAVEPOINT rehearse_old_code' : 'ROLLBACK');
    out.push({ query, error });
  }
  return out;
}

export async function runTransaction(db, steps, { analysis = false, oldCode = [] } = {}) {
  const out = { outcome: 'committed', steps: [], tables: null };
  let failed = false;
  // A failure after a COMMIT the migration wrote (an autocommit block) keeps what that
  // COMMIT made durable: the outcome is then `partial`, told by the state itself.
  const start = JSON.stringify(await snapshot(db));
  await db.exec('BEGIN');
  const initial = analysis ? [...(await tableFiles(db)).keys()] : [];
  for (const step of steps) {
    if (failed) {
      out.steps.push({ line: step.line, status: 'skipped', error: null, tables_after: null });
      continue;
    }
    try {
      const filesBefore = analysis ? await tableFiles(db) : null;
      for (const sql of step.sql) await db.exec(sql);
      const done = { line: step.line, status: 'ok', error: null, tables_after: await snapshot(db) };
      if (analysis) {
        const filesAfter = await tableFiles(db);
        done.held = await heldLocks(db, initial);
        done.rewritten = [...filesBefore].filter(([oid, f]) => filesAfter.has(oid)
          && filesAfter.get(oid).file !== f.file).map(([oid]) => filesAfter.get(oid).name).sort();
        if (oldCode.length) done.old_code = await runOldCode(db, oldCode);
      }
      out.steps.push(done);
    } catch (e) {
      out.steps.push({ line: step.line, status: 'error', error: pgError(e), tables_after: null });
      failed = true;
      out.outcome = 'rolled_back';
      await db.exec('ROLLBACK');
    }
  }
  if (!failed) {
    try {
      await db.exec('COMMIT');
    } catch (e) { // e.g. a deferred constraint; not part of any step
      out.outcome = 'rolled_back';
      out.commit_error = pgError(e);
      await db.exec('ROLLBACK');
    }
  }
  out.tables = await snapshot(db);
  if (out.outcome === 'rolled_back' && JSON.stringify(out.tables) !== start) out.outcome = 'partial';
  return out;
}

// A fresh, empty schema public, as every case starts from (the extensions created
// in it go with it), and the default search_path (a pg_dump setup empties it).
export async function resetSchema(db) {
  // RESET ALL first: a case's settings (a dump's `check_function_bodies = false`) must
  // not carry into the next case.
  await db.exec(`RESET ALL; DROP SCHEMA public CASCADE; CREATE SCHEMA public; SET TimeZone = 'UTC';`);
}

// Runs a script as psql does: SQL through the simple query protocol, pg_dump's
// `\restrict` / `\unrestrict` lines skipped (they only guard psql itself), and each
// `COPY ... FROM stdin;` line fed the data lines after it, up to `\.` (PGlite takes
// COPY data as a blob). Rehearse's splitter reads the same lines the same way
// (crates/rehearse-engine/src/sql/psql.rs).
export async function runScript(db, sql) {
  const lines = sql.split(/(?<=\n)/);
  let chunk = '';
  const flush = async () => {
    if (chunk.trim()) await db.exec(chunk);
    chunk = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.replace(/\r?\n$/, '');
    const meta = text.trimStart().match(/^\\(\w*)/);
    if (meta) {
      if (meta[1] !== 'restrict' && meta[1] !== 'unrestrict') throw new Error(`psql meta-command \\${meta[1]} in a script`);
      chunk += '\n';
      continue;
    }
    const lower = text.trim().toLowerCase();
    if (lower.startsWith('copy ') && lower.endsWith(' from stdin;')) {
      await flush();
      let data = '';
      for (i++; i < lines.length; i++) {
        const row = lines[i].replace(/\r?\n$/, '');
        if (row === '\\.') break;
        data += row + '\n';
      }
      const copy = text.trim().replace(/from stdin;$/i, "FROM '/dev/blob'");
      await db.query(copy, [], { blob: new Blob([data]) });
      continue;
    }
    chunk += line;
  }
  await flush();
}
