// Replays the real-world corpus's revisions on real PostgreSQL (PGlite), for
// tests/oracle/record-real-world (which passes pairs of arguments):
//
//   node tests/oracle/real_world_run.mjs <project dir> <rendering.json> [...]
//
// For each revision with a "-- Running upgrade ... -> <revision>" marker in the
// project's upgrade.sql, on one PGlite with the contrib extensions loaded: a
// fresh database state, the setup (upgrade.sql up to that marker, then COMMIT),
// then the revision's own steps (rendering.json, from the same Alembic run) in
// one transaction (pg_state.mjs's runTransaction). Writes
// expected/<revision>.json: {revision, file, alembic: {upgrade} | {error},
// postgres: {setup_error} | {outcome, commit_error?, steps: [{line, status,
// error}], changed: [tables whose state differs from before, in snapshot()'s
// shape], dropped: [names]}}. Only changed tables are kept, to keep the corpus
// small. For a few revisions per project (a quarter, half and three quarters of
// the way, the last, and those with sample rows) it also writes dumps/<revision>.sql: the database before
// the revision as pg_dump writes it (pg_dump.mjs on the same setup script, with a
// fixed \restrict key so that a re-recording is identical), the other setup form
// users have. A revision may have sample rows, samples/<revision>.sql (INSERTs
// written for the corpus, so that its data steps run over data): they run at the
// end of the setup, before its COMMIT, and are in the dump too. Prints one summary
// line per project.
import { PGlite } from '@electric-sql/pglite';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensions } from './pg_extensions.mjs';
import { pgError, runTransaction, snapshot } from './pg_state.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

// What `pg_dump` prints for the database `setup` builds (pg_dump.mjs, a fresh PGlite).
function dump(setup) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-real-world-'));
  try {
    fs.writeFileSync(path.join(dir, 'setup.sql'), setup);
    return execFileSync('node', [path.join(here, 'pg_dump.mjs'), path.join(dir, 'setup.sql'),
      '--restrict-key=rehearse'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

// The marker Alembic writes before each revision: "-- Running upgrade A, B -> C, message".
export function revisionMarkers(script) {
  const markers = [];
  const re = /^-- Running upgrade (.*?) -> ([^,\s]+)(?:,|$)/gm;
  for (let m; (m = re.exec(script));) markers.push({ revision: m[2], offset: m.index });
  return markers;
}

// Back to a fresh database: no schema but public, which is empty.
async function freshState(db) {
  const { rows } = await db.query(`SELECT nspname FROM pg_namespace
    WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`);
  for (const { nspname } of rows) {
    await db.exec(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`);
  }
  await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public; SET TimeZone = 'UTC';`);
}

async function replay(db, setup, alembic, dumpFile) {
  await freshState(db);
  try {
    await db.exec(setup);
  } catch (e) {
    await db.exec('ROLLBACK');
    return { setup_error: pgError(e) };
  }
  if (dumpFile) fs.writeFileSync(dumpFile, dump(setup));
  if (alembic.error) return { alembic_error: alembic.error };
  const before = new Map((await snapshot(db)).map((t) => [t.name, JSON.stringify(t)]));
  const run = await runTransaction(db, alembic.upgrade);
  const after = run.tables;
  const out = {
    outcome: run.outcome,
    steps: run.steps.map(({ line, status, error }) => ({ line, status, error })),
    changed: after.filter((t) => before.get(t.name) !== JSON.stringify(t)),
    dropped: [...before.keys()].filter((n) => !after.some((t) => t.name === n)).sort(),
  };
  if (run.commit_error) out.commit_error = run.commit_error;
  return out;
}

async function recordProject(db, dir, renderingFile) {
  const script = fs.readFileSync(path.join(dir, 'upgrade.sql'), 'utf8');
  const rendering = JSON.parse(fs.readFileSync(renderingFile, 'utf8'));
  const expected = path.join(dir, 'expected');
  fs.rmSync(expected, { recursive: true, force: true });
  fs.mkdirSync(expected);
  const dumps = path.join(dir, 'dumps');
  fs.rmSync(dumps, { recursive: true, force: true });
  fs.mkdirSync(dumps);
  const counts = { revisions: 0, setup_error: 0, committed: 0, failed: 0, alembic_error: 0 };
  const markers = revisionMarkers(script);
  const n = markers.length;
  const dumped = new Set([Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n - 1]);
  for (const [i, { revision, offset }] of markers.entries()) {
    const { file = null, alembic = { error: 'no rendering recorded' } } = rendering[revision] ?? {};
    const sampleFile = path.join(dir, 'samples', `${revision}.sql`);
    const sample = fs.existsSync(sampleFile) ? fs.readFileSync(sampleFile, 'utf8') : '';
    // A dump with rows exercises COPY ... FROM stdin: every revision with samples has one.
    const dumpFile = dumped.has(i) || sample ? path.join(dumps, `${revision}.sql`) : null;
    const postgres = await replay(db, script.slice(0, offset) + sample + 'COMMIT;\n', alembic, dumpFile);
    const record = { revision, file, alembic, postgres };
    fs.writeFileSync(path.join(expected, `${revision}.json`), JSON.stringify(record, null, 1) + '\n');
    counts.revisions += 1;
    if (postgres.setup_error) counts.setup_error += 1;
    else if (postgres.alembic_error) counts.alembic_error += 1;
    else if (postgres.outcome === 'committed') counts.committed += 1;
    else counts.failed += 1;
  }
  const files = fs.readdirSync(path.join(dir, 'versions')).filter((f) => f.endsWith('.py')).length;
  const missing = files - counts.revisions;
  console.log(`${path.basename(dir)}: ${counts.revisions} revisions recorded (${counts.committed} committed, `
    + `${counts.failed} rolled back, ${counts.setup_error} setup errors, ${counts.alembic_error} Alembic errors`
    + `${missing ? `, ${missing} files never reached` : ''})`);
}

const args = process.argv.slice(2);
const db = await PGlite.create({ extensions });
for (let i = 0; i + 1 < args.length; i += 2) await recordProject(db, args[i], args[i + 1]);
await db.close();
