// operators.md: arithmetic result values/types, division & modulo, rounding, float/numeric output, concat, operator errors.
import { writeFileSync } from 'node:fs';
import { open, q, ok, reset, code, cell, table, header } from './lib.mjs';

const db = await open();
const out = [await header(db, 'Operators and expression results (PostgreSQL 18)', 'gen_operators.mjs')];

async function valType(expr, extra = '') {
  const r = await q(db, `SELECT (${expr}) AS v, pg_typeof((${expr}))::text AS t ${extra}`);
  if (!r.ok) return [cell(r), ''];
  return [code(r.rows[0][0]), code(r.rows[0][1])];
}

// 1. result type matrix
const NT = [['int2', 'smallint'], ['int4', 'integer'], ['int8', 'bigint'], ['numeric', 'numeric'], ['float4', 'real'], ['float8', 'double precision']];
out.push('## 1. Result type of `a <op> b` (row = type of a, column = type of b), values 7 and 2\n');
for (const op of ['+', '/', '%']) {
  const rows = [];
  for (const [a, ta] of NT) {
    const row = [`**${a}**`];
    for (const [b, tb] of NT) {
      const r = await q(db, `SELECT (7::${ta} ${op} 2::${tb})::text, pg_typeof(7::${ta} ${op} 2::${tb})::text`);
      row.push(r.ok ? `${r.rows[0][0]} : ${r.rows[0][1]}` : 'ERROR ' + r.message);
    }
    rows.push(row);
  }
  out.push(`\`7::a ${op.replace('|', '\\|')} 2::b\` → value : type\n`);
  out.push(table(['a\\b', ...NT.map(([a]) => a)], rows));
  out.push('');
}

