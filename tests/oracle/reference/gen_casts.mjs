// casts.md: cast contexts, ALTER COLUMN TYPE / INSERT..SELECT coercibility, input & overflow errors.
import { writeFileSync } from 'node:fs';
import { open, q, ok, reset, code, cell, errText, table, header } from './lib.mjs';

const db = await open();
const T = [
  ['i2', 'smallint'], ['i4', 'integer'], ['i8', 'bigint'], ['num', 'numeric'], ['n102', 'numeric(10,2)'],
  ['f4', 'real'], ['f8', 'double precision'], ['vc20', 'varchar(20)'], ['vc', 'varchar'], ['text', 'text'],
  ['ch5', 'char(5)'], ['bool', 'boolean'], ['date', 'date'], ['ts', 'timestamp'], ['tstz', 'timestamptz'],
  ['uuid', 'uuid'], ['json', 'json'], ['jsonb', 'jsonb'], ['enum', 'mood'],
];
const out = [await header(db, 'Casts and coercion (PostgreSQL 18)', 'gen_casts.mjs')];
out.push("`mood` = `CREATE TYPE mood AS ENUM ('a','b','c')`. Column abbreviations: " + T.map(([a, t]) => `${a}=${t}`).join(', ') + '.\n');

// ---------- 1. pg_cast ----------
await reset(db);
await ok(db, "CREATE TYPE mood AS ENUM ('a','b','c')");
const oids = {};
for (const [a, t] of T) oids[a] = (await q(db, `SELECT '${t}'::regtype::oid`)).rows[0][0];
const pc = {};
for (const r of (await q(db, 'SELECT castsource, casttarget, castcontext, castmethod, castfunc::regproc FROM pg_cast')).rows) pc[r[0] + '>' + r[1]] = r;

// measured contexts: implicit via function call, assignment via INSERT..SELECT, explicit via ::
const cols = T.map(([a, t]) => `c_${a} ${t}`).join(', ');
await ok(db, `CREATE TABLE src (${cols})`, `CREATE TABLE dst (${cols})`);
for (const [a, t] of T) await ok(db, `CREATE FUNCTION f_${a}(x ${t}) RETURNS int LANGUAGE sql AS 'SELECT 1'`);
const ctx = {};
for (const [a] of T) for (const [b, tb] of T) {
  if (a === b) { ctx[a + b] = '='; continue; }
  const imp = (await q(db, `SELECT f_${b}(c_${a}) FROM src`)).ok;
  const asg = (await q(db, `INSERT INTO dst (c_${b}) SELECT c_${a} FROM src`)).ok;
  const exp = (await q(db, `SELECT c_${a}::${tb} FROM src`)).ok;
  ctx[a + b] = imp ? 'I' : asg ? 'A' : exp ? 'E' : '✗';
  if ((imp && !asg) || (asg && !exp)) ctx[a + b] += '?';
}
out.push('## 1. Cast context matrix (row = source, column = target)\n');
out.push('Measured: **I** implicit (works as a function argument), **A** assignment (works in `INSERT INTO dst(b) SELECT a`, not as function arg), **E** explicit only (`a::B`), **✗** no cast at all, **=** same base type (only typmod coercion). Suffix from `pg_cast`: `f` = cast function, `b` = binary-coercible, `i` = pg_cast inout; no suffix on a non-✗ cell = automatic I/O conversion cast (no pg_cast row; assignment when target is a string type, explicit when source is a string type).\n');
const m1 = [];
for (const [a] of T) {
  const row = [`**${a}**`];
  for (const [b] of T) {
    let c = ctx[a + b];
    const p = pc[oids[a] + '>' + oids[b]];
    if (p && c !== '=') c += p[3];
    row.push(c);
  }
  m1.push(row);
}
out.push(table(['src\\tgt', ...T.map(([a]) => a)], m1));
const pcRows = [];
for (const [a] of T) for (const [b] of T) {
  const p = pc[oids[a] + '>' + oids[b]];
  if (p && a !== b) pcRows.push(`${a}→${b}: ${p[2]}/${p[3]}${p[4] !== '-' ? ' ' + p[4] : ''}`);
}
out.push('\nNote: vc20/vc and num/n102 are the same base type; their `If` cells are pg_cast self-casts (varchar→varchar, numeric→numeric) that apply the length/precision typmod. ch5→string types use function `text(bpchar)` (strips trailing blanks).\n');
out.push('`pg_cast` rows among these types (context/method func): ' + pcRows.join('; ') + '.\n');

