// Random differential tester: the Rehearse engine against real PostgreSQL (PGlite).
//
//   tests/differential/build.sh        # once, and after engine changes: builds pkg/
//   node tests/differential/generate.mjs [--cases N] [--seed S] [--save] [--only K]
//   node tests/differential/generate.mjs --recheck   # saved gen-* cases: which still disagree
//
// Generates N random scenarios (scenario.mjs; default 1500, seed 42; case K of a
// seed is the same whatever N is, and --only K runs just that one), runs each on
// one PGlite instance and on the engine (wasm, in-process), and compares what
// crates/rehearse-core/tests/scenarios.rs compares: outcome, per-statement status
// and error (sqlstate, message, detail, hint), the tables after each statement
// that both ran, and the final tables. Disagreements are grouped into families
// (which statement, and what each side said, with names and numbers blanked out);
// the first case of each family is shrunk to a minimal scenario (drop statements,
// tables, columns, rows, column constraints while the family stays the same) and
// printed. --save writes each minimal case to tests/scenarios/gen-<hash>/ for
// `tests/oracle/record` to record into the corpus, unless a gen-* case there
// already shows the same family (so repeated runs do not pile up duplicates).
//
// Exit status 1 if a family is not listed in tests/known-differences.md as
// ``- `generated` `<substring>`: reason`` (the substring is looked for in the
// family line and in both sides' error messages, and the engine's refusal sentence).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PGlite } from '../oracle/node_modules/@electric-sql/pglite/dist/index.js';
import { pgError, resetSchema, runTransaction, snapshot } from '../oracle/pg_state.mjs';
import { rng, randomScenario, setupSql, reductions, statementKind } from './scenario.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { values: opts } = parseArgs({ options: {
  cases: { type: 'string', default: '1500' }, seed: { type: 'string', default: '42' },
  save: { type: 'boolean', default: false }, only: { type: 'string' }, recheck: { type: 'boolean', default: false },
} });
const seed = Number(opts.seed);
if (!fs.existsSync(path.join(here, 'pkg/rehearse_wasm.js'))) {
  console.error('tests/differential/pkg/ is missing: run tests/differential/build.sh');
  process.exit(2);
}
const { run } = createRequire(import.meta.url)('./pkg/rehearse_wasm.js');
const caseSeed = (i) => (seed * 1000003 + Math.imul(i + 1, 0x9e3779b1)) >>> 0;

// ---------------------------------------------------------------- running both sides

// A case as text: setup SQL and the migration's statements, one per line of migration.sql.
const textCase = (s) => ({ setup: setupSql(s), statements: s.migration.map((m) => m.sql) });
const migrationText = (c) => c.statements.map((sql) => `${sql};\n`).join('');
function readCase(dir) {
  const lines = fs.readFileSync(path.join(dir, 'migration.sql'), 'utf8').split('\n');
  return { setup: fs.readFileSync(path.join(dir, 'setup.sql'), 'utf8'),
    statements: lines.filter((l) => l.trim() && !l.startsWith('--')).map((l) => l.replace(/;\s*$/, '')) };
}

async function runPostgres(db, c) {
  await resetSchema(db);
  try {
    await db.exec(c.setup);
  } catch (e) {
    return { setup_error: pgError(e) };
  }
  const setup = await snapshot(db);
  return { setup, ...await runTransaction(db, c.statements.map((sql, i) => ({ line: i + 1, sql: [sql] }))) };
}

let cliFallbacks = 0;
function runEngine(c) {
  let report;
  try {
    report = run(c.setup, migrationText(c), { kind: 'sql', now: '2026-01-01 12:00:00' });
  } catch (e) {
    if (e?.source) return { input_error: e };
    return { crash: String(e) };
  }
  // JavaScript numbers cannot hold int8 values beyond 2^53 exactly: for those reports
  // ask the native CLI, whose JSON text keeps every digit.
  const lossy = JSON.stringify(report, (k, v) => (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) ? 'LOSSY' : v)).includes('"LOSSY"');
  if (!lossy) return { report };
  cliFallbacks++;
  return runCli(c);
}

function runCli(c) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-diff-'));
  fs.writeFileSync(path.join(dir, 'setup.sql'), c.setup);
  fs.writeFileSync(path.join(dir, 'migration.sql'), migrationText(c));
  const out = spawnSync(path.join(root, 'target/release/rehearse'),
    ['run', '--setup', path.join(dir, 'setup.sql'), path.join(dir, 'migration.sql'), '--format', 'json'],
    { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true });
  // Status 2 with a report is a step the engine refuses (the report says which).
  const reported = out.status === 2 && out.stdout.trim().startsWith('{');
  if (out.status !== 0 && out.status !== 1 && !reported) return { crash: `rehearse CLI: ${out.stderr || out.error}` };
  // Integers beyond 2^53 become strings, as the recorder writes them.
  const exact = out.stdout.replace(/("(?:[^"\\]|\\.)*")|(?<![\d.])-?\d{16,}(?![\d.eE])/g,
    (m, string) => (string || Number.isSafeInteger(Number(m)) ? m : `"${m}"`));
  return { report: JSON.parse(exact) };
}

