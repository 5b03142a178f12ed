// constraintdefs.md: pg_get_constraintdef / pg_get_indexdef texts and automatic names.
import { writeFileSync } from 'node:fs';
import { open, q, ok, reset, code, cell, table, header } from './lib.mjs';

const db = await open();
const out = [await header(db, 'Constraint & index definitions and automatic names (PostgreSQL 18)', 'gen_constraintdefs.mjs')];
const VENDORS = ['CREATE TABLE vendors (id int PRIMARY KEY, code text UNIQUE, a int, b text, UNIQUE (a, b))'];

async function dump(tables) {
  const list = tables.map((t) => `'${t}'`).join(',');
  const cons = (await q(db, `SELECT c.relname, conname, contype, pg_get_constraintdef(k.oid), convalidated FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relname IN (${list}) ORDER BY c.relname, contype <> 'n', conname`)).rows;
  const idx = (await q(db, `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname='public' AND tablename IN (${list}) ORDER BY 1, 2`)).rows;
  const c = cons.map(([t, n, ty, d, v]) => `${t !== 't' ? t + '.' : ''}${code(n)} ${ty}: ${code(d)}${v === 'f' ? ' (convalidated=f)' : ''}`).join('<br>');
  const i = idx.map(([t, n, d]) => code(d)).join('<br>');
  return [c, i];
}

async function runCases(title, intro, cases, tables = ['t']) {
  out.push(`## ${title}\n`);
  if (intro) out.push(intro + '\n');
  const rows = [];
  for (const cs of cases) {
    const stmts = Array.isArray(cs) ? cs : [cs];
    await reset(db);
    await ok(db, ...VENDORS);
    let err = '';
    for (const s of stmts) {
      const r = await q(db, s);
      if (!r.ok || r.notices.length) err += (err ? '<br>' : '') + `${code(s.slice(0, 40))}… → ${cell(r)}`;
    }
    const [c, i] = await dump(tables);
    rows.push([stmts.map(code).join('<br>'), c + (err ? '<br>' + err : ''), i]);
  }
  out.push(table(['statements', 'pg_constraint: conname contype: pg_get_constraintdef', 'pg_indexes.indexdef'], rows));
  out.push('');
}

out.push('Every case starts from `' + VENDORS[0] + '`. contype: p=primary, u=unique, f=foreign, c=check, n=not-null (PG18 stores NOT NULL as pg_constraint rows). Notices/errors are shown inline.\n');

await runCases('1. Keys', '', [
  'CREATE TABLE t (id int PRIMARY KEY)',
  'CREATE TABLE t (id int, PRIMARY KEY (id))',
  'CREATE TABLE t (a int, b text, PRIMARY KEY (a, b))',
  'CREATE TABLE t (id int CONSTRAINT my_pk PRIMARY KEY)',
  'CREATE TABLE t (email text UNIQUE)',
  'CREATE TABLE t (email text, UNIQUE (email))',
  'CREATE TABLE t (a int, b int, UNIQUE (a, b))',
  'CREATE TABLE t (a int, b int, UNIQUE (b, a))',
  'CREATE TABLE t (email text UNIQUE NULLS NOT DISTINCT)',
  'CREATE TABLE t (email text, UNIQUE (email) DEFERRABLE INITIALLY DEFERRED)',
  'CREATE TABLE t (a int, b int, c int, UNIQUE (a) INCLUDE (b, c))',
  'CREATE TABLE t (id int PRIMARY KEY, email text NOT NULL UNIQUE)',
]);

await runCases('2. Foreign keys', '', [
  'CREATE TABLE t (vendor_id int REFERENCES vendors)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id))',
  'CREATE TABLE t (vendor_id int, FOREIGN KEY (vendor_id) REFERENCES vendors (id))',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON DELETE CASCADE)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON DELETE SET NULL)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON DELETE SET DEFAULT)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON DELETE RESTRICT)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON DELETE NO ACTION)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON UPDATE CASCADE)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON UPDATE CASCADE ON DELETE CASCADE)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) ON DELETE CASCADE ON UPDATE SET NULL)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) MATCH FULL)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) DEFERRABLE)',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (id) DEFERRABLE INITIALLY DEFERRED)',
  'CREATE TABLE t (vendor_code text REFERENCES vendors (code))',
  'CREATE TABLE t (x int, y text, FOREIGN KEY (x, y) REFERENCES vendors (a, b))',
  'CREATE TABLE t (x int, y text, FOREIGN KEY (x, y) REFERENCES vendors (a, b) ON DELETE SET NULL (x))',
  'CREATE TABLE t (vendor_id bigint REFERENCES vendors (id))',
  'CREATE TABLE t (vendor_id text REFERENCES vendors (id))',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (a))',
  'CREATE TABLE t (vendor_id int REFERENCES nosuch (id))',
  'CREATE TABLE t (vendor_id int REFERENCES vendors (nosuch))',
  'CREATE TABLE t (id int PRIMARY KEY, parent_id int REFERENCES t)',
  ['CREATE TABLE t (vendor_id int)', 'ALTER TABLE t ADD FOREIGN KEY (vendor_id) REFERENCES vendors (id)'],
  ['CREATE TABLE t (vendor_id int)', 'ALTER TABLE t ADD CONSTRAINT fk_vendor FOREIGN KEY (vendor_id) REFERENCES vendors'],
]);