// ---------- 2. ALTER COLUMN TYPE without USING ----------
out.push('## 2. `ALTER TABLE t ALTER COLUMN c TYPE <new>` without USING (empty table)\n');
out.push('✓ = works; ✗ = ERROR 42804 (text per target type below). Row = old type, column = new type.\n');
const m2 = [], altMsgs = {}, asgDiff = [];
for (const [a, ta] of T) {
  const row = [`**${a}**`];
  for (const [b, tb] of T) {
    await ok(db, 'BEGIN', `CREATE TABLE t (c ${ta})`);
    const r = await q(db, `ALTER TABLE t ALTER COLUMN c TYPE ${tb}`);
    await ok(db, 'ROLLBACK');
    row.push(r.ok ? '✓' : '✗');
    if (!r.ok) {
      const k = errText(r);
      (altMsgs[tb] ??= new Set()).add(k);
    }
    const asgOk = ['=', 'I', 'A'].includes(ctx[a + b][0]);
    if (asgOk !== r.ok) asgDiff.push(`${a}→${b}`);
  }
  m2.push(row);
}
out.push(table(['old\\new', ...T.map(([a]) => a)], m2));
out.push(`\nALTER TYPE without USING succeeds exactly when an assignment (or implicit) cast exists${asgDiff.length ? ' — EXCEPT: ' + asgDiff.join(', ') : ' (verified: identical to matrix 1 A/I/= cells)'}.\n`);
out.push(table(['new type', 'error (every failing old type gives the same text)'], Object.entries(altMsgs).map(([t, s]) => [code(t), [...s].join('<br>')])));

