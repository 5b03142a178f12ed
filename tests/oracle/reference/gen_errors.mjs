// errors.md: exact sqlstate / message / detail / hint for migration-relevant failures.
import { writeFileSync } from 'node:fs';
import { open, q, ok, reset, code, cell, table, header } from './lib.mjs';

const db = await open();
const out = [await header(db, 'Error texts (PostgreSQL 18)', 'gen_errors.mjs')];
out.push('Each section starts from an empty `public` schema, runs the setup, then the statements **in order** (state accumulates; a failed statement changes nothing). Result format: `ERROR <sqlstate> message DETAIL: … HINT: …`; `OK` = success without rows; notices/warnings on their own line.\n');

async function section(title, setup, stmts, note) {
  await reset(db);
  await ok(db, ...setup);
  out.push(`## ${title}\n`);
  if (setup.length) out.push('Setup: ' + setup.map(code).join('; ') + '\n');
  if (note) out.push(note + '\n');
  const rows = [];
  for (const s of stmts) rows.push([code(s), cell(await q(db, s))]);
  out.push(table(['statement', 'result'], rows));
  out.push('');
}

await section('1. NOT NULL', ["CREATE TABLE t (id int PRIMARY KEY, name text, qty int)", "INSERT INTO t VALUES (1, 'a', NULL), (2, NULL, 5)"], [
  'ALTER TABLE t ALTER COLUMN name SET NOT NULL',
  'ALTER TABLE t ALTER COLUMN qty SET NOT NULL',
  'ALTER TABLE t ADD CONSTRAINT qty_nn NOT NULL qty',
  'ALTER TABLE t ADD COLUMN x int NOT NULL',
  'ALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 0',
  'ALTER TABLE t ADD COLUMN y text NOT NULL DEFAULT NULL',
  'INSERT INTO t (id) VALUES (NULL)',
  'INSERT INTO t (id, name) VALUES (3, NULL)',
  'ALTER TABLE t ALTER COLUMN x SET NOT NULL',
  'INSERT INTO t (id, x) VALUES (3, NULL)',
  'UPDATE t SET x = NULL WHERE id = 1',
  'UPDATE t SET id = NULL',
  'INSERT INTO t VALUES (4, NULL, NULL, DEFAULT)',
  'ALTER TABLE t ALTER COLUMN nosuch SET NOT NULL',
  'DELETE FROM t WHERE name IS NULL',
  'ALTER TABLE t ALTER COLUMN name SET NOT NULL',
  'ALTER TABLE t ALTER COLUMN name SET NOT NULL',
  'ALTER TABLE t ALTER COLUMN name DROP NOT NULL',
  'ALTER TABLE t ALTER COLUMN name DROP NOT NULL',
  'ALTER TABLE t ALTER COLUMN id DROP NOT NULL',
  'ALTER TABLE t DROP CONSTRAINT t_id_not_null',
  'ALTER TABLE t DROP CONSTRAINT t_x_not_null',
]);

await section('2. How values appear in `Failing row contains (...)`', [
  "CREATE TYPE mood AS ENUM ('a','b')",
  'CREATE TABLE f (id int NOT NULL, i int, b boolean, n numeric(10,2), r real, d float8, ts timestamp, tz timestamptz, dt date, u uuid, e mood, big bigint)',
  'CREATE TABLE s (id int NOT NULL, txt text, vc varchar(20), ch char(5), j jsonb, js json, arr int[])',
], [
  "INSERT INTO f VALUES (NULL, 42, true, 1.5, 0.1, 1e20, '2024-01-01 10:00', '2024-01-01 10:00+02', '2024-01-01', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'a', 9223372036854775807)",
  "INSERT INTO f (id, b, n, ts) VALUES (NULL, false, -0.5, '2024-01-01 10:00:00.123')",
  'INSERT INTO f (id) VALUES (NULL)',
  "INSERT INTO s VALUES (NULL, 'hello world', 'x,y', 'ab', '{\"b\": 1, \"a\": [1,2]}', '{\"b\": 1,  \"a\": 2}', '{1,2,3}')",
  "INSERT INTO s (id, txt) VALUES (NULL, 'say \"hi\"')",
  "INSERT INTO s (id, txt) VALUES (NULL, 'it''s')",
  "INSERT INTO s (id, txt) VALUES (NULL, '(paren)')",
  "INSERT INTO s (id, txt) VALUES (NULL, '')",
  "INSERT INTO s (id, txt) VALUES (NULL, 'back\\slash')",
  "INSERT INTO s (id, txt) VALUES (NULL, E'line1\\nline2')",
  "INSERT INTO s (id, txt) VALUES (NULL, 'null')",
  "INSERT INTO s (id, txt) VALUES (NULL, 'ünïcødé 日本')",
  "INSERT INTO s (id, txt) VALUES (NULL, repeat('x', 70))",
  "INSERT INTO s (id, txt) VALUES (NULL, repeat('é', 70))",
  "INSERT INTO s (id, arr) VALUES (NULL, '{}')",
]);

