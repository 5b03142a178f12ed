// Tie-order probe: runs setup + one statement on PGlite and on the engine (wasm) and
// compares the final tables (rows sorted), for many tie patterns.
//   node tests/differential/ties_probe.mjs
import { createRequire } from 'node:module';
import { PGlite } from '../oracle/node_modules/@electric-sql/pglite/dist/index.js';
import { resetSchema, runTransaction, snapshot } from '../oracle/pg_state.mjs';
const { run } = createRequire(import.meta.url)('./pkg/rehearse_wasm.js');

const db = new PGlite();
const sortRows = (t) => t.rows.map((r) => JSON.stringify(r)).sort();
async function compare(label, setup, stmt) {
  await resetSchema(db);
  await db.exec(setup);
  const pg = await runTransaction(db, [{ line: 1, sql: [stmt] }]);
  const pgTables = await snapshot(db);
  let report;
  try { report = run(setup, `${stmt};\n`, { kind: 'sql', now: '2026-01-01 12:00:00' }); } catch (e) { console.log('ENGINE THROW', label, String(e.message ?? e)); return false; }
  const eng = report.final_tables ?? report.tables ?? report.steps?.at(-1)?.tables;
  const pgOut = (pg.final_tables ?? pgTables).find((t) => t.name === 'o');
  const enOut = (eng ?? []).find((t) => t.name === 'o');
  const a = JSON.stringify(pgOut && sortRows(pgOut)), b = JSON.stringify(enOut && sortRows(enOut));
  if (a !== b) {
    console.log('DIFF', label, '\n  pg ', a?.slice(0, 300), '\n  eng', b?.slice(0, 300), report.outcome ?? '', JSON.stringify(report.steps?.[0]?.error ?? report.steps?.[0]?.refusal ?? '').slice(0, 200));
    return false;
  }
  return true;
}
const patterns = {
  allEqual: (g) => `0`,
  mod3: (g) => `${g} % 3`,
  mod7: (g) => `(${g} * 7) % 5`,
  presorted: (g) => `${g} / 4`,
  reverse: (g) => `(2000 - ${g}) / 3`,
  few: (g) => `(${g} * 37) % 11 / 4`,
  hashy: (g) => `((${g} * 2654435761::bigint) % 1000) / 100`,
};
let ok = 0, bad = 0;
for (const n of [5, 6, 7, 8, 9, 40, 41, 42, 100, 257, 1000]) {
  for (const [pname, p] of Object.entries(patterns)) {
    const setup = `CREATE TABLE t (id integer, k integer, p integer);
INSERT INTO t SELECT g, ${p('g')}, g % 2 FROM generate_series(1, ${n}) g;
CREATE TABLE o (id integer, n bigint);`;
    const stmts = {
      window: `INSERT INTO o SELECT id, row_number() OVER (ORDER BY k) FROM t`,
      windowPart: `INSERT INTO o SELECT id, row_number() OVER (PARTITION BY p ORDER BY k) FROM t`,
      windowDesc: `INSERT INTO o SELECT id, row_number() OVER (PARTITION BY k % 2 ORDER BY k DESC) FROM t`,
      orderLimit: `INSERT INTO o SELECT id, k FROM t ORDER BY k LIMIT 3`,
      orderLimitBig: `INSERT INTO o SELECT id, k FROM t ORDER BY k LIMIT ${Math.floor(n / 2) + 1}`,
      orderOffset: `INSERT INTO o SELECT id, k FROM t ORDER BY k OFFSET 2 LIMIT 2`,
      distinctOn: `INSERT INTO o SELECT DISTINCT ON (k) id, k FROM t ORDER BY k`,
      distinctOnP: `INSERT INTO o SELECT DISTINCT ON (p) id, p FROM t ORDER BY p, k`,
      stringAgg: `INSERT INTO o SELECT length(string_agg(id::text, ',' ORDER BY k)), sum(id) FROM t`,
      arrayAgg: `INSERT INTO o SELECT (array_agg(id ORDER BY k))[2], (array_agg(id ORDER BY k))[${Math.max(1, n - 1)}] FROM t`,
      deleteDedup: `WITH x AS (DELETE FROM t WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY k ORDER BY p) AS rn FROM t) s WHERE rn > 1) RETURNING id) INSERT INTO o SELECT id, 0 FROM x`,
    };
    for (const [sname, s] of Object.entries(stmts)) {
      if (await compare(`n=${n} ${pname} ${sname}`, setup, s)) ok++; else bad++;
    }
  }
}
console.log(`${ok} agree, ${bad} differ`);