await runCases('3. CHECK constraints', '', [
  'CREATE TABLE t (price int CHECK (price > 0))',
  'CREATE TABLE t (price numeric CHECK (price > 0))',
  'CREATE TABLE t (price numeric(10,2) CHECK (price > 0.5))',
  'CREATE TABLE t (price real CHECK (price > 0))',
  'CREATE TABLE t (price bigint CHECK (price > 0))',
  'CREATE TABLE t (price int CHECK (price >= 0 AND price <= 100))',
  'CREATE TABLE t (x int CHECK (x > -1))',
  'CREATE TABLE t (name varchar(50) CHECK (length(name) > 0))',
  'CREATE TABLE t (name text CHECK (length(name) > 0))',
  "CREATE TABLE t (status text CHECK (status IN ('a', 'b')))",
  "CREATE TABLE t (status varchar(10) CHECK (status IN ('a', 'b')))",
  "CREATE TABLE t (status text CHECK (status NOT IN ('a', 'b')))",
  "CREATE TABLE t (status text CHECK (status = 'a' OR status = 'b'))",
  "CREATE TABLE t (n int CHECK (n IN (1, 2, 3)))",
  'CREATE TABLE t (a int, b int, CHECK (a > 0 AND b < 10))',
  'CREATE TABLE t (a int, b int, CHECK (a > b))',
  'CREATE TABLE t (a int, b int, CHECK (a > 0))',
  'CREATE TABLE t (a int CHECK (a IS NOT NULL))',
  'CREATE TABLE t (a int, b int, CHECK (a IS NOT NULL OR b IS NOT NULL))',
  'CREATE TABLE t (x int CHECK (x BETWEEN 1 AND 5))',
  'CREATE TABLE t (x int CHECK (x NOT BETWEEN 1 AND 5))',
  "CREATE TABLE t (name text CHECK (name <> ''))",
  "CREATE TABLE t (name varchar(20) CHECK (name <> ''))",
  "CREATE TABLE t (name text CHECK (name != ''))",
  "CREATE TABLE t (name text CHECK (name LIKE 'A%'))",
  "CREATE TABLE t (name varchar(20) CHECK (name LIKE 'A%'))",
  "CREATE TABLE t (name text CHECK (name ILIKE 'a%'))",
  "CREATE TABLE t (name text CHECK (name ~ '^[a-z]+$'))",
  "CREATE TABLE t (email text CHECK (email = lower(email)))",
  "CREATE TABLE t (d date CHECK (d > '2020-01-01'))",
  "CREATE TABLE t (ts timestamptz CHECK (ts > '2020-01-01'))",
  'CREATE TABLE t (flag boolean CHECK (flag))',
  'CREATE TABLE t (flag boolean CHECK (flag = true))',
  'CREATE TABLE t (flag boolean CHECK (NOT flag))',
  'CREATE TABLE t (x int CHECK (x IS NULL OR x > 0))',
  'CREATE TABLE t (x int CHECK (true))',
  "CREATE TABLE t (j jsonb CHECK (j ? 'a'))",
  "CREATE TABLE t (j jsonb CHECK (jsonb_typeof(j) = 'object'))",
  "CREATE TABLE t (x int CHECK (x > 0) NO INHERIT)",
  "CREATE TABLE t (x int CHECK (x > 0) NOT ENFORCED)",
  "CREATE TABLE t (x int CONSTRAINT positive CHECK (x > 0))",
  'CREATE TABLE t (x int CHECK (x > (SELECT 1)))',
  'CREATE TABLE t (x int CHECK (x > 0), CHECK (x > 0))',
  'CREATE TABLE t (a int CHECK (b > 0), b int)',
]);