// ---------------------------------------------------------------- comparing

const exactInt = (v) => (typeof v === 'number' && !Number.isSafeInteger(v) ? String(v) : v);
const tablesOf = (tables) => (tables ?? []).map((t) => ({
  name: t.name,
  columns: t.columns.map(({ name, type, nullable, default: d }) => ({ name, type, nullable, default: d })),
  rows: t.rows.map((r) => r.map(exactInt)).sort((a, b) => {
    const x = JSON.stringify(a), y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }),
  indexes: t.indexes.map(({ name, unique, columns }) => ({ name, unique, columns })),
  constraints: t.constraints.map(({ name, type, definition }) => ({ name, type, definition })),
}));
const errorOf = (step) => step.error && (({ sqlstate, message, detail, hint }) => ({ sqlstate, message, detail, hint }))(step.error);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const pgText = (e) => `ERROR:  ${e.message} (SQLSTATE ${e.sqlstate})`
  + (e.detail ? `\nDETAIL:  ${e.detail}` : '') + (e.hint ? `\nHINT:  ${e.hint}` : '');

// The first place two JSON values differ, as a path of keys.
function firstDifference(e, a, at = []) {
  if (Array.isArray(e) && Array.isArray(a) && e.length === a.length) {
    const i = e.findIndex((x, k) => !same(x, a[k]));
    if (i >= 0) return firstDifference(e[i], a[i], [...at, i]);
  } else if (e && a && typeof e === 'object' && typeof a === 'object' && !Array.isArray(e)) {
    const k = Object.keys(e).find((key) => !same(e[key], a[key]));
    if (k) return firstDifference(e[k], a[k], [...at, k]);
  }
  return { at, expected: e, actual: a };
}

// Where two table lists differ, in words: "rows (numeric)", "columns.default", ...
function whereTablesDiffer(expected, actual) {
  const d = firstDifference(expected, actual);
  const words = d.at.filter((k) => typeof k === 'string');
  if (d.at[1] === 'rows' && d.at.length === 4) {
    const type = expected[d.at[0]].columns[d.at[3]]?.type ?? '?';
    words.push(`(${type.replace(/\(.*\)/, '')})`);
  } else if (d.at[1] === 'rows') words.push('(row count)');
  return { where: words.join('.') || 'table list', ...d };
}

// Blanks out names and numbers so messages about different columns group together.
const template = (text) => (text == null ? 'null'
  : String(text).replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'")
    .replace(/(SQLSTATE \w+)|-?\d+(\.\d+)?/g, (m, code) => code ?? 'N'));
// For families of unrelated answers: type names blanked too, so the same mistake on
// other types groups together.
const TYPE_NAMES = /\b(timestamp without time zone|character varying|integer|smallint|bigint|numeric|text|boolean|date|timestamp)\b(\(N(,N)?\))?(?!\/)/g;
const said = (step) => (step.status === 'error'
  ? `${step.error.sqlstate} ${template(step.error.message).replace(TYPE_NAMES, 'T')}` : step.status);
const answer = (step) => (step.status === 'error' ? pgText(step.error) : step.status);

// The words in which two similar messages differ (null if they are not similar).
function hunk(a, b) {
  const x = a.split(' '), y = b.split(' ');
  let p = 0, q = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  return (p + q) * 5 >= Math.max(x.length, y.length) * 2 ? [x.slice(p, x.length - q).join(' '), y.slice(p, y.length - q).join(' ')] : null;
}

