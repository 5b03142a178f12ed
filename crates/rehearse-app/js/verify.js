// "Verify on PostgreSQL": runs the scenario on real PostgreSQL (PGlite, from the
// site's own pglite/ folder, copied from npm at build time) the way the recorder does
// (tests/oracle/pg_state.mjs, copied beside it): the setup and drift as psql runs a
// script (pg_dump's COPY data and `\restrict` lines included), then every step in one
// transaction, a snapshot after each. Nothing of PGlite loads until this is called.
//
// verifyOnPostgres(json) with json = {setup, drift, steps: [{line, sql: [...]}]}
// resolves to the JSON text {upgrade: {outcome, steps, tables}} or {setup_error}.

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

export async function verifyOnPostgres(input) {
  const { setup, drift, steps } = JSON.parse(input);
  const base = new URL('pglite/', document.baseURI);
  const [{ PGlite }, state] = await Promise.all([
    import(new URL('index.js', base).href),
    import(new URL('pg_state.mjs', base).href),
  ]);
  const db = await PGlite.create({ extensions: extensionsFor(`${setup}\n${drift}`, base) });
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