// ALTER TYPE with data / defaults
out.push('\n### ALTER COLUMN TYPE: data-dependent failures, USING, defaults\n');
const altCases = [
  [["CREATE TABLE t (c bigint)", "INSERT INTO t VALUES (3000000000)"], 'ALTER TABLE t ALTER COLUMN c TYPE integer'],
  [["CREATE TABLE t (c integer)", "INSERT INTO t VALUES (40000)"], 'ALTER TABLE t ALTER COLUMN c TYPE smallint'],
  [["CREATE TABLE t (c numeric)", "INSERT INTO t VALUES (123456789.123)"], 'ALTER TABLE t ALTER COLUMN c TYPE numeric(10,2)'],
  [["CREATE TABLE t (c numeric)", "INSERT INTO t VALUES (2.345)"], 'ALTER TABLE t ALTER COLUMN c TYPE numeric(10,2)', 'SELECT c FROM t'],
  [["CREATE TABLE t (c numeric)", "INSERT INTO t VALUES (2.5), (-2.5), (3.5)"], 'ALTER TABLE t ALTER COLUMN c TYPE integer', 'SELECT c FROM t'],
  [["CREATE TABLE t (c double precision)", "INSERT INTO t VALUES (2.5), (-2.5), (3.5)"], 'ALTER TABLE t ALTER COLUMN c TYPE integer', 'SELECT c FROM t'],
  [["CREATE TABLE t (c varchar(20))", "INSERT INTO t VALUES ('abcdefgh')"], 'ALTER TABLE t ALTER COLUMN c TYPE varchar(5)'],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('abcdefgh')"], 'ALTER TABLE t ALTER COLUMN c TYPE varchar(5)'],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('abc   ')"], 'ALTER TABLE t ALTER COLUMN c TYPE varchar(3)', 'SELECT c, length(c) FROM t'],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('abc')"], 'ALTER TABLE t ALTER COLUMN c TYPE char(5)', "SELECT c, length(c), c::text || '|' FROM t"],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('12')"], 'ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer', 'SELECT c FROM t'],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('abc')"], 'ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer'],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('x')"], "ALTER TABLE t ALTER COLUMN c TYPE mood USING c::mood"],
  [["CREATE TABLE t (c integer)", "INSERT INTO t VALUES (1), (0)"], 'ALTER TABLE t ALTER COLUMN c TYPE boolean USING c::boolean', 'SELECT c FROM t'],
  [["CREATE TABLE t (c timestamptz)", "INSERT INTO t VALUES ('2024-01-01 23:30+00')"], 'ALTER TABLE t ALTER COLUMN c TYPE date', 'SELECT c FROM t'],
  [["CREATE TABLE t (c timestamp)", "INSERT INTO t VALUES ('2024-01-01 10:00')"], 'ALTER TABLE t ALTER COLUMN c TYPE timestamptz', 'SELECT c FROM t'],
  [["CREATE TABLE t (c text DEFAULT 'x')"], 'ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer'],
  [["CREATE TABLE t (c text DEFAULT '5')"], 'ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer'],
  [["CREATE TABLE t (c varchar(10) DEFAULT 'x')"], 'ALTER TABLE t ALTER COLUMN c TYPE integer'],
  [["CREATE TABLE t (c integer DEFAULT 0)"], 'ALTER TABLE t ALTER COLUMN c TYPE boolean USING c::boolean'],
  [["CREATE TABLE t (c integer DEFAULT 0)"], 'ALTER TABLE t ALTER COLUMN c TYPE text', "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef"],
  [["CREATE TABLE t (c text)"], 'ALTER TABLE t ALTER COLUMN c TYPE jsonb'],
  [["CREATE TABLE t (c text)", "INSERT INTO t VALUES ('{\"a\":1}')"], 'ALTER TABLE t ALTER COLUMN c TYPE jsonb USING c::jsonb', 'SELECT c FROM t'],
  [["CREATE TABLE t (c mood)"], 'ALTER TABLE t ALTER COLUMN c TYPE text'],
  [["CREATE TABLE t (c text)"], 'ALTER TABLE t ALTER COLUMN c TYPE nosuchtype'],
  [["CREATE TABLE t (c text)"], 'ALTER TABLE t ALTER COLUMN nosuch TYPE integer'],
  [["CREATE TABLE t (c text)"], 'ALTER TABLE t ALTER COLUMN c SET DATA TYPE varchar(10)'],
];
const altRows = [];
for (const [setup, sql, after] of altCases) {
  await reset(db);
  await ok(db, "CREATE TYPE mood AS ENUM ('a','b','c')", ...setup);
  const r = await q(db, sql);
  let res = cell(r);
  if (after && r.ok) res += ' → `' + after + '` = ' + cell(await q(db, after));
  altRows.push([setup.map(code).join('; '), code(sql), res]);
}
out.push(table(['setup', 'statement', 'result'], altRows));