// When both sides fail alike, the family is what differs, whatever the statement.
function errorFamily(pe, ae) {
  if (!pe || !ae) return null;
  const [pm, am] = [template(pe.message), template(ae.message)];
  if (pe.sqlstate === ae.sqlstate && pe.message === ae.message) {
    const field = pe.detail !== ae.detail ? 'detail' : 'hint';
    const values = (t) => template(t).replace(/\([^)]*\)/g, '(…)');
    return `error ${field}: ${pe.sqlstate} ${pm}: PostgreSQL ${values(pe[field])} | engine ${values(ae[field])}`;
  }
  if (pm === am) {
    return pe.sqlstate === ae.sqlstate ? `error names/numbers: ${pe.sqlstate} ${pm}`
      : `error sqlstate: PostgreSQL ${pe.sqlstate} | engine ${ae.sqlstate}: ${pm}`;
  }
  const words = (t) => t.split(' ').sort().join(' ');
  if (pe.sqlstate === ae.sqlstate && words(pm) === words(am)) {
    const [x] = hunk(pm, am) ?? [];
    return `error word order: ${pe.sqlstate} ${x ? pm.replace(x, '…') : pm}`;
  }
  const h = hunk(pm, am);
  if (!h) return null;
  const code = (c) => (pe.sqlstate === ae.sqlstate ? '' : `${c} `);
  return `error text: PostgreSQL ${code(pe.sqlstate)}"${h[0]}" | engine ${code(ae.sqlstate)}"${h[1]}"`;
}

// Compares one scenario; returns null when both sides agree, else
// { family, postgres, engine, texts } (texts: what known-differences.md may match).
function disagreement(c, pg, eng) {
  const result = (family, postgres, engine, texts = []) => ({ family, postgres, engine, texts: [family, ...texts] });
  const engineSays = eng.crash ?? eng.input_error?.message;
  if (pg.setup_error) {
    const want = pgText(pg.setup_error);
    if (eng.input_error?.source === 'setup' && eng.input_error.message === want) return null;
    return result(`setup: PostgreSQL ${template(pg.setup_error.message)} | engine ${template(engineSays ?? 'accepted')}`,
      want, engineSays ?? 'setup accepted', [pg.setup_error.message, engineSays]);
  }
  if (!eng.report) {
    return result(`engine ${eng.crash ? 'crash' : `input error (${eng.input_error.source})`}: ${template(engineSays)}`,
      `setup ok, migration ${pg.outcome}`, engineSays, [engineSays]);
  }
  const r = eng.report;
  for (const [i, e] of pg.steps.entries()) {
    const a = r.steps[i];
    const kind = statementKind(c.statements[i]);
    if (!a) break;
    if (e.status !== a.status || !same(errorOf(e), errorOf(a))) {
      const family = errorFamily(e.error, a.error) ?? `${kind}: PostgreSQL ${said(e)} | engine ${said(a)}`;
      return result(family, `statement ${i + 1}: ${answer(e)}`, `statement ${i + 1}: ${answer(a)}`,
        [e.error?.message, a.error?.message, a.unsupported?.message]);
    }
    if (e.status === 'ok') {
      const [x, y] = [tablesOf(e.tables_after), tablesOf(a.after)];
      if (!same(x, y)) {
        const d = whereTablesDiffer(x, y);
        return result(`${kind}: state differs at ${d.where}`,
          `after statement ${i + 1}: ${JSON.stringify(d.expected)}`, `after statement ${i + 1}: ${JSON.stringify(d.actual)}`);
      }
    }
  }
  if (pg.outcome !== r.outcome || pg.steps.length !== r.steps.length) {
    return result(`final: outcome/steps PostgreSQL ${pg.outcome}, ${pg.steps.length} | engine ${r.outcome}, ${r.steps.length}`,
      `${pg.outcome}, ${pg.steps.length} statements`, `${r.outcome}, ${r.steps.length} statements`);
  }
  const [x, y] = [tablesOf(pg.tables), tablesOf(r.tables)];
  if (!same(x, y)) {
    const d = whereTablesDiffer(x, y);
    return result(`final tables (${pg.outcome}) differ at ${d.where}`, JSON.stringify(d.expected), JSON.stringify(d.actual));
  }
  return null;
}

// A disagreement whose cause is already visible right after setup is labelled by
// the setup state, so one setup bug is one family whatever statement follows.
function rootCause(diff, pg, eng) {
  if (!diff || pg.setup_error || !eng.report) return diff;
  const [x, y] = [tablesOf(pg.setup), tablesOf(eng.report.setup)];
  if (same(x, y)) return diff;
  const d = whereTablesDiffer(x, y);
  const family = `setup: state differs at ${d.where}`;
  return { family, postgres: `after setup: ${JSON.stringify(d.expected)}`,
    engine: `after setup: ${JSON.stringify(d.actual)}`, texts: [family] };
}

async function check(db, c) {
  const pg = await runPostgres(db, c);
  const eng = runEngine(c);
  return { pg, diff: rootCause(disagreement(c, pg, eng), pg, eng) };
}

// ---------------------------------------------------------------- shrinking

