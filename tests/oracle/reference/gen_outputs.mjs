// outputs.md: text output of values (date/time, bool, uuid, json/jsonb, numeric, float, arrays) and result column names.
import { writeFileSync } from 'node:fs';
import { open, q, ok, code, cell, table, header } from './lib.mjs';

const db = await open();
const out = [await header(db, 'Value output and column names (PostgreSQL 18)', 'gen_outputs.mjs')];
const one = async (sql) => { const r = await q(db, sql); return r.ok ? code(r.rows[0][0]) : 'ERROR ' + r.sqlstate + ' ' + code(r.message); };

// 1. timestamps
out.push('## 1. Date/time input → output (TimeZone = UTC)\n');
const tsIn = ['2024-01-01', '2024-01-01 10:00', '2024-01-01T10:00:00', '2024-01-01T10:00:00.123456', '2024-01-01 10:00:00.120', '2024-01-01 10:00:00.000', '2024-01-01 10:00:00.1234567', '2024-01-01 10:00:00.9999996', '2024-01-01 10:00:00.5', '2024-01-01 10:00:00+05:30', '2024-01-01 10:00:00Z', '2024-01-01 10:00:00-08', '2024-07-01 10:00 America/New_York', 'Jan 5 2024 3pm', '1/2/2024', '2024-01-01 24:00:00', 'epoch', 'infinity', '-infinity', '0001-01-01', '2024-01-01 BC', '99999-01-01'];
const tsRows = [];
for (const v of tsIn) {
  const lit = v.replace(/'/g, "''");
  tsRows.push([code(v), await one(`SELECT '${lit}'::timestamp`), await one(`SELECT '${lit}'::timestamptz`), await one(`SELECT '${lit}'::timestamp(3)`), await one(`SELECT '${lit}'::timestamptz(0)`), await one(`SELECT '${lit}'::date`)]);
}
out.push(table(['input', 'timestamp', 'timestamptz', 'timestamp(3)', 'timestamptz(0)', 'date'], tsRows));

out.push('\n### Other time zones / conversions / time & interval\n');
const tzRows = [];
for (const s of [
  "SET TimeZone = 'America/New_York'", "SELECT '2024-01-01 10:00+00'::timestamptz", "SELECT '2024-07-01 10:00+00'::timestamptz", "SELECT '2024-01-01 10:00'::timestamptz", "SELECT '2024-01-01 10:00+00'::timestamptz::timestamp", "SELECT '2024-01-01 10:00+00'::timestamptz::date",
  "SET TimeZone = 'Asia/Kolkata'", "SELECT '2024-01-01 10:00+00'::timestamptz", "SET TimeZone = '+02'", "SELECT '2024-01-01 10:00+00'::timestamptz", "SET TimeZone = 'UTC'",
  "SELECT '2024-01-01 10:00'::timestamp AT TIME ZONE 'UTC'", "SELECT '2024-01-01 10:00+00'::timestamptz AT TIME ZONE 'Europe/Paris'", "SELECT '2024-01-01'::date::timestamptz", "SELECT '2024-01-01 23:59:59.999999'::timestamp::date",
  "SELECT '10:00'::time", "SELECT '10:00:00.5'::time", "SELECT '10:00+02'::timetz", "SELECT '1 day'::interval", "SELECT '90 minutes'::interval", "SELECT '1.5 hours'::interval", "SELECT '36 hours'::interval", "SELECT '1 year 2 mons 3 days 04:05:06.5'::interval", "SELECT '-1 day'::interval", "SELECT '2024-03-01'::timestamp - '2024-01-01'::timestamp", "SELECT '2024-03-01'::date - '2024-01-01'::date", "SELECT '2024-01-31'::date + '1 month'::interval", "SELECT extract(epoch FROM '2024-01-01 00:00+00'::timestamptz)", "SELECT to_char('2024-01-05 15:04:05'::timestamp, 'YYYY-MM-DD HH24:MI:SS')",
]) tzRows.push([code(s), cell(await q(db, s))]);
out.push(table(['statement', 'result'], tzRows));

// 2. scalar outputs
out.push('\n## 2. Other value outputs (`SELECT <expr>`; value as the client receives it in text format)\n');
const exprs = [
  'true', 'false', 'true::text', 'false::text', "'yes'::boolean::text", 'true::varchar', "true::char(1)", "true::char(5)", "concat(true)", "'x' || true", "format('%s', true)", 'NULL::boolean',
  "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid", "'{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'::uuid::text", "upper('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid::text)",
  '1.500::numeric', '0.000::numeric', '1.0e2::numeric', "'1.0e2'::numeric", '100.00::numeric(10,2)', '1::numeric(10,2)', '0::numeric(10,2)', '-0.001::numeric(10,2)', '1.20::numeric + 1.3', '1.20::numeric * 1.30', "'  12.340  '::numeric", '12.5::numeric(10,0)', '1e-3::numeric', '0.1 + 0.2', '1.0::numeric::text', '1.50::numeric::float8', '(1.50::numeric)::int',
  '1.0::real', '1e6::real', '1e7::real', '123456.7::real', '1234567.8::real', '0.001::real', '1e-4::real', "'NaN'::real", "'-0'::real", '1e14::float8', '1e15::float8', '123456789012345::float8', '1234567890123456::float8', '12345678901234567::float8', '0.001::float8', '0.0001::float8', '0.00001234::float8', '1.5e-7::float8', "'1e309'::text", '5e-324::float8', '1.7976931348623157e308::float8',
  "ARRAY[1,2,3]", "ARRAY['a b', 'c', NULL, '', 'd\"e', 'f,g']", "ARRAY[true, false]", "'{}'::int[]", "ARRAY[[1,2],[3,4]]", "ARRAY[1.50, 2]", "ROW(1, 'a b', NULL, '', true)", "'\\xDEADbeef'::bytea", "'abc'::bytea", "'ab'::char(5)", "'ab'::char(5)::text", "'ab  '::varchar(5)", "length('ab  '::char(5))", "'ab'::name", "'a'::\"char\"",
  "'{\"b\":1,  \"a\":[1,2]}'::json", "'{\"b\":1,  \"a\":[1,2]}'::jsonb",
];
const vrows = [];
for (const e of exprs) vrows.push([code(e), await one(`SELECT ${e}`), await one(`SELECT pg_typeof(${e})::text`)]);
out.push(table(['expr', 'output', 'pg_typeof'], vrows));

// 3. json vs jsonb
out.push('\n## 3. json vs jsonb normalisation (`SELECT \'<input>\'::json`, `::jsonb`)\n');
const jin = ['{"b":1,  "a":[1,2]}', '{"a":1,"a":2}', '{"a":2,"a":1}', '{"bb":1,"a":2,"ccc":3,"aa":4}', '{"b": {"d":1,"c":2}}', ' [1, 2 ,3] ', '[]', '{}', '{"a": 1.50}', '{"a": 1e2}', '{"a": 1E+2}', '{"a": -0}', '{"a": 0.1e1}', '{"a": 100000000000000000000}', '"str"', '  "str"  ', 'null', 'true', '123', '12.30', '{"a":"\\u00e9"}', '{"a":"é"}', '{"a":"\\n"}', '{"a":"\\/"}', '{"a":null}', '{"A":1,"a":2}', '{"é":1,"z":2}', '[{"b":1,"a":2}]'];
const jrows = [];
for (const v of jin) {
  const lit = v.replace(/'/g, "''");
  jrows.push([code(v), await one(`SELECT '${lit}'::json`), await one(`SELECT '${lit}'::jsonb`), await one(`SELECT '${lit}'::json::text = '${lit}'::jsonb::text`)]);
}
out.push(table(['input', 'json', 'jsonb', 'json text = jsonb text?'], jrows));
const jops = ["SELECT '{\"a\":1}'::jsonb = '{\"a\": 1}'::jsonb", "SELECT '{\"a\":1.0}'::jsonb = '{\"a\": 1}'::jsonb", "SELECT '{\"a\":1, \"b\":2}'::jsonb = '{\"b\":2, \"a\":1}'::jsonb", "SELECT '{\"a\":1}'::json::jsonb", "SELECT '{\"b\":1,\"a\":2}'::jsonb::json", "SELECT '{\"a\":\"x\"}'::jsonb -> 'a'", "SELECT '{\"a\":\"x\"}'::jsonb ->> 'a'", "SELECT '{\"a\":1}'::jsonb -> 'zz'", "SELECT jsonb_build_object('b', 1, 'a', 'x')", "SELECT json_build_object('b', 1, 'a', 'x')", "SELECT to_jsonb('2024-01-01 10:00'::timestamp)", "SELECT to_jsonb(1.50)", "SELECT to_json('it''s \"q\"'::text)", "SELECT row_to_json(ROW(1, 'a'))", "SELECT jsonb_typeof('1'::jsonb)"];
const jorows = [];
for (const s of jops) jorows.push([code(s), cell(await q(db, s))]);
out.push('');
out.push(table(['statement', 'result'], jorows));

// 4. now() and friends
out.push('\n## 4. Current-time functions: types\n');
const nrows = [];
for (const e of ['now()', 'CURRENT_TIMESTAMP', 'CURRENT_TIMESTAMP(0)', 'LOCALTIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME', 'LOCALTIME', 'clock_timestamp()', 'statement_timestamp()', 'transaction_timestamp()', "'now'::timestamp", 'timeofday()', 'gen_random_uuid()', 'random()', 'now()::date', 'now() = CURRENT_TIMESTAMP', 'now() = transaction_timestamp()']) {
  const r = await q(db, `SELECT pg_typeof(${e})::text, (${e})`);
  nrows.push([code(e), r.ok ? code(r.rows[0][0]) : cell(r), r.ok ? (/random|uuid|timeofday/.test(e) ? '(varies)' : code(String(r.rows[0][1]).replace(/\d/g, '9'))) : '']);
}
out.push(table(['expr', 'pg_typeof', 'output shape (digits → 9; fraction length varies because trailing zeros are trimmed)'], nrows));
out.push('\nPGlite\'s wasm clock ticks in milliseconds, so fractions here have ≤ 3 digits; native PostgreSQL shows up to 6 (microseconds). `now()` = `CURRENT_TIMESTAMP` = `transaction_timestamp()` (same value within a transaction).');

// 5. column names
out.push('\n## 5. Result column names (`fields[].name`)\n');
await ok(db, 'CREATE TABLE t (a int, b text, "MixedCase" int)', "INSERT INTO t VALUES (1, 'x', 2)");
const cols = [
  'SELECT 1', 'SELECT 1 + 1', 'SELECT -a FROM t', 'SELECT a + 1 FROM t', 'SELECT a FROM t', 'SELECT t.a FROM t', 'SELECT a AS "X" FROM t', 'SELECT a AS X FROM t', 'SELECT a x FROM t', 'SELECT "MixedCase" FROM t', 'SELECT * FROM t',
  'SELECT a::text FROM t', 'SELECT CAST(a AS bigint) FROM t', "SELECT 'x'", "SELECT 'x'::text", "SELECT 'x'::varchar(3)", "SELECT 1::int", "SELECT 1::integer", "SELECT 1::int8", "SELECT 1::numeric(5,2)", "SELECT true::boolean", "SELECT NULL", "SELECT NULL::int", 'SELECT true',
  'SELECT coalesce(a, 0) FROM t', 'SELECT COALESCE(a, 0) FROM t', 'SELECT nullif(a, 0) FROM t', "SELECT lower(b) FROM t", "SELECT upper(b) FROM t", "SELECT length(b) FROM t", "SELECT public.t.a FROM public.t", "SELECT count(*) FROM t", "SELECT count(a) FROM t", "SELECT sum(a), max(a), min(a), avg(a) FROM t", 'SELECT now()', 'SELECT CURRENT_TIMESTAMP', 'SELECT CURRENT_DATE', 'SELECT LOCALTIMESTAMP', 'SELECT CURRENT_USER', 'SELECT current_user', 'SELECT session_user', 'SELECT version()',
  "SELECT CASE WHEN a > 0 THEN 1 END FROM t", "SELECT CASE WHEN a > 0 THEN 1 END AS c FROM t", "SELECT EXISTS (SELECT 1)", "SELECT (SELECT 1)", "SELECT (SELECT a FROM t)", "SELECT ARRAY[1]", "SELECT ROW(1, 2)", "SELECT (1, 2)", "SELECT a = 1 FROM t", "SELECT a IS NULL FROM t", "SELECT b || 'x' FROM t", "SELECT b LIKE 'x' FROM t", "SELECT GREATEST(1, 2)", "SELECT 1 AS a, 2 AS a", "SELECT a, a FROM t", "SELECT t FROM t", "SELECT t.* FROM t", "SELECT (t).a FROM t", "SELECT extract(year FROM now())", "SELECT date_trunc('day', now())", "SELECT gen_random_uuid()", "SELECT '{\"a\":1}'::jsonb -> 'a'", "SELECT '{\"a\":1}'::jsonb ->> 'a'", "SELECT pg_typeof(1)", "SELECT a::text::int FROM t", "SELECT 'a'::text::varchar", "SELECT x FROM (VALUES (1)) v(x)", "SELECT * FROM (VALUES (1, 2)) v", "SELECT column1 FROM (VALUES (1))", "SELECT 1 FROM t GROUP BY a",
  "INSERT INTO t VALUES (2, 'y', 3) RETURNING *", "INSERT INTO t VALUES (3, 'z', 4) RETURNING a + 1, lower(b)", "UPDATE t SET a = a RETURNING a AS \"new\"",
];
const crow = [];
for (const s of cols) { const r = await q(db, s); crow.push([code(s), r.ok ? r.fields.map(code).join(', ') : cell(r)]); }
out.push(table(['statement', 'column name(s)'], crow));

writeFileSync(new URL('./outputs.md', import.meta.url), out.join('\n') + '\n');
await db.close();
console.log('outputs.md written');