await section('3. Unique violations', [
  'CREATE TABLE u (id int PRIMARY KEY, email text UNIQUE, a int, b text, UNIQUE (a, b))',
  'CREATE UNIQUE INDEX u_lower_email ON u (lower(email))',
  'CREATE UNIQUE INDEX u_b_partial ON u (b) WHERE a > 100',
  'CREATE TABLE p (a int, b text, c date, PRIMARY KEY (a, b, c))',
  "INSERT INTO u VALUES (1, 'x@y.com', 1, 'hello world'), (2, NULL, 2, 'q')",
  "INSERT INTO p VALUES (1, 'k,1', '2024-01-01')",
], [
  "INSERT INTO u (id) VALUES (1)",
  "INSERT INTO u (id, email) VALUES (3, 'x@y.com')",
  "INSERT INTO u (id, email) VALUES (3, 'X@Y.com')",
  "INSERT INTO u (id, a, b) VALUES (3, 1, 'hello world')",
  "INSERT INTO u (id, email) VALUES (3, NULL), (4, NULL)",
  "INSERT INTO u (id, a, b) VALUES (5, 101, 'p'), (6, 102, 'p')",
  "INSERT INTO u (id) VALUES (10), (10)",
  "UPDATE u SET id = 1 WHERE id = 2",
  "UPDATE u SET email = 'x@y.com' WHERE id = 2",
  "UPDATE u SET id = id + 1",
  "INSERT INTO p VALUES (1, 'k,1', '2024-01-01')",
  "INSERT INTO u (id, email) VALUES (1, 'new') ON CONFLICT DO NOTHING",
  "INSERT INTO u (id, email) VALUES (1, 'new') ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email RETURNING id, email",
  "INSERT INTO u (id, email) VALUES (1, 'x') ON CONFLICT (email) DO NOTHING",
  "INSERT INTO u (id, email) VALUES (1, 'x') ON CONFLICT (b) DO NOTHING",
]);

await section('4. Creating unique indexes / keys over existing duplicates or NULLs', [
  'CREATE TABLE d (id int, email text, a int, b text)',
  "INSERT INTO d VALUES (1, 'a', 1, 'x y'), (1, 'a', 1, 'x y'), (NULL, 'b', 2, NULL), (NULL, 'b', 2, NULL)",
], [
  'CREATE UNIQUE INDEX d_email_uq ON d (email)',
  'CREATE UNIQUE INDEX ON d (email)',
  'CREATE UNIQUE INDEX d_ab_uq ON d (a, b)',
  'CREATE UNIQUE INDEX d_lower_uq ON d (lower(email))',
  'ALTER TABLE d ADD CONSTRAINT d_email_key UNIQUE (email)',
  'ALTER TABLE d ADD UNIQUE (email)',
  'ALTER TABLE d ADD UNIQUE (a, b)',
  'ALTER TABLE d ADD PRIMARY KEY (id)',
  'ALTER TABLE d ADD CONSTRAINT d_pk PRIMARY KEY (email)',
  'DELETE FROM d WHERE id = 1',
  'ALTER TABLE d ADD PRIMARY KEY (id)',
  'ALTER TABLE d ADD UNIQUE NULLS NOT DISTINCT (id)',
  'ALTER TABLE d ADD UNIQUE (id)',
  "SELECT indexname FROM pg_indexes WHERE tablename = 'd'",
]);

