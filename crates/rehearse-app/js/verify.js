// "Verify on PostgreSQL": runs the scenario on real PostgreSQL (PGlite, from the
// site's own pglite/ folder, copied from npm at build time) the way the recorder does
// (tests/oracle/pg_state.mjs, copied beside it): the setup, then every step in one
// transaction, a snapshot after each. Nothing of PGlite loads until this is called.
//
// verifyOnPostgres(json) with json = {setup, drift, steps: [{line, sql: [...]}]}
// resolves to the JSON text {upgrade: {outcome, steps, tables}} or {setup_error}.
export async function verifyOnPostgres(input) {
  const { setup, drift, steps } = JSON.parse(input);
  const base = new URL('pglite/', document.baseURI);
  const [{ PGlite }, state] = await Promise.all([
    import(new URL('index.js', base).href),
    import(new URL('pg_state.mjs', base).href),
  ]);
  const db = await PGlite.create();
  try {
    await db.exec("SET TimeZone = 'UTC'");
    try {
      if (setup.trim()) await db.exec(setup);
      if (drift.trim()) await db.exec(drift);
    } catch (e) {
      return JSON.stringify({ setup_error: state.pgError(e) });
    }
    return JSON.stringify({ upgrade: await state.runTransaction(db, steps) });
  } finally {
    await db.close();
  }
}