await runCases('4. NOT NULL constraints (PG18 catalogued)', '', [
  'CREATE TABLE t (a int NOT NULL)',
  'CREATE TABLE t (a int CONSTRAINT a_nn NOT NULL)',
  'CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b))',
  ['CREATE TABLE t (a int)', 'ALTER TABLE t ALTER COLUMN a SET NOT NULL'],
  ['CREATE TABLE t (a int)', 'ALTER TABLE t ADD CONSTRAINT a_required NOT NULL a'],
  ['CREATE TABLE t (a int)', 'ALTER TABLE t ADD NOT NULL a'],
  ['CREATE TABLE t (a int NOT NULL)', 'ALTER TABLE t ALTER COLUMN a DROP NOT NULL'],
  ['CREATE TABLE t (a int NOT NULL)', 'ALTER TABLE t RENAME COLUMN a TO b'],
  ['CREATE TABLE t (a int NOT NULL)', 'ALTER TABLE t RENAME TO u', 'ALTER TABLE u RENAME TO t'],
  ['CREATE TABLE t (a int CONSTRAINT t_b_not_null CHECK (a > 0), b int NOT NULL)'],
  ['CREATE TABLE t (a int)', 'INSERT INTO t VALUES (NULL)', 'ALTER TABLE t ADD CONSTRAINT a_nn NOT NULL a NOT VALID'],
]);

await runCases('5. NOT VALID and VALIDATE CONSTRAINT', 'Each row shows the catalog state after its last statement (rows 1-4 are before/after VALIDATE pairs).', [
  ['CREATE TABLE t (price int)', 'ALTER TABLE t ADD CONSTRAINT price_pos CHECK (price > 0) NOT VALID'],
  ['CREATE TABLE t (price int)', 'ALTER TABLE t ADD CONSTRAINT price_pos CHECK (price > 0) NOT VALID', 'ALTER TABLE t VALIDATE CONSTRAINT price_pos'],
  ['CREATE TABLE t (vendor_id int)', 'ALTER TABLE t ADD CONSTRAINT t_vendor_fk FOREIGN KEY (vendor_id) REFERENCES vendors (id) ON DELETE CASCADE NOT VALID'],
  ['CREATE TABLE t (vendor_id int)', 'ALTER TABLE t ADD CONSTRAINT t_vendor_fk FOREIGN KEY (vendor_id) REFERENCES vendors (id) ON DELETE CASCADE NOT VALID', 'ALTER TABLE t VALIDATE CONSTRAINT t_vendor_fk'],
  ['CREATE TABLE t (price int)', 'INSERT INTO t VALUES (-1)', 'ALTER TABLE t ADD CONSTRAINT price_pos CHECK (price > 0) NOT VALID', 'ALTER TABLE t VALIDATE CONSTRAINT price_pos'],
  ['CREATE TABLE t (vendor_id int)', 'INSERT INTO t VALUES (42)', 'ALTER TABLE t ADD CONSTRAINT t_vendor_fk FOREIGN KEY (vendor_id) REFERENCES vendors (id) NOT VALID', 'ALTER TABLE t VALIDATE CONSTRAINT t_vendor_fk'],
  ['CREATE TABLE t (price int)', 'ALTER TABLE t ADD CHECK (price > 0) NOT VALID'],
  ['CREATE TABLE t (price int CHECK (price > 0))', 'ALTER TABLE t VALIDATE CONSTRAINT t_price_check'],
  ['CREATE TABLE t (price int)', 'ALTER TABLE t VALIDATE CONSTRAINT nosuch'],
  ['CREATE TABLE t (email text)', 'ALTER TABLE t ADD CONSTRAINT u UNIQUE (email) NOT VALID'],
]);