await section('5. CHECK violations', [
  'CREATE TABLE c (id int, price numeric(10,2), name text, qty int)',
  "INSERT INTO c VALUES (1, -5, '', 0), (2, 10, 'ok', 1)",
], [
  'ALTER TABLE c ADD CONSTRAINT c_price_check CHECK (price > 0)',
  'ALTER TABLE c ADD CHECK (price > 0)',
  "ALTER TABLE c ADD CONSTRAINT name_nonempty CHECK (name <> '')",
  'ALTER TABLE c ADD CONSTRAINT price_pos CHECK (price > 0) NOT VALID',
  "INSERT INTO c VALUES (3, -1, 'z', 1)",
  'UPDATE c SET price = -2 WHERE id = 2',
  'UPDATE c SET qty = 5 WHERE id = 1',
  'ALTER TABLE c VALIDATE CONSTRAINT price_pos',
  'ALTER TABLE c ADD CONSTRAINT qty_range CHECK (qty BETWEEN 0 AND 10)',
  "INSERT INTO c VALUES (4, 1, 'z', 11)",
  "INSERT INTO c VALUES (4, NULL, 'z', NULL)",
  'ALTER TABLE c ADD CONSTRAINT qty_range CHECK (qty > 0)',
]);

await section('6. Foreign keys', [
  'CREATE TABLE vendors (id int PRIMARY KEY, name text)',
  'CREATE TABLE orders (id int PRIMARY KEY, vendor_id int)',
  "INSERT INTO vendors VALUES (1, 'a'), (2, 'b'), (3, 'c')",
  'INSERT INTO orders VALUES (10, 1), (11, 99), (12, NULL)',
], [
  'ALTER TABLE orders ADD FOREIGN KEY (vendor_id) REFERENCES vendors (id)',
  'ALTER TABLE orders ADD CONSTRAINT fk_v FOREIGN KEY (vendor_id) REFERENCES vendors (id) NOT VALID',
  'ALTER TABLE orders VALIDATE CONSTRAINT fk_v',
  'DELETE FROM orders WHERE id = 11',
  'ALTER TABLE orders VALIDATE CONSTRAINT fk_v',
  'INSERT INTO orders VALUES (13, 42)',
  'UPDATE orders SET vendor_id = 42 WHERE id = 10',
  'DELETE FROM vendors WHERE id = 1',
  'UPDATE vendors SET id = 100 WHERE id = 1',
  'DELETE FROM vendors WHERE id = 2',
  'TRUNCATE vendors',
  'ALTER TABLE orders DROP CONSTRAINT fk_v',
  'ALTER TABLE orders ADD CONSTRAINT fk_r FOREIGN KEY (vendor_id) REFERENCES vendors (id) ON DELETE RESTRICT',
  'DELETE FROM vendors WHERE id = 1',
  'ALTER TABLE orders DROP CONSTRAINT fk_r',
  'ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (vendor_id) REFERENCES vendors (id) ON DELETE CASCADE',
  'DELETE FROM vendors WHERE id = 1',
  'SELECT * FROM orders ORDER BY id',
  'ALTER TABLE orders DROP CONSTRAINT fk_c',
  'INSERT INTO orders VALUES (20, 3)',
  'ALTER TABLE orders ADD CONSTRAINT fk_n FOREIGN KEY (vendor_id) REFERENCES vendors (id) ON DELETE SET NULL',
  'DELETE FROM vendors WHERE id = 3',
  'SELECT * FROM orders ORDER BY id',
  'ALTER TABLE orders ADD FOREIGN KEY (id) REFERENCES vendors (name)',
  'ALTER TABLE orders ADD FOREIGN KEY (vendor_id) REFERENCES vendors (nosuch)',
  'ALTER TABLE orders ADD FOREIGN KEY (nosuch) REFERENCES vendors (id)',
  'ALTER TABLE orders ADD FOREIGN KEY (vendor_id) REFERENCES nosuch (id)',
  'CREATE TABLE c2 (a int, b text, PRIMARY KEY (a, b))',
  'CREATE TABLE r2 (x int, y text, FOREIGN KEY (x, y) REFERENCES c2)',
  "INSERT INTO r2 VALUES (1, 'hello world')",
  "INSERT INTO r2 VALUES (1, NULL)",
  'ALTER TABLE vendors ALTER COLUMN id TYPE text',
  'ALTER TABLE vendors ALTER COLUMN id TYPE bigint',
]);