// ---------- 3. INSERT ... SELECT ----------
await reset(db);
await ok(db, "CREATE TYPE mood AS ENUM ('a','b','c')");
await ok(db, `CREATE TABLE t1 (${T.map(([a, t]) => `a_${a} ${t}`).join(', ')})`);
out.push('\n## 3. `INSERT INTO t2 (b) SELECT a FROM t1` type errors (empty t1)\n');
const insMsgs = new Map(); const insDiff = [];
for (const [b, tb] of T) {
  await ok(db, `CREATE TABLE t2_${b} (b ${tb})`);
  for (const [a, ta] of T) {
    const r = await q(db, `INSERT INTO t2_${b} (b) SELECT a_${a} FROM t1`);
    const altOk = m2[T.findIndex(([x]) => x === a)][T.findIndex(([x]) => x === b) + 1] === '✓';
    if (altOk !== r.ok) insDiff.push(`${a}→${b}`);
    if (!r.ok) {
      const key = `${r.sqlstate}|${r.message}|${r.hint}`;
      if (!insMsgs.has(key)) insMsgs.set(key, [`${ta} → ${tb}`, errText(r), []]);
      insMsgs.get(key)[2].push([ta, tb]);
    }
  }
}
out.push(insDiff.length ? 'Differences vs ALTER matrix: ' + insDiff.join(', ') + '\n' : '(Verified: INSERT..SELECT fails for exactly the ✗ cells of matrix 2.)\n');
const tgtName = {}, srcName = {}; let badTpl = 0;
for (const [key, [, , pairs]] of insMsgs) {
  const [sqlstate, msg, hint] = key.split('|');
  const m = /^column "b" is of type (.+) but expression is of type (.+)$/.exec(msg);
  if (!m || sqlstate !== '42804' || hint !== 'You will need to rewrite or cast the expression.') { badTpl++; continue; }
  for (const [src, tgt] of pairs) { tgtName[tgt] = m[1]; srcName[src] = m[2]; }
}
const [ex] = insMsgs.values();
out.push(`All ${insMsgs.size} distinct failures${badTpl ? ` (except ${badTpl})` : ''} are: 42804 \`column "b" is of type <T> but expression is of type <S>\` HINT: \`You will need to rewrite or cast the expression.\` e.g. ${code(ex[0])} → ${ex[1]}\n`);
out.push(table(['declared type', '<T> (as target column)', '<S> (as source expression)'], T.map(([, t]) => [code(t), tgtName[t] ? code(tgtName[t]) : '(never fails)', srcName[t] ? code(srcName[t]) : '(never fails)'])));
out.push('');
// UPDATE SET and literals
const litCases = [
  ["CREATE TABLE t (b boolean)", "INSERT INTO t (b) VALUES (1)"],
  ["CREATE TABLE t (b boolean)", "INSERT INTO t (b) VALUES ('1')"],
  ["CREATE TABLE t (b boolean)", "INSERT INTO t (b) VALUES ('yes'), ('off'), ('T'), (' true ')"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES (true)"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES (1.5), (2.5), (-2.5), (1.4999)"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES ('1.5')"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES (' 42 '), ('+7'), ('1_000'), ('0x1F'), ('0o17'), ('0b101')"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES ('')"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES ('1e3')"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES (1e3)"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES ('5'::text)"],
  ["CREATE TABLE t (b integer)", "INSERT INTO t (b) VALUES (3000000000)"],
  ["CREATE TABLE t (b smallint)", "INSERT INTO t (b) VALUES (40000)"],
  ["CREATE TABLE t (b smallint)", "INSERT INTO t (b) VALUES ('40000')"],
  ["CREATE TABLE t (b bigint)", "INSERT INTO t (b) VALUES (99999999999999999999)"],
  ["CREATE TABLE t (b bigint)", "INSERT INTO t (b) VALUES ('99999999999999999999')"],
  ["CREATE TABLE t (b text)", "INSERT INTO t (b) VALUES (1), (true), (1.50), ('2024-01-01'::date)"],
  ["CREATE TABLE t (b varchar(5))", "INSERT INTO t (b) VALUES (123456)"],
  ["CREATE TABLE t (b varchar(5))", "INSERT INTO t (b) VALUES ('abcdef')"],
  ["CREATE TABLE t (b varchar(5))", "INSERT INTO t (b) VALUES ('abc       ')"],
  ["CREATE TABLE t (b char(3))", "INSERT INTO t (b) VALUES ('abcd')"],
  ["CREATE TABLE t (b text)", "UPDATE t SET b = 1"],
  ["CREATE TABLE t (b integer)", "UPDATE t SET b = 'x'::text"],
  ["CREATE TABLE t (b date)", "INSERT INTO t (b) VALUES (20240101)"],
  ["CREATE TABLE t (b date)", "INSERT INTO t (b) VALUES ('2024-01-01 10:30')"],
  ["CREATE TABLE t (b date)", "INSERT INTO t (b) VALUES ('2024-01-01 23:30+00'::timestamptz)"],
  ["CREATE TABLE t (b timestamp)", "INSERT INTO t (b) VALUES ('2024-01-01'::date)"],
  ["CREATE TABLE t (b jsonb)", "INSERT INTO t (b) VALUES (1)"],
  ["CREATE TABLE t (b jsonb)", "INSERT INTO t (b) VALUES ('1')"],
  ["CREATE TABLE t (b jsonb)", "INSERT INTO t (b) VALUES ('{\"a\":1}'::json)"],
  ["CREATE TABLE t (b uuid)", "INSERT INTO t (b) VALUES ('x'::text)"],
  ["CREATE TABLE t (b mood)", "INSERT INTO t (b) VALUES ('x')"],
  ["CREATE TABLE t (b mood)", "INSERT INTO t (b) VALUES ('a'::text)"],
  ["CREATE TABLE t (b mood)", "INSERT INTO t (b) VALUES ('a'::varchar)"],
  ["CREATE TABLE t (b numeric(5,2))", "INSERT INTO t (b) VALUES (1000)"],
  ["CREATE TABLE t (b numeric(5,2))", "INSERT INTO t (b) VALUES (999.995)"],
  ["CREATE TABLE t (b numeric(5,2))", "INSERT INTO t (b) VALUES (999.994), (1.005), (-1.005), (0.001)"],
  ["CREATE TABLE t (b numeric(3,0))", "INSERT INTO t (b) VALUES (1000)"],
  ["CREATE TABLE t (b numeric(2,5))", "INSERT INTO t (b) VALUES (0.1)"],
  ["CREATE TABLE t (b numeric(5,2))", "INSERT INTO t (b) VALUES ('NaN'), ('Infinity')"],
];
const litRows = [];
for (const [setup, sql] of litCases) {
  await reset(db);
  await ok(db, "CREATE TYPE mood AS ENUM ('a','b','c')", setup);
  const r = await q(db, sql);
  let res = cell(r);
  if (r.ok && sql.startsWith('INSERT')) res += ' → stored: ' + cell(await q(db, 'SELECT b FROM t'));
  litRows.push([code(setup), code(sql), res]);
}
out.push('### Literals / expressions into typed columns\n');
out.push(table(['table', 'statement', 'result'], litRows));