await runCases('6. Automatic names & collisions', '', [
  'CREATE TABLE t (email text UNIQUE, UNIQUE (email))',
  ['CREATE TABLE t (email text UNIQUE)', 'ALTER TABLE t ADD UNIQUE (email)', 'ALTER TABLE t ADD UNIQUE (email)'],
  ['CREATE TABLE t (email text)', 'CREATE INDEX ON t (email)', 'CREATE INDEX ON t (email)', 'CREATE UNIQUE INDEX ON t (email)'],
  ['CREATE TABLE t (email text UNIQUE)', 'CREATE INDEX ON t (email)'],
  ['CREATE TABLE t (email text)', 'CREATE INDEX ON t (email)', 'ALTER TABLE t ADD UNIQUE (email)'],
  ['CREATE TABLE t_email_key (x int)', 'CREATE TABLE t (email text UNIQUE)'],
  ['CREATE TABLE t_pkey (x int)', 'CREATE TABLE t (id int PRIMARY KEY)'],
  ['CREATE TABLE t (email text)', 'CREATE INDEX t_email_key ON t (email)', 'ALTER TABLE t ADD UNIQUE (email)'],
  ['CREATE TABLE t (email text)', 'CREATE INDEX ON t (lower(email))', 'CREATE INDEX ON t (lower(email), email)', 'CREATE INDEX ON t ((email || \'x\'))', 'CREATE INDEX ON t (upper(email), lower(email))'],
  ['CREATE TABLE t (a int, b int)', 'CREATE INDEX ON t (a, b)', 'CREATE INDEX ON t ((a + b))', 'CREATE INDEX ON t (a) WHERE b > 0', 'CREATE UNIQUE INDEX ON t (b)'],
  ['CREATE TABLE t (x int CHECK (x > 0))', 'ALTER TABLE t ADD CHECK (x > 0)', 'ALTER TABLE t ADD CHECK (x < 100)'],
  ['CREATE TABLE t (a int, b int)', 'ALTER TABLE t ADD CHECK (a > 0 AND b > 0)', 'ALTER TABLE t ADD CHECK (a < b)'],
  ['CREATE TABLE t (vendor_id int REFERENCES vendors, FOREIGN KEY (vendor_id) REFERENCES vendors)'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD PRIMARY KEY (x)'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD CONSTRAINT t_x_key UNIQUE (x)', 'ALTER TABLE t ADD CONSTRAINT t_x_key CHECK (x > 0)'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD CONSTRAINT c1 CHECK (x > 0)', 'ALTER TABLE t ADD CONSTRAINT c1 CHECK (x > 1)'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD CONSTRAINT vendors_pkey CHECK (x > 0)'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD CONSTRAINT vendors_pkey UNIQUE (x)'],
  ['CREATE TABLE t (x int)', 'CREATE INDEX vendors_pkey ON t (x)'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD CONSTRAINT "MixedCase" CHECK (x > 0)', 'ALTER TABLE t ADD CONSTRAINT "has space" UNIQUE (x)'],
  ['CREATE TABLE "T" ("Email" text UNIQUE, "Some Col" int CHECK ("Some Col" > 0))'],
  ['CREATE TABLE t (x int)', 'ALTER TABLE t ADD CONSTRAINT t_check CHECK (x > 0)', 'ALTER TABLE t ADD CHECK (x > 0 AND x < 5 AND x IS NOT NULL)'],
], ['t', 'T']);

await runCases('7. Long identifiers (NAMEDATALEN 64 → max 63 bytes)', '', [
  ['CREATE TABLE ' + 'a'.repeat(40) + ' (' + 'b'.repeat(40) + ' int UNIQUE, ' + 'c'.repeat(40) + ' int CHECK (' + 'c'.repeat(40) + ' > 0))'],
  ['CREATE TABLE ' + 'a'.repeat(63) + ' (id int PRIMARY KEY, x int REFERENCES vendors (id))'],
  ['CREATE TABLE t (' + 'x'.repeat(70) + ' int)'],
  ['CREATE TABLE t (x int, CONSTRAINT ' + 'k'.repeat(70) + ' UNIQUE (x))'],
  ['CREATE TABLE t (x int UNIQUE, y int, z int, w int, UNIQUE (x, y, z, w))'],
  ['CREATE TABLE ' + 'a'.repeat(40) + ' (' + 'b'.repeat(40) + ' int UNIQUE, UNIQUE (' + 'b'.repeat(40) + '))'],
  ['CREATE TABLE t (' + 'é'.repeat(40) + ' int UNIQUE)'],
], ['t', 'a'.repeat(40), 'a'.repeat(63)]);

// name lengths
{
  await reset(db); await ok(db, ...VENDORS);
  await ok(db, 'CREATE TABLE ' + 'a'.repeat(40) + ' (' + 'b'.repeat(40) + ' int UNIQUE, ' + 'c'.repeat(40) + ' int CHECK (' + 'c'.repeat(40) + ' > 0))', 'CREATE INDEX ON ' + 'a'.repeat(40) + ' (' + 'b'.repeat(40) + ')', 'CREATE TABLE ' + 'a'.repeat(63) + ' (id int PRIMARY KEY)', 'CREATE TABLE t (' + 'é'.repeat(40) + ' int UNIQUE)');
  const r = await q(db, "SELECT 'constraint ' || contype::text, conname AS name, length(conname), octet_length(conname) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'vendors' UNION ALL SELECT 'index', indexname, length(indexname), octet_length(indexname) FROM pg_indexes WHERE schemaname='public' AND indexname NOT LIKE 'vendors%' ORDER BY 2, 1");
  out.push('Name lengths (chars/bytes) after the 1st, 2nd and last CREATE TABLE above plus `CREATE INDEX ON aaaa…(40) (bbbb…(40))`. Rule observed: `<table>_<cols>_<suffix>` truncated so the total is ≤ 63 bytes, shortening the longer of table/column part first, on a character boundary:\n');
  out.push(table(['object', 'name', 'chars', 'bytes'], r.rows.map(([k, n, l, o]) => [k, code(n), l, o])));
  out.push('');
}

// ---- indexdef ----
out.push('## 8. `pg_get_indexdef` of CREATE INDEX forms\n');
await reset(db);
await ok(db, "CREATE TABLE t (id int, email text, name varchar(50), a int, b int, active boolean, deleted_at timestamptz, j jsonb, created_at timestamp)");
const idxStmts = [
  'CREATE INDEX ON t (email)', 'CREATE INDEX idx_email ON t (email)', 'CREATE UNIQUE INDEX uq_email ON t (email)', 'CREATE INDEX ON t (a, b)', 'CREATE INDEX ON t (lower(email))', 'CREATE INDEX ON t (lower(name))', 'CREATE UNIQUE INDEX ON t (lower(email))',
  'CREATE INDEX ON t (email) WHERE deleted_at IS NULL', 'CREATE INDEX ON t (email) WHERE active', 'CREATE INDEX ON t (email) WHERE active = true', 'CREATE UNIQUE INDEX ON t (email) WHERE a > 0 AND b < 10', "CREATE INDEX ON t (name) WHERE name <> ''",
  'CREATE INDEX ON t (created_at DESC)', 'CREATE INDEX ON t (a ASC NULLS FIRST, b DESC NULLS LAST)', 'CREATE INDEX ON t (a DESC NULLS FIRST)', 'CREATE INDEX ON t (a) INCLUDE (b)', 'CREATE INDEX ON t USING hash (email)', 'CREATE INDEX ON t USING gin (j)', 'CREATE INDEX ON t USING gin (j jsonb_path_ops)',
  'CREATE UNIQUE INDEX ON t (a) NULLS NOT DISTINCT', 'CREATE INDEX ON t ((a + b))', 'CREATE INDEX ON t ((j ->> \'k\'))', 'CREATE INDEX ON t (email text_pattern_ops)', 'CREATE INDEX ON t (email COLLATE "C")', 'CREATE INDEX CONCURRENTLY ON t (id)', 'CREATE INDEX IF NOT EXISTS idx_email ON t (a)', 'CREATE INDEX idx_email ON t (a)', 'CREATE INDEX ON nosuch (a)', 'CREATE INDEX ON t (nosuch)', 'CREATE INDEX ON t (lower(a))', 'CREATE INDEX ON t (email) WITH (fillfactor = 70)',
  "CREATE INDEX ON t (date_trunc('day', deleted_at))", "CREATE INDEX ON t (date_trunc('day', created_at))",
];
const irows = [];
for (const s of idxStmts) {
  const before = new Set((await q(db, "SELECT indexname FROM pg_indexes WHERE tablename='t'")).rows.map((r) => r[0]));
  const r = await q(db, s);
  const created = (await q(db, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename='t'")).rows.filter(([n]) => !before.has(n));
  irows.push([code(s), r.ok ? created.map(([, d]) => code(d)).join('<br>') + (r.notices.length ? cell(r).replace(/^OK /, '') : '') : cell(r)]);
}
out.push('Table: `t (id int, email text, name varchar(50), a int, b int, active boolean, deleted_at timestamptz, j jsonb, created_at timestamp)`; statements run in sequence on the same table.\n');
out.push(table(['statement', 'pg_get_indexdef of the new index / result'], irows));

writeFileSync(new URL('./constraintdefs.md', import.meta.url), out.join('\n') + '\n');
await db.close();
console.log('constraintdefs.md written');