await section('7. Relation does not exist', [], [
  'ALTER TABLE nope ADD COLUMN x int', 'ALTER TABLE IF EXISTS nope ADD COLUMN x int', 'ALTER TABLE nope RENAME TO x', 'ALTER TABLE nope DROP COLUMN x', 'INSERT INTO nope VALUES (1)', 'SELECT * FROM nope', 'SELECT nope.x FROM (SELECT 1 AS x) s', 'UPDATE nope SET x = 1', 'DELETE FROM nope', 'TRUNCATE nope',
  'DROP TABLE nope', 'DROP TABLE IF EXISTS nope', 'DROP TABLE IF EXISTS nope, nope2', 'CREATE INDEX ON nope (x)', 'CREATE INDEX i ON nope (x)', 'SELECT * FROM public.nope', 'SELECT * FROM nosuchschema.nope', 'CREATE TABLE nosuchschema.t (x int)', 'DROP TABLE nosuchschema.t', 'SELECT * FROM "Nope"', 'SELECT * FROM Nope',
  'ALTER TABLE nope ADD CONSTRAINT c CHECK (x > 0)', 'CREATE TABLE o (v int REFERENCES nope)', 'DROP VIEW nope', 'DROP SEQUENCE nope', "SELECT 'nope'::regclass", 'COMMENT ON TABLE nope IS \'x\'',
]);

await section('8. Already exists', ["CREATE TABLE t (id int PRIMARY KEY, name text)", 'CREATE INDEX t_name_idx ON t (name)', "CREATE TYPE mood AS ENUM ('a')", 'CREATE TABLE u (x int)', 'CREATE SEQUENCE sq'], [
  'CREATE TABLE t (x int)', 'CREATE TABLE IF NOT EXISTS t (x int)', 'CREATE TABLE t_name_idx (x int)', 'CREATE TABLE t_pkey (x int)', 'CREATE TABLE sq (x int)', 'CREATE INDEX t_name_idx ON t (id)', 'CREATE INDEX IF NOT EXISTS t_name_idx ON t (id)', 'CREATE INDEX t ON u (x)', 'CREATE UNIQUE INDEX t_pkey ON u (x)',
  'ALTER TABLE u RENAME TO t', 'ALTER INDEX t_name_idx RENAME TO t_pkey', 'CREATE TYPE mood AS ENUM (\'b\')', 'CREATE TABLE mood (x int)', 'CREATE TYPE t AS ENUM (\'b\')', 'CREATE SEQUENCE t', 'CREATE TABLE dup (a int, a text)', 'CREATE TABLE v2 (a int, A text)', 'CREATE VIEW t AS SELECT 1',
  'ALTER TABLE t ADD COLUMN name text', 'ALTER TABLE t ADD COLUMN IF NOT EXISTS name text', 'ALTER TABLE t ADD COLUMN IF NOT EXISTS name int', 'ALTER TABLE t RENAME COLUMN id TO name', 'ALTER TABLE t RENAME COLUMN id TO id',
  'ALTER TABLE t ADD CONSTRAINT t_pkey UNIQUE (name)', 'ALTER TABLE t ADD CONSTRAINT t_name_idx UNIQUE (name)', 'ALTER TABLE t ADD CONSTRAINT t_pkey CHECK (id > 0)', 'ALTER TABLE t ADD CONSTRAINT ck CHECK (id > 0)', 'ALTER TABLE t ADD CONSTRAINT ck CHECK (id > 1)', 'ALTER TABLE t RENAME CONSTRAINT ck TO t_pkey', 'ALTER TABLE t ADD PRIMARY KEY (name)', "CREATE TABLE mp (a int PRIMARY KEY, b int PRIMARY KEY)", 'CREATE TABLE mp (a int PRIMARY KEY, b int, PRIMARY KEY (b))',
]);

