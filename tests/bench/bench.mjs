// Benchmarks: the Rehearse core (wasm, in Node) against PGlite (real PostgreSQL, in
// Node) on the same scenarios, one machine, one run. Prints a table; never asserts.
//
//   cargo xtask bench            (builds the wasm for Node and the CLI, then runs this)
//   node tests/bench/bench.mjs [--quick] [--cli target/cli/rehearse]
//
// Scenarios: every lesson (the recorded Alembic SQL for PGlite, the lesson itself for
// Rehearse), and generated tables of 10k and 100k rows with migrations that add, drop
// and rename columns, backfill, change a type, add a constraint and build an index.
// Times: cold start (loading the engine: the wasm module / PGlite.create), run (setup +
// migration), and first verdict (cold start + run), in milliseconds; best of 3 runs for
// the run time. With --cli, the native CLI too (`cargo build --profile cli -p
// rehearse-cli`): `rehearse run --format json` (setup, migration and the JSON report,
// written to /dev/null), its wall time including the process start, and its peak
// resident memory as GNU time reports it (when /usr/bin/time is there).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import os from 'node:os';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const quick = process.argv.includes('--quick');
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt > 0 ? path.resolve(process.argv[cliAt + 1]) : null;
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const scratch = cli ? fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-')) : null;
const require = createRequire(import.meta.url);
const now = '2026-01-01 12:00:00';

const t0 = performance.now();
const rehearse = require(path.join(root, 'tests/differential/pkg/rehearse_wasm.js'));
rehearse.run('', 'SELECT 1;', { kind: 'sql', now }); // instantiate fully
const rehearseCold = performance.now() - t0;
const { PGlite } = await import(path.join(root, 'tests/oracle/node_modules/@electric-sql/pglite/dist/index.js'));

async function pgliteCold() {
  const t = performance.now();
  const db = await PGlite.create();
  return [db, performance.now() - t];
}

function generated(rows) {
  const lines = ['CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int, price numeric(10,2), created timestamp);'];
  for (let start = 0; start < rows; start += 1000) {
    const values = [];
    for (let i = start; i < Math.min(rows, start + 1000); i++) {
      values.push(`(${i + 1}, 'item ${i}', ${i % 97}, ${(i % 1000) / 10}, '2024-01-01 00:00:00')`);
    }
    lines.push(`INSERT INTO items VALUES ${values.join(', ')};`);
  }
  return lines.join('\n');
}

const migrations = {
  'add nullable column': 'ALTER TABLE items ADD COLUMN note text;',
  'add NOT NULL with default': "ALTER TABLE items ADD COLUMN status text NOT NULL DEFAULT 'new';",
  'backfill (UPDATE)': 'ALTER TABLE items ADD COLUMN label text;\nUPDATE items SET label = name;',
  'change a type (rewrite)': 'ALTER TABLE items ALTER COLUMN qty TYPE bigint;',
  'add CHECK constraint': 'ALTER TABLE items ADD CONSTRAINT items_qty_check CHECK (qty >= 0);',
  'rename + drop columns': 'ALTER TABLE items RENAME COLUMN name TO title;\nALTER TABLE items DROP COLUMN price;',
  'build an index': 'CREATE INDEX items_qty_idx ON items (qty);',
};

const scenarios = [];
for (const dir of fs.readdirSync(path.join(root, 'lessons')).sort()) {
  const base = path.join(root, 'lessons', dir);
  const file = fs.existsSync(path.join(base, 'migration.py')) ? 'migration.py' : 'migration.sql';
  const rendered = JSON.parse(fs.readFileSync(path.join(base, 'expected/alembic.json'), 'utf8'));
  scenarios.push({
    name: `lesson ${dir}`, rows: null,
    setup: fs.readFileSync(path.join(base, 'setup.sql'), 'utf8'),
    drift: fs.existsSync(path.join(base, 'drift.sql')) ? fs.readFileSync(path.join(base, 'drift.sql'), 'utf8') : '',
    migration: fs.readFileSync(path.join(base, file), 'utf8'),
    kind: file.endsWith('.py') ? 'alembic' : 'sql',
    pgSteps: (rendered.upgrade ?? []).map((s) => s.sql),
  });
}
for (const rows of quick ? [10000] : [10000, 100000]) {
  const setup = generated(rows);
  for (const [name, migration] of Object.entries(migrations)) {
    scenarios.push({ name, rows, setup, drift: '', migration, kind: 'sql', pgSteps: migration.split(/;\n?/).filter(Boolean).map((s) => [s]) });
  }
}

function timeRehearse(s) {
  const t = performance.now();
  const report = rehearse.run(s.setup, s.migration, { kind: s.kind, now, drift: s.drift });
  return [performance.now() - t, report.outcome];
}