// 2. literal expressions
const exprs = [
  // literal typing
  '7', '7.0', '7e0', '2147483648', '9223372036854775808', "'7'", '1.50', '-0.0', '0.10e1',
  // division / modulo
  '7/2', '7.0/2', '7/2.0', '-7/2', '7/-2', '7%3', '-7%3', '7 % -3', '7.5%2', '-7.5%2', 'mod(-7,3)', 'div(-7,2)', '7::float8/2', '7::float8%2',
  '1/0', '1.0/0', '1::float8/0', '0::float8/0', '1%0', '1.0%0', '1::numeric/0', "'Infinity'::float8/0", '0.0/0',
  '2147483647+1', '2147483647::bigint+1', '-2147483648/-1', '(-2147483648)::int4/-1', '9223372036854775807+1', '32767::int2+1::int2', '32767::int2+1',
  // numeric scale
  '1.0/3', '1/3.0', '1::numeric/3', '10::numeric/4', '10/4::numeric', '1.00/3', '2.0/3.00', '1::numeric/7', '100.0/3', '1.0/3000000', '10.0/5', '0.5*0.5', '1.10+2.205', '1.10*2', '1.50::numeric(10,2)*3', '2^10', '2.0^10', '2^0.5', '4^0.5', 'sqrt(2)', 'sqrt(2::numeric)', 'exp(1)', 'ln(10)', 'power(2,3)', '10::numeric ^ -2',
  // rounding
  'round(2.5)', 'round(-2.5)', 'round(3.5)', 'round(2.5::float8)', 'round(-2.5::float8)', 'round(3.5::float8)', 'round(1.005, 2)', 'round(1.005::float8::numeric, 2)', 'round(2.345, 2)', 'round(1234.5, -2)', 'round(1.5, 0)', 'trunc(-2.7)', 'trunc(2.789, 2)', 'ceil(-2.5)', 'floor(-2.5)', 'ceil(2.1::float8)', '2.5::numeric::int', '-2.5::numeric::int', '2.5::float8::int', '3.5::float8::int', '-2.5::float8::int', '2.5::real::int', '(5/2)::numeric', 'cast(7 as numeric)/2',
  // float8 output
  '0.1::float8', '0.1::float8 + 0.2::float8', '1e20::float8', '1e15::float8', '1e16::float8', '123456789012345678::float8', '1e-5::float8', '1e-4::float8', '0.0001234::float8', '(1/3.0)::float8', '1::float8/3', '2::float8/3', "'NaN'::float8", "'Infinity'::float8", "'-Infinity'::float8", "'-0'::float8", '100::float8', '1.5e300::float8*1e8', '3.0::float8', '12345678901234567890::float8',
  // real output
  '0.1::real', '(1/3.0)::real', '1::real/3', '1e20::real', '1e-5::real', '123456789::real', '16777217::real', '3.14159265358979::real', '0.1::real::float8', '0.1::real + 0.2::real', '1.5::real*2',
  // numeric output
  '1.50::numeric(10,2)', '1.5::numeric(10,2)', '1::numeric(10,2)', '0.00001::numeric', '1e20::numeric', '1e-20::numeric', '1.5e3::numeric', '100::numeric', '1.000::numeric', '-0.0::numeric', "'NaN'::numeric", "'Infinity'::numeric", '12345678901234567890.123456789::numeric', '0.1::float8::numeric', '(1/3.0)::float8::numeric', '1e20::float8::numeric', 'sum(x) FROM (VALUES (1.5),(2.25)) v(x)', 'avg(x) FROM (VALUES (1),(2)) v(x)', 'avg(x) FROM (VALUES (1::float8),(2)) v(x)', 'sum(x) FROM (VALUES (1),(2)) v(x)', 'sum(x) FROM (VALUES (1::int8),(2)) v(x)', 'count(*) FROM (VALUES (1)) v(x)',
  // text concat
  "'a' || 1", "1 || 'a'", "'a' || 1.50", "'a' || true", "'a' || NULL", "NULL || 'a'", "'a' || NULL::text", "concat('a', NULL, 1)", "concat_ws(',', 'a', NULL, 'b')", "'a'::varchar || 'b'::varchar", "'a'::char(3) || 'b'", "'{\"a\":1}'::jsonb || '{\"b\":2}'", "'a' || '2024-01-01'::date", "'x' || 1 + 2",
  // boolean / null logic
  'true AND NULL', 'false AND NULL', 'true OR NULL', 'NOT NULL::boolean', 'NULL = NULL', 'NULL IS NULL', 'NULL IS DISTINCT FROM NULL', '1 IS DISTINCT FROM NULL', 'NULL::int + 1', "NULL || NULL", '1 = 1.0', "1 = '1'", "'1' = '01'", "'a' = 'A'", "'a ' = 'a'", "'a '::char(3) = 'a'::char(3)", "'a '::varchar = 'a'::varchar", '1 IN (1, NULL)', '2 IN (1, NULL)', '2 NOT IN (1, NULL)', "1 = ANY('{1,2}')", "'abc' LIKE 'a%'", "'abc' ILIKE 'A%'", "'abc' LIKE 'A%'", "1 BETWEEN 2 AND 0", "1 BETWEEN SYMMETRIC 2 AND 0",
  // operator errors (literals)
  "1 = 'a'::text", "1 = 'a'", "'a'::text = 1", "1 + 'a'", "1 + '1'", "'1' + '1'", "1 || 2", "true = 1", "true = 't'", "true + 1", "'a'::text + 1", "1::boolean", "1::int::date", "'2024-01-01'::date + 1", "'2024-01-01'::date - '2023-12-01'::date", "'2024-01-01'::date + '1 day'::interval", "'2024-01-01'::timestamp - '2024-01-01'::date", "-'a'::text", "'{\"a\":1}'::json = '{\"a\":1}'::json", "'{\"a\":1}'::jsonb = '{\"a\": 1}'::jsonb", "gen_random_uuid() = 'x'", "'a'::mood = 'b'::mood",
];
await ok(db, "CREATE TYPE mood AS ENUM ('a','b','c')");
out.push('## 2. Expressions: `SELECT (<expr>) AS v, pg_typeof((<expr>))`\n');
const rows = [];
for (const e of exprs) {
  let expr = e, from = '';
  const m = /^(.*) FROM (\(VALUES.*)$/.exec(e);
  if (m) { expr = m[1]; from = 'FROM ' + m[2]; }
  const [v, t] = await valType(expr, from);
  rows.push([code(e), v, t]);
}
out.push(table(['expr', 'value', 'pg_typeof'], rows));

// 3. column-based operator errors
out.push('\n## 3. Operator errors on columns\n');
await ok(db, "CREATE TABLE t (i int, i8 bigint, n numeric, s text, v varchar(10), b boolean, d date, ts timestamp, j jsonb, js json, u uuid, e mood)", "INSERT INTO t VALUES (1, 1, 1.5, 'a', 'a', true, '2024-01-01', '2024-01-01', '{}', '{}', gen_random_uuid(), 'a')");
const colExprs = [
  'i = s', 's = i', 'i = v', 'b = 1', 'b = i', "b = 'yes'", "b = 'x'", "i LIKE '1%'", "i::text LIKE '1%'", "s LIKE 1", 'i = n', 'i = i8', 'd = ts', "d = '2024-01-01'", "d = 'bad'", "i = 'a'", "i = '1.5'", "n = '1.5'", 'i + s', 's || i', 'i || s', 'b AND i', 'NOT i', 'i AND true', 'j = js', "js = '{}'", "j = '{}'", "j ->> 'a' = 1", "u = 'x'", "u = s", "e = 'x'", "e = 'a'", "e = s", "e < 'b'", "s = e", "i = d", "SUM(s)", "AVG(b)", "max(b)", "i IN ('a')", "i IN (1, 'a')", "s IN (1, 2)", "i = ANY(ARRAY['1'])", "COALESCE(i, 'x')", "COALESCE(i, s)", "COALESCE(s, 1)", "CASE WHEN b THEN i ELSE s END", "CASE WHEN b THEN 1 ELSE 'x' END", "i = NULL", "lower(i)", "length(i)", "upper(e)", "nosuchfunc(i)", "round(i, 'x')",
];
const crow = [];
for (const e of colExprs) {
  const r = await q(db, `SELECT ${e} FROM t`);
  crow.push([code(`SELECT ${e} FROM t`), cell(r)]);
}
out.push('`t (i int, i8 bigint, n numeric, s text, v varchar(10), b boolean, d date, ts timestamp, j jsonb, js json, u uuid, e mood)` with one row.\n');
out.push(table(['statement', 'result'], crow));
// WHERE contexts
out.push('\n### In WHERE / UPDATE\n');
const wrow = [];
for (const s of ["SELECT * FROM t WHERE i = 'abc'", "SELECT * FROM t WHERE i = s", "SELECT * FROM t WHERE i", "SELECT * FROM t WHERE s", "SELECT * FROM t WHERE 1", "SELECT * FROM t WHERE NULL", "UPDATE t SET i = i + s", "UPDATE t SET b = NOT i", "DELETE FROM t WHERE b = 1", "SELECT * FROM t WHERE e = 'zzz'", "SELECT * FROM t WHERE u = 'not-a-uuid'", "SELECT * FROM t WHERE d > 'yesterday-ish'"])
  wrow.push([code(s), cell(await q(db, s))]);
out.push(table(['statement', 'result'], wrow));

writeFileSync(new URL('./operators.md', import.meta.url), out.join('\n') + '\n');
await db.close();
console.log('operators.md written');