await section('9. Column does not exist (note where a HINT appears)', ['CREATE TABLE t (id int, name text, "Title" text)', 'CREATE TABLE o (id int, t_id int)'], [
  'ALTER TABLE t DROP COLUMN nme', 'ALTER TABLE t DROP COLUMN IF EXISTS nme', 'ALTER TABLE t ALTER COLUMN nme TYPE text', 'ALTER TABLE t ALTER COLUMN nme SET NOT NULL', 'ALTER TABLE t ALTER COLUMN nme DROP NOT NULL', 'ALTER TABLE t ALTER COLUMN nme SET DEFAULT 1', 'ALTER TABLE t ALTER COLUMN nme DROP DEFAULT', 'ALTER TABLE t RENAME COLUMN nme TO x',
  'INSERT INTO t (nme) VALUES (1)', 'INSERT INTO t (id, zzz) VALUES (1, 2)', 'UPDATE t SET nme = 1', 'UPDATE t SET t.name = 1', 'UPDATE t SET name = 1 WHERE nme = 1', 'UPDATE t SET name = nme', 'DELETE FROM t WHERE nme = 1',
  'SELECT nme FROM t', 'SELECT zzz FROM t', 'SELECT t.nme FROM t', 'SELECT x.name FROM t', 'SELECT * FROM t WHERE nme = 1', 'SELECT * FROM t ORDER BY nme', 'SELECT title FROM t', 'SELECT "title" FROM t', 'SELECT "NAME" FROM t', 'SELECT Name FROM t', 'SELECT id FROM t, o', 'SELECT t_i FROM t JOIN o ON o.t_id = t.id', 'SELECT name FROM t WHERE id IN (SELECT nme FROM o)',
  'CREATE INDEX ON t (nme)', 'ALTER TABLE t ADD UNIQUE (nme)', 'ALTER TABLE t ADD PRIMARY KEY (nme)', 'ALTER TABLE t ADD CHECK (nme > 0)', 'ALTER TABLE t ADD FOREIGN KEY (nme) REFERENCES o (id)', 'CREATE TABLE x (a int, CHECK (b > 0))', 'CREATE TABLE x (a int, UNIQUE (b))', 'CREATE TABLE x (a int, PRIMARY KEY (b))', 'COMMENT ON COLUMN t.nme IS \'x\'', 'ALTER TABLE t ALTER COLUMN nme SET DATA TYPE int USING nme::int',
]);

await section('10. Constraint / index does not exist; dropping constraint-owned indexes', ['CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE, n int CHECK (n > 0))', 'CREATE INDEX t_n_idx ON t (n)', 'CREATE VIEW v AS SELECT * FROM t'], [
  'ALTER TABLE t DROP CONSTRAINT nope', 'ALTER TABLE t DROP CONSTRAINT IF EXISTS nope', 'ALTER TABLE t RENAME CONSTRAINT nope TO x', 'ALTER TABLE t VALIDATE CONSTRAINT nope', 'DROP INDEX nope', 'DROP INDEX IF EXISTS nope', 'ALTER INDEX nope RENAME TO x', 'ALTER INDEX IF EXISTS nope RENAME TO x',
  'DROP INDEX t_pkey', 'DROP INDEX t_email_key', 'DROP INDEX t', 'DROP TABLE t_n_idx', 'DROP TABLE v', 'DROP VIEW t', 'DROP INDEX t_n_idx, nope', 'ALTER TABLE t DROP CONSTRAINT t_n_idx', 'ALTER TABLE t DROP CONSTRAINT t_email_key', "SELECT count(*) FROM pg_indexes WHERE indexname = 't_email_key'", 'ALTER TABLE t DROP CONSTRAINT t_n_check', 'ALTER TABLE t DROP CONSTRAINT t_pkey', 'ALTER TABLE t ALTER COLUMN id DROP NOT NULL',
]);

