// Measures what each cost class of a migration step takes on real PostgreSQL, fits
// a per-row and per-byte cost per class with its error band, and writes
//   tests/calibration/costs.json   (embedded by rehearse-core's estimator)
//   docs/calibration.svg           (estimate band vs measured points, log-scale rows)
//   docs/calibration.md            (the table, the plot, the method)
//
// Two engines: native PostgreSQL 15 (/usr/lib/postgresql/15/bin: initdb + pg_ctl on a
// temporary directory and a loopback port, started and stopped here, statements sent
// with psql and timed with `\timing`), which the estimate models; and PGlite (wasm,
// tests/oracle/node_modules), measured the same way at one width for the wasm/native
// factor the page states. Run by `cargo xtask calibrate` (never by `cargo xtask test`:
// it takes minutes and its numbers depend on the machine).
//
//   node tests/calibration/measure.mjs [--reps N] [--rows 10000,100000,1000000]
//        [--no-pglite] [--out DIR] [--only CLASS,...]
//
// `--only`: measure just these classes, keeping every other class's points from the
// committed costs.json and pglite-points.json (all classes are fitted again).
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const REPS = Number(opt('--reps', '3'));
const ROWS = opt('--rows', '10000,100000,1000000').split(',').map(Number);
const PGLITE_REPS = Number(opt('--pglite-reps', '2'));
const OUT = opt('--out', root);
const WITH_PGLITE = !args.includes('--no-pglite');
const ONLY = opt('--only', null)?.split(',') ?? null;
const PG_BIN = '/usr/lib/postgresql/15/bin';

// Two row widths (the filler text's length), so that a per-byte cost can be told from
// a per-row one. PGlite is measured at the narrow one only.
const WIDTHS = [20, 400];

// Each class: the statement timed, on a fresh table `t` of N rows made by `setup`.
// `kind` is the report's CostKind it calibrates (crates/rehearse-core/src/analysis/cost.rs).
const CLASSES = [
  { class: 'catalog', kind: 'catalog', constant: true, label: 'ADD COLUMN (nullable)', sql: 'ALTER TABLE t ADD COLUMN x int' },
  { class: 'add_column_rewrite', kind: 'rewrite', label: 'ADD COLUMN ... DEFAULT random()', sql: 'ALTER TABLE t ADD COLUMN x double precision DEFAULT random()' },
  { class: 'type_change_rewrite', kind: 'rewrite', label: 'ALTER COLUMN a TYPE bigint', sql: 'ALTER TABLE t ALTER COLUMN a TYPE bigint' },
  { class: 'set_not_null_scan', kind: 'scan', label: 'SET NOT NULL', sql: 'ALTER TABLE t ALTER COLUMN a SET NOT NULL' },
  { class: 'check_scan', kind: 'scan', label: 'ADD CONSTRAINT ... CHECK', sql: 'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a >= 0)' },
  { class: 'create_index', kind: 'scan', label: 'CREATE INDEX', sql: 'CREATE INDEX t_a_idx ON t (a)' },
  { class: 'update', kind: 'write', label: 'UPDATE (every row)', sql: 'UPDATE t SET a = a + 1' },
  { class: 'insert', kind: 'write', label: 'INSERT ... SELECT', sql: "INSERT INTO t SELECT g + 100000000, g % 1000, repeat('y', W), now() FROM generate_series(1, N) g" },
  { class: 'delete', kind: 'write', label: 'DELETE (every row)', sql: 'DELETE FROM t' },
  { class: 'truncate', kind: 'truncate', label: 'TRUNCATE', sql: 'TRUNCATE t' },
  // A foreign key's validation: PostgreSQL checks every row of t with one anti-join
  // against the referenced table p (RI_Initial_Check), the same query for ADD FOREIGN
  // KEY and for VALIDATE CONSTRAINT of one added NOT VALID; both are timed. Its cost
  // grows with both tables, so p is measured at 1000 rows and at as many rows as t,
  // and the fit has a per-referenced-row term.
  { class: 'foreign_key_scan', kind: 'scan', label: 'ADD FOREIGN KEY / VALIDATE', referenced: true,
    sql: 'ALTER TABLE t ADD CONSTRAINT t_a_fk FOREIGN KEY (a) REFERENCES p (id)',
    variants: [
      { sql: 'ALTER TABLE t ADD CONSTRAINT t_a_fk FOREIGN KEY (a) REFERENCES p (id)' },
      { prepare: 'ALTER TABLE t ADD CONSTRAINT t_a_fk FOREIGN KEY (a) REFERENCES p (id) NOT VALID',
        sql: 'ALTER TABLE t VALIDATE CONSTRAINT t_a_fk' },
    ] },
];
// The referenced table's sizes measured for a class with `referenced`: a fixed small
// one, and as many rows as the referencing table (t.a takes 1000 values, all in p).
const REFERENCED = (n) => [1000, n];

