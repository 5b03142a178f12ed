// "Verify on PostgreSQL": runs the scenario on real PostgreSQL (PGlite, from the
// site's own pglite/ folder, copied from npm at build time) the way the recorder does
// (tests/oracle/pg_state.mjs, copied beside it): the setup and drift as psql runs a
// script (pg_dump's COPY data and `\restrict` lines included), then every step in one
// transaction, a snapshot after each. Nothing of PGlite loads until this is called.
//
// verifyOnPostgres(json) with json = {setup, drift, steps: [{line, sql: [...]}]}
// resolves to the JSON text {upgrade: {outcome, steps, tables}} or {setup_error}.
//
// PGlite loads once per visit: the first verification downloads and compiles it and
// keeps its compiled module, its file system bundle and the data directory initdb made
// (dumped before any statement ran). Every verification still runs on a database of
// its own, fresh from that directory (initdb is the slow part of a start), so no
// scenario sees another's objects.

// The contrib extensions Verify can load, as the oracle does (tests/oracle/
// pg_extensions.mjs): their bundles sit beside PGlite and are fetched only when the
// setup creates one. Any other extension stays "not available", as on a server
// without it.
const CONTRIB = ['citext', 'pgcrypto', 'uuid-ossp', 'pg_trgm', 'hstore', 'btree_gin', 'btree_gist',
  'ltree', 'fuzzystrmatch', 'unaccent'];

// PGlite's `extensions` option for the contrib extensions `script` creates.
function extensionsFor(script, base) {
  const out = {};
  const re = /create\s+extension\s+(?:if\s+not\s+exists\s+)?"?([\w-]+)"?/gi;
  for (let m; (m = re.exec(script));) {
    const name = m[1].toLowerCase();
    if (!CONTRIB.includes(name)) continue;
    const bundlePath = new URL(`${name}.tar.gz`, base);
    out[name.replace(/-/g, '_')] = { name, setup: async () => ({ bundlePath }) };
  }
  return out;
}

// What the first verification loaded, for the next ones (a promise: two clicks in a
// row share one load). Dropped if loading failed, so a later click tries again.
let kept = null;
let loaded = false;

export function postgresLoaded() {
  return loaded;
}
// Figures for the tests: how many databases started, and from the kept directory.
const stats = (globalThis.__rehearseVerify = { created: 0, fromKept: 0, createMs: 0 });

async function load(base, extensions) {
  const [{ PGlite }, state, pgliteWasmModule, fsBundle] = await Promise.all([
    import(new URL('index.js', base).href),
    import(new URL('pg_state.mjs', base).href),
    fetchOk(new URL('pglite.wasm', base)).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)),
    fetchOk(new URL('pglite.data', base)).then((r) => r.blob()),
  ]);
  // initdb, once; its data directory is dumped before any statement runs on it, and
  // this first database serves the first verification.
  const t0 = performance.now();
  const first = await PGlite.create({ pgliteWasmModule, fsBundle, extensions });
  stats.createMs = performance.now() - t0;
  stats.created += 1;
  const dataDir = await first.dumpDataDir('none').catch(async (e) => {
    await first.close();
    throw e;
  });
  return { PGlite, state, pgliteWasmModule, fsBundle, dataDir, first, firstExtensions: Object.keys(extensions).sort().join() };
}

async function fetchOk(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url.pathname}: HTTP ${r.status}`);
  return r;
}

// A database of its own for one verification: the one initdb made (once, if its
// extension bundles are the ones this script needs), else a new one from the kept data
// directory. (The extensions option only makes bundles available: the data directory
// holds none of them until CREATE EXTENSION.)
async function freshDatabase(script) {
  const base = new URL('pglite/', document.baseURI);
  const extensions = extensionsFor(script, base);
  if (!kept) kept = load(base, extensions).catch((e) => { kept = null; throw e; });
  const k = await kept;
  loaded = true;
  const first = k.first;
  k.first = null;
  if (first) {
    if (Object.keys(extensions).sort().join() === k.firstExtensions) return { db: first, state: k.state };
    await first.close();
  }
  const t0 = performance.now();
  const db = await k.PGlite.create({
    pgliteWasmModule: k.pgliteWasmModule, fsBundle: k.fsBundle, loadDataDir: k.dataDir, extensions,
  });
  stats.created += 1;
  stats.fromKept += 1;
  stats.createMs = performance.now() - t0;
  return { db, state: k.state };
}

export async function verifyOnPostgres(input) {
  const { setup, drift, steps } = JSON.parse(input);
  const { db, state } = await freshDatabase(`${setup}\n${drift}`);
  try {
    await db.exec("SET TimeZone = 'UTC'");
    // Each script, then the migration, in a session of its own as Rehearse runs them:
    // what a script SETs (pg_dump empties search_path) does not reach the next.
    const newSession = () => db.exec("RESET ALL; SET TimeZone = 'UTC'");
    try {
      await state.runScript(db, setup);
      await newSession();
      await state.runScript(db, drift);
      await newSession();
    } catch (e) {
      return JSON.stringify({ setup_error: state.pgError(e) });
    }
    return JSON.stringify({ upgrade: await state.runTransaction(db, steps) });
  } finally {
    await db.close();
  }
}