await section('11. DROP COLUMN with dependent objects', [
  'CREATE TABLE vendors (id int PRIMARY KEY, code text, a int, b int, c int, g int GENERATED ALWAYS AS (a * 2) STORED, z int)',
  'CREATE INDEX vendors_code_idx ON vendors (code)', 'CREATE INDEX vendors_a_b_idx ON vendors (a, b)', 'CREATE INDEX vendors_lower_idx ON vendors (lower(code))',
  'ALTER TABLE vendors ADD CONSTRAINT ab_check CHECK (a < b)', 'ALTER TABLE vendors ADD CONSTRAINT b_check CHECK (b > 0)', 'ALTER TABLE vendors ADD CONSTRAINT bc_uq UNIQUE (b, c)',
  'CREATE TABLE orders (id int PRIMARY KEY, vendor_id int REFERENCES vendors (id))', 'CREATE VIEW vz AS SELECT z FROM vendors',
], [
  'ALTER TABLE vendors DROP COLUMN code',
  "SELECT indexname FROM pg_indexes WHERE tablename = 'vendors' ORDER BY 1",
  'ALTER TABLE vendors DROP COLUMN b',
  "SELECT indexname FROM pg_indexes WHERE tablename = 'vendors' ORDER BY 1",
  "SELECT conname FROM pg_constraint WHERE conrelid = 'vendors'::regclass ORDER BY 1",
  'ALTER TABLE vendors DROP COLUMN a',
  'ALTER TABLE vendors DROP COLUMN z',
  'ALTER TABLE vendors DROP COLUMN id',
  'ALTER TABLE orders DROP COLUMN vendor_id',
  "SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass ORDER BY 1",
  'ALTER TABLE orders ADD FOREIGN KEY (id) REFERENCES vendors (id)',
  'ALTER TABLE vendors DROP COLUMN id CASCADE',
  "SELECT conname FROM pg_constraint WHERE conrelid IN ('orders'::regclass, 'vendors'::regclass) ORDER BY 1",
  'ALTER TABLE vendors DROP COLUMN a CASCADE',
  'ALTER TABLE vendors DROP COLUMN z CASCADE',
  'ALTER TABLE vendors DROP COLUMN c',
  'SELECT * FROM vendors',
  'ALTER TABLE vendors ALTER COLUMN nosuch TYPE int',
]);

await section('12. DROP TABLE / DROP TYPE with dependents; ALTER TYPE of referenced/viewed columns', [
  'CREATE TABLE vendors (id int PRIMARY KEY)', 'CREATE TABLE orders (id int PRIMARY KEY, vendor_id int REFERENCES vendors (id))', 'CREATE TABLE items (id int, vendor_id int REFERENCES vendors)',
  "CREATE TYPE mood AS ENUM ('a', 'b')", 'CREATE TABLE m (id int, e mood, e2 mood)', 'CREATE VIEW vv AS SELECT id FROM vendors',
], [
  'DROP TABLE vendors', 'DROP TABLE orders, vendors', 'DROP TYPE mood', 'DROP TYPE nosuch', 'DROP TYPE IF EXISTS nosuch', 'DROP TYPE m', 'DROP TYPE vendors', 'ALTER TABLE vendors ALTER COLUMN id TYPE bigint', 'ALTER TABLE vendors ALTER COLUMN id TYPE text',
  'DROP VIEW vv', 'DROP TABLE items', 'DROP TABLE vendors', 'DROP TABLE vendors CASCADE', "SELECT conname FROM pg_constraint WHERE contype = 'f'", 'DROP TYPE mood CASCADE', 'SELECT * FROM m', 'DROP TABLE nope, m', 'DROP TABLE m, nope',
]);

await section('13. Types and enums', ["CREATE TYPE mood AS ENUM ('a', 'b')", 'CREATE TABLE t (id int)', 'INSERT INTO t VALUES (1), (2)'], [
  'ALTER TABLE t ADD COLUMN x status_enum', 'CREATE TABLE t2 (x status_enum)', 'ALTER TABLE t ALTER COLUMN id TYPE status_enum', "SELECT 'a'::status_enum", 'ALTER TABLE t ADD COLUMN s public.status_enum', 'ALTER TABLE t ADD COLUMN s1 varchar(0)', 'ALTER TABLE t ADD COLUMN s2 numeric(2,3)', 'ALTER TABLE t ADD COLUMN s3 numeric(1001)', 'ALTER TABLE t ADD COLUMN s4 int(5)', 'ALTER TABLE t ADD COLUMN s5 numeric(0)', 'ALTER TABLE t ADD COLUMN s6 timestamp(7)',
  "ALTER TABLE t ADD COLUMN e mood DEFAULT 'x'", "ALTER TABLE t ADD COLUMN e mood DEFAULT 'a'", "INSERT INTO t (id, e) VALUES (3, 'c')", "UPDATE t SET e = 'B'", "ALTER TYPE mood ADD VALUE 'a'", "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'a'", "ALTER TYPE mood ADD VALUE 'c' BEFORE 'zz'", "ALTER TYPE nosuch ADD VALUE 'x'", "ALTER TYPE mood RENAME VALUE 'zz' TO 'y'", "ALTER TYPE mood RENAME VALUE 'a' TO 'b'",
  "CREATE TYPE e2 AS ENUM ('a', 'a')", "CREATE TYPE e3 AS ENUM ()", "SELECT enum_range(NULL::mood)",
  "BEGIN", "ALTER TYPE mood ADD VALUE 'c'", "SELECT 'c'::mood", "ROLLBACK",
  "BEGIN", "ALTER TYPE mood ADD VALUE 'c'", "INSERT INTO t (id, e) VALUES (9, 'c')", "ROLLBACK",
]);

