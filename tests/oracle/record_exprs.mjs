// Records PostgreSQL's answer for each expression of a case file: reads lines
// `expression` (or `expression<TAB>old answer`) and rewrites the file as
// `expression<TAB>answer`, the answer being the value's text output (`NULL` for NULL)
// or `ERROR <sqlstate> <message>`; a third column `refused` (kept) says the engine
// refuses the expression instead (PostgreSQL's answer is still recorded, for the
// reader). The engine's unit tests read these files.
//
//   node tests/oracle/record_exprs.mjs crates/rehearse-engine/src/expr/functions/datetime_cases.tsv
import { PGlite } from '@electric-sql/pglite';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const db = await PGlite.create();
await db.exec("SET TimeZone = 'UTC'");
const out = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) {
    out.push(line);
    continue;
  }
  const [expr, , mark] = line.split('\t');
  let answer;
  try {
    const res = await db.query(`SELECT (${expr})::text AS v, pg_typeof(${expr})::text AS t`);
    const { v, t } = res.rows[0];
    answer = v === null ? 'NULL' : t === 'boolean' ? (v === 'true' ? 't' : 'f') : v;
  } catch (e) {
    answer = `ERROR ${e.code} ${e.message}`;
  }
  out.push(mark ? `${expr}\t${answer}\t${mark}` : `${expr}\t${answer}`);
}
writeFileSync(file, out.join('\n'));
await db.close();