// One timing's table: t of n rows with a filler of w characters, and for a class with
// a foreign key the referenced table p of m rows; `prepare` runs untimed after.
const setup = (n, w, m, prepare) => [
  'DROP TABLE IF EXISTS t',
  'DROP TABLE IF EXISTS p',
  'CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c timestamptz)',
  `INSERT INTO t SELECT g, g % 1000, repeat('x', ${w}), now() FROM generate_series(1, ${n}) g`,
  'VACUUM ANALYZE t',
  ...(m === undefined ? [] : [
    'CREATE TABLE p (id int PRIMARY KEY, name text)',
    `INSERT INTO p SELECT g, 'p' || g FROM generate_series(0, ${m - 1}) g`,
    'VACUUM ANALYZE p',
  ]),
  ...(prepare ? [prepare] : []),
];
const statement = (sql, n, w) => sql.replaceAll('W', String(w)).replaceAll(', N)', `, ${n})`);

// Every timing of class c at n rows and width w: { sql, prepare, m } (m: p's rows).
const timings = (c, n) => c.referenced
  ? REFERENCED(n).flatMap((m) => c.variants.map((v) => ({ ...v, m })))
  : [{ sql: c.sql }];

// ---------------------------------------------------------------- native PostgreSQL
function startNative() {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-calibrate-'));
  chmodSync(dir, 0o777);
  const asPg = process.getuid && process.getuid() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (cmd, a) => execFileSync(asPg[0] ?? cmd, asPg.length ? [...asPg.slice(1), cmd, ...a] : a, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run(join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = String(20000 + Math.floor(Math.random() * 20000));
  run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'log'), '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=128MB -c max_wal_size=4GB`, 'start']);
  const psql = (sql) => {
    const r = spawnSync('psql', ['-X', '-q', '-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-d', 'postgres',
      '-v', 'ON_ERROR_STOP=1', '-At', '-f', '-'], { input: sql, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
    return r.stdout;
  };
  const version = psql('SELECT version()').trim();
  const stop = () => {
    try { run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
  return {
    version,
    stop,
    // The table's heap bytes per row after setup, then the statement's time.
    async measure(t, n, w) {
      psql(setup(n, w, t.m, t.prepare).join(';\n') + ';\nCHECKPOINT;');
      const bytes = Number(psql("SELECT pg_relation_size('t')").trim());
      const out = psql(`\\timing on\n${statement(t.sql, n, w)};\n`);
      const m = [...out.matchAll(/Time: ([0-9.]+) ms/g)].pop();
      if (!m) throw new Error(`no timing in ${out}`);
      return { ms: Number(m[1]), bytes };
    },
  };
}

// ---------------------------------------------------------------- PGlite
async function startPglite() {
  const require = createRequire(join(root, 'tests', 'oracle', 'package.json'));
  const { PGlite } = await import(require.resolve('@electric-sql/pglite'));
  const pkg = JSON.parse(readFileSync(join(root, 'tests', 'oracle', 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'));
  let db = await PGlite.create();
  const version = (await db.query('SELECT version() AS v')).rows[0].v + ` (PGlite ${pkg.version}, wasm)`;
  return {
    version,
    stop: () => db.close(),
    async measure(t, n, w) {
      for (const s of setup(n, w, t.m, t.prepare)) await db.exec(s);
      const bytes = Number((await db.query("SELECT pg_relation_size('t') AS b")).rows[0].b);
      const t0 = performance.now();
      await db.exec(statement(t.sql, n, w));
      return { ms: performance.now() - t0, bytes };
    },
  };
}

// ---------------------------------------------------------------- fitting
// time_ms = fixed_ms + per_row_us * rows / 1000 + per_kb_us * bytes / 1024 / 1000, fitted
// (+ per_ref_row_us * ref_rows / 1000 for a foreign key's validation, ref_rows the
// referenced table's rows) by least squares on the relative error (each point's
// residual divided by its time, so 10k-row points weigh as much as 1M-row ones), with
// no negative coefficient (a negative one is dropped and the rest refitted). The band
// is the smallest and largest ratio measured/fitted over all points of the class.
function fit(points, useBytes, constant = false, referenced = false) {
  let terms = constant ? [0] : useBytes ? [0, 1, 2] : [0, 1];
  if (referenced) terms = [...terms, 3];
  const feature = (p) => [1, p.rows / 1000, p.bytes / 1024 / 1000, (p.ref_rows ?? 0) / 1000];
  for (;;) {
    const k = terms.length;
    const A = Array.from({ length: k }, () => new Array(k).fill(0));
    const b = new Array(k).fill(0);
    for (const p of points) {
      const f = feature(p);
      const wgt = 1 / (p.ms * p.ms);
      for (let i = 0; i < k; i++) {
        b[i] += wgt * f[terms[i]] * p.ms;
        for (let j = 0; j < k; j++) A[i][j] += wgt * f[terms[i]] * f[terms[j]];
      }
    }
    const x = solve(A, b);
    const neg = x.findIndex((v) => !(v >= 0));
    const coef = [0, 0, 0, 0];
    if (neg < 0 || terms.length === 1) {
      terms.forEach((t, i) => (coef[t] = Math.max(0, x[i])));
      const model = { fixed_ms: coef[0], per_row_us: coef[1], per_kb_us: coef[2], per_ref_row_us: coef[3] };
      const ratios = points.map((p) => p.ms / predict(model, p));
      return { ...model, low_factor: Math.min(...ratios), high_factor: Math.max(...ratios) };
    }
    terms = terms.filter((_, i) => i !== neg);
  }
}
const predict = (m, p) => m.fixed_ms + (m.per_row_us * p.rows) / 1000 + (m.per_kb_us * p.bytes) / 1024 / 1000
  + ((m.per_ref_row_us ?? 0) * (p.ref_rows ?? 0)) / 1000;
function solve(A, b) {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    if (Math.abs(M[c][c]) < 1e-300) return new Array(n).fill(-1);
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((r, i) => r[n] / M[i][i]);
}

// ---------------------------------------------------------------- run
async function measureAll(engine, widths, reps, label) {
  const points = [];
  for (const c of CLASSES.filter((c) => !ONLY || ONLY.includes(c.class))) {
    for (const n of ROWS) {
      for (const w of widths) {
        for (const t of timings(c, n)) {
          for (let r = 0; r < reps; r++) {
            const { ms, bytes } = await engine.measure(t, n, w);
            const ref = t.m === undefined ? {} : { ref_rows: t.m };
            points.push({ class: c.class, rows: n, bytes, ...ref, ms: Math.round(ms * 1000) / 1000 });
            const what = t.m === undefined ? '' : ` referenced=${t.m} ${t.prepare ? 'validate' : 'add'}`;
            console.error(`${label} ${c.class} rows=${n} width=${w}${what} rep=${r + 1}: ${ms.toFixed(1)} ms (${(bytes / n).toFixed(0)} B/row)`);
          }
        }
      }
    }
  }
  return points;
}

// `--refit`: fit again from the points costs.json and pglite-points.json already hold
// (no measuring), e.g. after changing the fit.
let nativePoints, pglitePoints = [], postgresVersion, pgliteVersion = null, previous = null;
const committed = () => {
  const old = JSON.parse(readFileSync(join(OUT, 'tests', 'calibration', 'costs.json'), 'utf8'));
  return {
    old,
    native: old.classes.flatMap((c) => c.points.map((p) => ({ class: c.class, ...p }))),
    pglite: JSON.parse(readFileSync(join(OUT, 'tests', 'calibration', 'pglite-points.json'), 'utf8')),
  };
};
if (args.includes('--refit')) {
  const { old, native, pglite } = committed();
  nativePoints = native;
  pglitePoints = pglite;
  postgresVersion = old.postgres;
  previous = old;
  pgliteVersion = old.pglite;
} else {
  const native = startNative();
  postgresVersion = native.version;
  try {
    nativePoints = await measureAll(native, WIDTHS, REPS, 'native');
  } finally {
    native.stop();
  }
  if (WITH_PGLITE) {
    const pglite = await startPglite();
    pgliteVersion = pglite.version;
    try {
      pglitePoints = await measureAll(pglite, [WIDTHS[0]], PGLITE_REPS, 'pglite');
    } finally {
      await pglite.stop();
    }
  }
  if (ONLY) {
    // The other classes keep their committed points (and the machine and date they
    // were measured on); the measured ones are replaced.
    const kept = committed();
    const other = (p) => !ONLY.includes(p.class);
    nativePoints = [...kept.native.filter(other), ...nativePoints];
    pglitePoints = [...kept.pglite.filter(other), ...pglitePoints];
    previous = kept.old;
    if (!WITH_PGLITE) pgliteVersion = kept.old.pglite;
  }
}

const classes = CLASSES.map((c) => {
  const pts = nativePoints.filter((p) => p.class === c.class);
  const round = (v, d = 4) => Math.round(v * 10 ** d) / 10 ** d;
  // A catalog-only change is constant by PostgreSQL's design: fit no per-row term.
  const fitted = c.constant ? fit(pts, false, true) : fit(pts, true, false, !!c.referenced);
  // The coefficients as written, and the band computed on them (rounded outwards), so
  // that the estimator reading costs.json puts every measured point inside its band.
  const model = { fixed_ms: round(fitted.fixed_ms), per_row_us: round(fitted.per_row_us), per_kb_us: round(fitted.per_kb_us) };
  if (c.referenced) model.per_ref_row_us = round(fitted.per_ref_row_us);
  const band = pts.map((p) => p.ms / predict(model, p));
  model.low_factor = Math.floor(Math.min(...band) * 1e4) / 1e4;
  model.high_factor = Math.ceil(Math.max(...band) * 1e4) / 1e4;
  // wasm/native: the median ratio of PGlite's time to native's at the same rows and width.
  const ratios = pglitePoints
    .filter((p) => p.class === c.class)
    .map((p) => p.ms / predict(model, p))
    .sort((a, b) => a - b);
  const pglite_factor = ratios.length ? Math.round(ratios[Math.floor(ratios.length / 2)] * 100) / 100 : null;
  return {
    class: c.class,
    kind: c.kind,
    statement: c.sql.replaceAll(', N)', ', <rows>)').replaceAll("'y', W", "'y', <width>"),
    label: c.label,
    fixed_ms: model.fixed_ms,
    per_row_us: model.per_row_us,
    per_kb_us: model.per_kb_us,
    ...(c.referenced ? { per_ref_row_us: model.per_ref_row_us } : {}),
    low_factor: model.low_factor,
    high_factor: model.high_factor,
    pglite_factor,
    points: pts.map(({ rows, bytes, ref_rows, ms }) => (ref_rows === undefined ? { rows, bytes, ms } : { rows, bytes, ref_rows, ms })),
  };
});
const machine = previous?.machine ?? `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB`;
const result = {
  models: 'native',
  postgres: postgresVersion,
  pglite: pgliteVersion,
  machine,
  measured: previous?.measured ?? new Date().toISOString().slice(0, 10),
  reps: previous?.reps ?? REPS,
  rows: [...new Set(nativePoints.map((p) => p.rows))].sort((a, b) => a - b),
  default_row_bytes: Math.round(median(nativePoints.filter((p) => p.class === 'catalog' && p.bytes < 1e12).map((p) => p.bytes / p.rows).filter((b) => b < 100))),
  classes,
};
function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}
writeFileSync(join(OUT, 'tests', 'calibration', 'costs.json'), JSON.stringify(result, null, 1) + '\n');
writeFileSync(join(OUT, 'tests', 'calibration', 'pglite-points.json'), JSON.stringify(pglitePoints, null, 1) + '\n');
const { svg, markdown } = await import('./report.mjs');
writeFileSync(join(OUT, 'docs', 'calibration.svg'), svg(result, pglitePoints));
writeFileSync(join(OUT, 'docs', 'calibration.md'), markdown(result));
console.error('wrote tests/calibration/costs.json, docs/calibration.svg, docs/calibration.md');
