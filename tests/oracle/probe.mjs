// Runs SQL statements on a fresh PGlite (real PostgreSQL) and prints each
// statement's result or error fields. A developer's tool for checking what
// PostgreSQL says before teaching the engine to say it.
//
//   node tests/oracle/probe.mjs "CREATE TABLE t (a int)" "INSERT INTO t VALUES ('x')"
import { PGlite } from '@electric-sql/pglite';
import { extensions } from './pg_extensions.mjs';

const db = await PGlite.create({ extensions });
await db.exec("SET TimeZone = 'UTC'");
for (const sql of process.argv.slice(2)) {
  try {
    const res = await db.query(sql);
    console.log(JSON.stringify({ sql, rows: res.rows, fields: res.fields.map((f) => f.name) }));
  } catch (e) {
    console.log(JSON.stringify({ sql, sqlstate: e.code, message: e.message, detail: e.detail ?? null, hint: e.hint ?? null }));
  }
}
await db.close();
