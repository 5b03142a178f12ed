// Replays recorded Alembic steps on real PostgreSQL (PGlite) and records what
// happens, so the Rust engine can be compared against it without Node.
//
//   node tests/oracle/pglite_run.mjs [tests/scenarios/<case> ...]   (default: all)
//
// For each case, on ONE PGlite instance: reset schema public, run setup.sql,
// then run expected/alembic.json's upgrade steps in one transaction (and, if
// case.json says {"downgrade": true} and the upgrade committed, the downgrade
// steps in a second one). Writes expected/postgres.json and prints one
// summary line per case. Statements are sent with db.exec (simple query
// protocol, like psycopg2/psql), so a multi-statement op.execute() works.
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import path from 'node:path';

const scenariosDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../scenarios');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const quoteIdent = (name) => '"' + name.replace(/"/g, '""') + '"';
const pgError = (e) => ({
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
async function snapshot(db) {
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
      `SELECT ${select} FROM ${quoteIdent(t.name)}`, [], { rowMode: 'array' });
    const rows = data.map((r) => r.map((v, i) => convert(v, cols[i].typid)));
    rows.sort((a, b) => {
      const x = JSON.stringify(a), y = JSON.stringify(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const { rows: indexes } = await db.query(`
      SELECT ic.relname AS name, i.indisunique AS "unique",
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
    out.push({
      name: t.name,
      columns: cols.map(({ typid, ...c }) => c),
      rows,
      indexes: indexes.sort(byName),
      constraints: constraints.sort(byName),
    });
  }
  return out.sort(byName);
}

// One transaction: every statement of every step; first error rolls back.
async function runTransaction(db, steps) {
  const out = { outcome: 'committed', steps: [], tables: null };
  let failed = false;
  await db.exec('BEGIN');
  for (const step of steps) {
    if (failed) {
      out.steps.push({ line: step.line, status: 'skipped', error: null, tables_after: null });
      continue;
    }
    try {
      for (const sql of step.sql) await db.exec(sql);
      out.steps.push({ line: step.line, status: 'ok', error: null, tables_after: await snapshot(db) });
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
  return out;
}

async function runCase(db, dir) {
  await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public; SET TimeZone = 'UTC';`);
  const setupFile = path.join(dir, 'setup.sql');
  if (fs.existsSync(setupFile)) {
    try {
      await db.exec(fs.readFileSync(setupFile, 'utf8'));
    } catch (e) {
      await db.exec('ROLLBACK'); // only matters if setup.sql left a transaction open
      return { setup_error: pgError(e) };
    }
  }
  const alembic = readJson(path.join(dir, 'expected', 'alembic.json'));
  if (alembic.error) return { alembic_error: alembic.error };
  const caseFile = path.join(dir, 'case.json');
  const wantDowngrade = fs.existsSync(caseFile) && readJson(caseFile).downgrade === true;
  const result = { upgrade: await runTransaction(db, alembic.upgrade) };
  if (wantDowngrade && result.upgrade.outcome === 'committed') {
    result.downgrade = await runTransaction(db, alembic.downgrade ?? []);
  }
  return result;
}

function describe(run) {
  const i = run.steps.findIndex((s) => s.status === 'error');
  if (i >= 0) {
    const s = run.steps[i];
    return `rolled_back at step ${i + 1}, line ${s.line} (${s.error.sqlstate}: ${s.error.message})`;
  }
  if (run.commit_error) return `rolled_back at COMMIT (${run.commit_error.sqlstate}: ${run.commit_error.message})`;
  return `committed (${run.steps.length} steps)`;
}

function summary(name, r) {
  if (r.setup_error) return `${name}: SETUP ERROR (${r.setup_error.sqlstate}: ${r.setup_error.message})`;
  if (r.alembic_error) return `${name}: ALEMBIC ERROR (${r.alembic_error})`;
  let line = `${name}: ${describe(r.upgrade)}`;
  if (r.downgrade) line += `; downgrade ${describe(r.downgrade)}`;
  return line;
}

const hasMigration = (dir) =>
  fs.existsSync(path.join(dir, 'migration.py')) || fs.existsSync(path.join(dir, 'migration.sql'));
const cases = process.argv.length > 2
  ? process.argv.slice(2)
  : fs.readdirSync(scenariosDir).sort().map((d) => path.join(scenariosDir, d)).filter(hasMigration);

const db = await PGlite.create();
for (const dir of cases) {
  const result = await runCase(db, dir);
  fs.writeFileSync(path.join(dir, 'expected', 'postgres.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(summary(path.basename(path.resolve(dir)), result));
}
await db.close();