// Greedy delta debugging: apply any one-step reduction that keeps the family, until none does.
async function shrink(db, s, family) {
  let best = s;
  for (let progress = true; progress;) {
    progress = false;
    for (let i = 0; ; i++) {
      const candidates = [...reductions(best)];
      if (i >= candidates.length) break;
      const { diff } = await check(db, textCase(candidates[i]));
      if (diff?.family === family) {
        best = candidates[i];
        progress = true;
        i--; // the same position now holds the next candidate
      }
    }
  }
  return best;
}

function knownSubstrings() {
  const text = fs.readFileSync(path.join(root, 'tests/known-differences.md'), 'utf8');
  return [...text.matchAll(/^- `generated` `([^`]+)`:/gm)].map((m) => m[1]);
}

// ---------------------------------------------------------------- main

// The gen-* cases in the corpus with the family each still shows (null: agrees now).
async function savedCases(db) {
  const dir = path.join(root, 'tests/scenarios');
  const out = [];
  for (const name of fs.readdirSync(dir).filter((d) => d.startsWith('gen-')).sort()) {
    const { diff } = await check(db, readCase(path.join(dir, name)));
    out.push([`tests/scenarios/${name}`, diff?.family ?? null]);
  }
  return out;
}

function save(c, comment) {
  const hash = crypto.createHash('sha1').update(`${c.setup}\0${migrationText(c)}`).digest('hex');
  const dir = path.join(root, 'tests/scenarios', `gen-${hash.slice(0, 8)}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'setup.sql'), c.setup);
  fs.writeFileSync(path.join(dir, 'migration.sql'), `-- ${comment}\n${migrationText(c)}`);
  return path.relative(root, dir);
}

const start = Date.now();
const db = await PGlite.create();
if (opts.recheck) {
  const cases = await savedCases(db);
  for (const [dir, family] of cases) console.log(`${dir}: ${family ?? 'agrees'}`);
  console.log(`${cases.length} saved cases, ${cases.filter(([, f]) => f).length} still disagree`);
  process.exit(0);
}
const indexes = opts.only !== undefined ? [Number(opts.only)] : [...Array(Number(opts.cases)).keys()];
const families = new Map(); // family -> { count, index, scenario }
const outcomes = new Map();
let agree = 0;
for (const i of indexes) {
  const s = randomScenario(rng(caseSeed(i)));
  const { pg, diff } = await check(db, textCase(s));
  const failed = pg.steps?.find((st) => st.status === 'error');
  const outcome = pg.setup_error ? 'setup rejected' : failed ? `rolled back ${failed.error.sqlstate}` : 'committed';
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  if (!diff) { agree++; continue; }
  const f = families.get(diff.family) ?? { count: 0, index: i, scenario: s };
  f.count++;
  families.set(diff.family, f);
}
const total = indexes.length;
console.log(`generated: ${total} cases (seed ${seed}), ${agree} agree, ${total - agree} disagree`);
const top = [...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`PostgreSQL: ${top}`);
if (cliFallbacks) {
  console.log(`(${cliFallbacks} engine runs went through the native CLI: JavaScript numbers cannot hold int8 values beyond 2^53 exactly)`);
}

const known = knownSubstrings();
// Families already shown by a gen-* case, so --save adds no duplicates.
const saved = new Map(opts.save ? (await savedCases(db)).filter(([, f]) => f).map(([dir, f]) => [f, dir]) : []);
let unknown = 0;
let n = 0;
for (const [family, f] of [...families].sort((a, b) => b[1].count - a[1].count)) {
  const minimal = textCase(await shrink(db, f.scenario, family));
  const { diff } = await check(db, minimal);
  if (!diff) { console.log(`\n== ${++n}. ${family}: ${f.count} case(s), first #${f.index}; its shrunk case agrees`); continue; }
  const listed = known.find((k) => diff.texts.some((t) => t?.includes(k)));
  if (!listed) unknown++;
  console.log(`\n== ${++n}. ${listed ? `known (${listed})` : 'NEW'}: ${f.count} case(s), first #${f.index}: ${family}`);
  console.log(`-- setup.sql\n${minimal.setup}-- migration.sql\n${migrationText(minimal)}`);
  console.log(`-- PostgreSQL: ${diff.postgres}\n-- engine:     ${diff.engine}`);
  if (opts.save && saved.has(family)) console.log(`-- already in the corpus: ${saved.get(family)}`);
  else if (opts.save) {
    const where = save(minimal, `generate.mjs --seed ${seed} --only ${f.index}, shrunk: ${family}`);
    saved.set(family, where);
    console.log(`-- saved ${where}`);
  }
}
await db.close();
console.log(`\n${families.size} families (${unknown} not in tests/known-differences.md), ${((Date.now() - start) / 1000).toFixed(1)}s`);
process.exit(unknown ? 1 : 0);