// ---------- 4. input syntax failures ----------
out.push('\n## 4. Literal input: `SELECT \'<input>\'::<type>`\n');
await reset(db);
await ok(db, "CREATE TYPE mood AS ENUM ('a','b','c')");
const inputs = [
  ['smallint', ['abc', '32767', '32768', '-32769', '1.5']], ['integer', ['abc', '', ' 12 ', '1.0', '2147483648', '-2147483648', '12abc', '1_000', '0x10']],
  ['bigint', ['abc', '9223372036854775808']], ['numeric', ['abc', '1.5e3', ' 1.50 ', 'NaN', 'Infinity', '1,5', '.5', '5.']],
  ['numeric(10,2)', ['abc', '1.005', '12345678901']], ['real', ['abc', '1e39', '1e-46', '3.4e38']], ['double precision', ['abc', '1e309', 'inf', '-Infinity', 'nan']],
  ['boolean', ['abc', 'yes', 'no', 'on', 'of', 'Y', '1', '0', '2', 'tr', ' TRUE ']],
  ['date', ['abc', '2024-02-30', '2024-13-01', '2024-1-5', '20240105', '01/02/2024', '2024-01-01 10:00', 'infinity', 'epoch']],
  ['timestamp', ['abc', '2024-01-01 25:00', '2024-01-01 24:00', '2024-01-01T10:00:00Z', '2024-01-01 10:00+02', '2024-02-30 10:00']],
  ['timestamptz', ['abc', '2024-01-01 10:00+02', '2024-01-01 10:00 Europe/Paris', '2024-01-01 10:00 XYZ']],
  ['uuid', ['abc', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}', 'a0eebc999c0b4ef8bb6d6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1']],
  ['json', ['abc', '{"a":1,}', "{'a':1}", '', '{"a":1']], ['jsonb', ['abc', '{"a":1,}', '']],
  ['mood', ['x', 'A', '', 'a']], ['varchar(3)', ['abcdef', 'ab   ']], ['char(3)', ['abcdef', 'a']], ['text', ['abc']],
];
const inRows = [];
for (const [t, vals] of inputs) for (const v of vals) {
  const sql = `SELECT '${v.replace(/'/g, "''")}'::${t}`;
  inRows.push([code(t), v === '' ? "*(empty)*" : code(v), cell(await q(db, sql))]);
}
out.push(table(['type', 'input', 'result'], inRows));

// ---------- 5. overflow ----------
out.push('\n## 5. Overflow / range / length\n');
const ovf = [
  'SELECT 32767::smallint + 1::smallint', 'SELECT 40000::smallint', "SELECT '40000'::smallint", 'SELECT 2147483647 + 1', 'SELECT 3000000000::integer', "SELECT '3000000000'::integer", 'SELECT 3000000000.5::integer',
  'SELECT 9223372036854775807 + 1', 'SELECT 9223372036854775808::bigint', "SELECT (-2147483648)::integer * -1", 'SELECT abs(-2147483648)', 'SELECT -(-32768)::smallint',
  'SELECT 1000::numeric(5,2)', 'SELECT 999.995::numeric(5,2)', 'SELECT 123.456::numeric(5,2)', 'SELECT 12345::numeric(5,0)', 'SELECT 0.5::numeric(1,0)',
  'SELECT 1e39::real', 'SELECT 1e308::float8 * 10', 'SELECT 1e300::float8::real', "SELECT 'NaN'::numeric::integer", "SELECT 'Infinity'::float8::integer", 'SELECT 1e20::float8::bigint',
  "SELECT 'abcdef'::varchar(3)", "SELECT 'abcdef'::character varying(3)", "SELECT 'abcdef'::char(3)", "SELECT CAST('abcdef' AS varchar(3))", "SELECT 'abcdef'::text::varchar(3)",
  "SELECT 12345::varchar(3)", "SELECT 'ab'::char(5) || '|'", "SELECT length('ab'::char(5)), octet_length('ab'::char(5))",
];
const ovRows = [];
for (const s of ovf) ovRows.push([code(s), cell(await q(db, s))]);
await ok(db, 'CREATE TABLE t (v varchar(5), c char(3), n numeric(5,2), i integer, s smallint)');
for (const s of ["INSERT INTO t (v) VALUES ('abcdef')", "INSERT INTO t (c) VALUES ('abcd')", "INSERT INTO t (n) VALUES (1000)", "INSERT INTO t (i) VALUES (2147483648)", "INSERT INTO t (s) VALUES (32768)", "INSERT INTO t (v) VALUES ('abcdef'::varchar(3))", "INSERT INTO t (i) VALUES (1), (2)", "UPDATE t SET v = 'toolong'", 'UPDATE t SET i = i * 2147483647', "UPDATE t SET n = 5000"])
  ovRows.push([code(s), cell(await q(db, s))]);
out.push('Table for INSERT rows: `t (v varchar(5), c char(3), n numeric(5,2), i integer, s smallint)`.\n');
out.push(table(['statement', 'result'], ovRows));

writeFileSync(new URL('./casts.md', import.meta.url), out.join('\n') + '\n');
await db.close();
console.log('casts.md written');