// The CLI on the scenario's files: [ms, outcome, peak MB or null].
function timeCli(s) {
  if (!s.files) {
    const dir = fs.mkdtempSync(path.join(scratch, 'case-'));
    const ext = s.kind === 'alembic' ? 'py' : 'sql';
    s.files = { setup: path.join(dir, 'setup.sql'), migration: path.join(dir, `migration.${ext}`), drift: s.drift ? path.join(dir, 'drift.sql') : null };
    fs.writeFileSync(s.files.setup, s.setup);
    fs.writeFileSync(s.files.migration, s.migration);
    if (s.drift) fs.writeFileSync(s.files.drift, s.drift);
  }
  const args = ['run', '--setup', s.files.setup, s.files.migration, '--format', 'json'];
  if (s.files.drift) args.push('--drift', s.files.drift);
  const [command, argv] = gnuTime ? [gnuTime, ['-f', '%M', cli, ...args]] : [cli, args];
  const t = performance.now();
  const out = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  const outcome = out.status === 0 ? 'committed' : out.status === 1 ? 'rolled_back' : `exit ${out.status}`;
  const kb = gnuTime ? Number(String(out.stderr).trim().split('\n').pop()) : NaN;
  return [ms, outcome, Number.isFinite(kb) ? kb / 1024 : null];
}

async function timePglite(db, s) {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  const t = performance.now();
  await db.exec(s.setup);
  if (s.drift) await db.exec(s.drift);
  let outcome = 'committed';
  await db.exec('BEGIN');
  try {
    for (const step of s.pgSteps) for (const sql of step) await db.exec(sql);
    await db.exec('COMMIT');
  } catch {
    outcome = 'rolled_back';
    await db.exec('ROLLBACK');
  }
  return [performance.now() - t, outcome];
}

const [db, pgCold] = await pgliteCold();
const rowsOut = [];
for (const s of scenarios) {
  let rBest = Infinity, pBest = Infinity, cBest = Infinity, cPeak = null, rOut, pOut, cOut;
  for (let i = 0; i < (s.rows && s.rows >= 100000 ? 1 : 3); i++) {
    const [rt, ro] = timeRehearse(s);
    const [pt, po] = await timePglite(db, s);
    rBest = Math.min(rBest, rt); pBest = Math.min(pBest, pt); rOut = ro; pOut = po;
    if (cli) {
      const [ct, co, peak] = timeCli(s);
      cBest = Math.min(cBest, ct); cOut = co;
      if (peak !== null) cPeak = Math.max(cPeak ?? 0, peak);
    }
  }
  rowsOut.push({ s, rBest, pBest, cBest, cPeak, agree: rOut === pOut && (!cli || cOut === pOut) });
}
await db.close();
if (scratch) fs.rmSync(scratch, { recursive: true, force: true });

const fmt = (ms) => ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
const lines = [];
lines.push(`Rehearse core (wasm) vs PGlite ${JSON.parse(fs.readFileSync(path.join(root, 'tests/oracle/node_modules/@electric-sql/pglite/package.json'), 'utf8')).version} in Node ${process.version}; ms; run = setup + migration (best of 3; 1 at 100k rows)`);
lines.push('');
lines.push(`cold start: Rehearse ${fmt(rehearseCold)} ms, PGlite ${fmt(pgCold)} ms`);
lines.push('');
if (cli) {
  lines.push('CLI = the native `rehearse run --format json` (release build): wall time including the process start and the JSON report; peak = its peak resident memory (MB).');
  lines.push('');
}
const cliHead = cli ? ' CLI run | CLI peak MB | CLI vs PGlite run |' : '';
const cliRule = cli ? '---:|---:|---|' : '';
lines.push(`| scenario | rows | Rehearse run | PGlite run |${cliHead} Rehearse first verdict | PGlite first verdict | faster | same outcome |`);
lines.push(`|---|---:|---:|---:|${cliRule}---:|---:|---|---|`);
const ratio = (a, b) => `${a <= b ? 'Rehearse' : 'PGlite'} (${(Math.max(a, b) / Math.min(a, b)).toFixed(1)}×)`;
for (const { s, rBest, pBest, cBest, cPeak, agree } of rowsOut) {
  const rFirst = rehearseCold + rBest, pFirst = pgCold + pBest;
  const cliCells = cli ? ` ${fmt(cBest)} | ${cPeak === null ? '' : cPeak.toFixed(0)} | ${ratio(cBest, pBest)} |` : '';
  lines.push(`| ${s.name} | ${s.rows ?? ''} | ${fmt(rBest)} | ${fmt(pBest)} |${cliCells} ${fmt(rFirst)} | ${fmt(pFirst)} | ${ratio(rFirst, pFirst)} | ${agree ? 'yes' : 'NO'} |`);
}
console.log(lines.join('\n'));
