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
import { extensions } from './pg_extensions.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { pgError, resetSchema, runOldCode, runScript, runTransaction } from './pg_state.mjs';

const scenariosDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../scenarios');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
async function runCase(db, dir) {
  await resetSchema(db);
  const setupFile = path.join(dir, 'setup.sql');
  if (fs.existsSync(setupFile)) {
    try {
      await runScript(db, fs.readFileSync(setupFile, 'utf8'));
    } catch (e) {
      await db.exec('ROLLBACK'); // only matters if setup.sql left a transaction open
      return { setup_error: pgError(e) };
    }
    // The migration connects anew: a dump's empty search_path is not its.
    await db.exec('RESET search_path');
  }
  // drift.sql: a change made by hand on this environment after the setup.
  const driftFile = path.join(dir, 'drift.sql');
  if (fs.existsSync(driftFile)) {
    try {
      await runScript(db, fs.readFileSync(driftFile, 'utf8'));
    } catch (e) {
      return { setup_error: pgError(e) };
    }
  }
  const alembic = readJson(path.join(dir, 'expected', 'alembic.json'));
  if (alembic.error) return { alembic_error: alembic.error };
  const caseFile = path.join(dir, 'case.json');
  const wantDowngrade = fs.existsSync(caseFile) && readJson(caseFile).downgrade === true;
  // old_code.sql: the deployed application's queries, one per `;`-terminated line.
  const oldCodeFile = path.join(dir, 'old_code.sql');
  const oldCode = fs.existsSync(oldCodeFile)
    ? fs.readFileSync(oldCodeFile, 'utf8').replace(/;[ \t]*--[^\n]*/g, ';') // a traffic annotation after the `;`
        .split(/;\s*(?:\n|$)/).map((q) => q.trim()).filter(Boolean)
    : [];
  const result = {};
  if (oldCode.length) result.old_code_before = await runOldCode(db, oldCode);
  result.upgrade = await runTransaction(db, alembic.upgrade, { analysis: true, oldCode });
  if (wantDowngrade && result.upgrade.outcome === 'committed') {
    result.downgrade = await runTransaction(db, alembic.downgrade ?? []);
  }
  return result;
}

function describe(run) {
  const i = run.steps.findIndex((s) => s.status === 'error');
  if (i >= 0) {
    const s = run.steps[i];
    return `${run.outcome} at step ${i + 1}, line ${s.line} (${s.error.sqlstate}: ${s.error.message})`;
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

// PGlite's pgcrypto fails every digest at random ("Cipher cannot be initialized",
// 22023) in about one instance in three when the other contrib bundles load beside it,
// and did not once in ten runs when it loaded with only the extensions its case names:
// a case calling its digest or cipher functions runs on an instance of its own, so a
// recording does not depend on the draw.
function caseText(dir) {
  return ['setup.sql', 'drift.sql', 'migration.py', 'migration.sql']
    .map((f) => path.join(dir, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}
function ownExtensions(dir) {
  const text = caseText(dir);
  if (!/\b(digest|hmac|crypt|gen_salt|pgp_\w+|encrypt|decrypt)\s*\(/i.test(text)) return null;
  return Object.fromEntries(
    Object.entries(extensions).filter(([name]) => new RegExp(name, 'i').test(text)),
  );
}

const db = await PGlite.create({ extensions });
for (const dir of cases) {
  const own = ownExtensions(dir);
  const caseDb = own ? await PGlite.create({ extensions: own }) : db;
  const result = await runCase(caseDb, dir);
  if (own) await caseDb.close();
  fs.writeFileSync(path.join(dir, 'expected', 'postgres.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(summary(path.basename(path.resolve(dir)), result));
}
await db.close();