await section('14. Transactions: 25P02 after an error, transaction-block restrictions', ['CREATE TABLE t (id int PRIMARY KEY)'], [
  'BEGIN', 'INSERT INTO t VALUES (1)', 'INSERT INTO t VALUES (1)', 'INSERT INTO t VALUES (2)', 'SELECT 1', 'CREATE TABLE z (x int)', 'SAVEPOINT s', 'COMMIT', 'SELECT count(*) FROM t',
  'BEGIN', 'INSERT INTO t VALUES (1)', 'SAVEPOINT s1', 'INSERT INTO t VALUES (1)', 'ROLLBACK TO SAVEPOINT s1', 'INSERT INTO t VALUES (2)', 'COMMIT', 'SELECT count(*) FROM t',
  'BEGIN', 'CREATE INDEX CONCURRENTLY t_c_idx ON t (id)', 'ROLLBACK',
  'BEGIN', 'DROP INDEX CONCURRENTLY t_pkey', 'ROLLBACK',
  'BEGIN', 'VACUUM t', 'ROLLBACK',
  'BEGIN', 'BEGIN', 'COMMIT', 'COMMIT', 'ROLLBACK', 'ROLLBACK TO SAVEPOINT nosp', 'SAVEPOINT outside',
  'BEGIN', 'RELEASE SAVEPOINT nosp', 'ROLLBACK',
  'CREATE INDEX CONCURRENTLY t_c_idx ON t (id)',
  'BEGIN', 'SELECT 1/0', 'ROLLBACK', 'SELECT 1',
  'BEGIN', 'ALTER TABLE t ADD COLUMN x int', 'ALTER TABLE t ADD COLUMN x int', 'ROLLBACK', "SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'x'",
]);

await section('15. ADD COLUMN on a populated table', ['CREATE TABLE t (name text)', "INSERT INTO t VALUES ('a'), ('b'), ('c')"], [
  'ALTER TABLE t ADD COLUMN id serial', 'SELECT name, id FROM t ORDER BY id', "INSERT INTO t (name) VALUES ('d') RETURNING id",
  'ALTER TABLE t ADD COLUMN big bigserial PRIMARY KEY', 'SELECT big FROM t ORDER BY big',
  'ALTER TABLE t ADD COLUMN ident int GENERATED ALWAYS AS IDENTITY', 'SELECT ident FROM t ORDER BY ident',
  'ALTER TABLE t ADD COLUMN u uuid DEFAULT gen_random_uuid()', 'SELECT count(DISTINCT u) FROM t',
  'ALTER TABLE t ADD COLUMN r float8 DEFAULT random()', 'SELECT count(DISTINCT r) FROM t',
  'ALTER TABLE t ADD COLUMN n int NOT NULL', 'ALTER TABLE t ADD COLUMN n int NOT NULL DEFAULT 7', 'SELECT DISTINCT n FROM t',
  'ALTER TABLE t ADD COLUMN k int UNIQUE', 'ALTER TABLE t ADD COLUMN k2 int UNIQUE DEFAULT 1', 'ALTER TABLE t ADD COLUMN c int CHECK (c > 0)', 'ALTER TABLE t ADD COLUMN c2 int DEFAULT 0 CHECK (c2 > 0)', 'ALTER TABLE t ADD COLUMN pk int PRIMARY KEY',
  'ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (length(name)) STORED', 'SELECT name, g FROM t ORDER BY name',
  'ALTER TABLE t ADD COLUMN f int REFERENCES t (big)', 'ALTER TABLE t ADD COLUMN f2 int DEFAULT 99 REFERENCES t (big)',
]);

writeFileSync(new URL('./errors.md', import.meta.url), out.join('\n') + '\n');
await db.close();
console.log('errors.md written');
