// The parity script: one realistic session run against PGlite (real PostgreSQL) and
// against Rehearse through the same PGlite-shaped calls, every result and error
// compared. Plain ES module with no Node imports: parity.mjs runs it in Node,
// browser.mjs in Chromium.
//
// Rows are compared in order and with their JavaScript types (BigInt, Date, parsed
// JSON), fields and affectedRows/rowCount/command exactly, errors by code, message,
// detail, hint, severity and (where Rehearse gives one) position.

/** Each step: [label, (db) => promise]. A step's value or error is what is compared. */
export const steps = [
  ['create customers', (db) => db.query(`
    CREATE TABLE customers (
      id bigserial PRIMARY KEY,
      email varchar(200) NOT NULL UNIQUE,
      name text NOT NULL,
      vip boolean NOT NULL DEFAULT false,
      signed_up date NOT NULL DEFAULT '2024-01-01'
    )`)],
  ['create orders', (db) => db.query(`
    CREATE TABLE orders (
      id bigint PRIMARY KEY,
      customer_id bigint NOT NULL REFERENCES customers (id),
      public_id uuid NOT NULL,
      total numeric(12,2) NOT NULL CHECK (total >= 0),
      weight real,
      ratio double precision,
      quantity smallint NOT NULL DEFAULT 1,
      status text NOT NULL DEFAULT 'new',
      placed_at timestamptz NOT NULL,
      local_time timestamp,
      meta jsonb,
      raw json,
      code char(4)
    )`)],
  ['create index', (db) => db.exec('CREATE INDEX orders_customer_idx ON orders (customer_id)')],
  ['insert customers (literals)', (db) => db.query(`
    INSERT INTO customers (email, name, vip) VALUES
      ('ada@example.com', 'Ada Lovelace', true),
      ('grace@example.com', 'Grace Hopper', false),
      ('o''brien@example.com', 'Flann O''Brien', false)`)],
  ['insert customer (params)', (db) => db.query(
    'INSERT INTO customers (email, name, vip, signed_up) VALUES ($1, $2, $3, $4)',
    ['edsger@example.com', "Edsger 'EWD' Dijkstra", true, '2024-02-29'])],
  ['insert orders (literals)', (db) => db.query(`
    INSERT INTO orders (id, customer_id, public_id, total, weight, ratio, quantity, status, placed_at, local_time, meta, raw, code) VALUES
      (1, 1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 19.99, 1.5, 0.1, 2, 'new', '2024-03-01 10:00:00+00', '2024-03-01 10:00:00', '{"gift": true, "tags": ["a", "b"]}', '{"b": 1,  "a": 2}', 'AB'),
      (2, 2, 'b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 250, 0.25, 1e-7, 1, 'paid', '2024-03-02 23:30:00-05', NULL, '{"n": 1.50, "nested": {"x": null}}', '[1, 2]', NULL),
      (9007199254740993, 1, 'c2eebc99-9c0b-4ef8-bb6d-6bb9bd380a13', 0, NULL, 123456789.125, 3, 'new', '2023-12-31 23:59:59.123456+00', '1999-01-08 04:05:06.5', NULL, NULL, 'XYZW')`)],
  ['insert order (params: bigint, Date, object, boolean-free)', (db) => db.query(
    'INSERT INTO orders (id, customer_id, public_id, total, placed_at, local_time, meta, quantity) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [9007199254740999n, 4, 'd3eebc99-9c0b-4ef8-bb6d-6bb9bd380a14', '1234.5', new Date(Date.UTC(2024, 4, 6, 7, 8, 9, 10)), '2024-05-06 07:08:09', { source: 'api', items: [1, 2, 3], note: "it's" }, 5])],
  ['insert order (params: numbers, null)', (db) => db.query(
    'INSERT INTO orders (id, customer_id, public_id, total, weight, ratio, placed_at, meta, code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [5, 3, 'e4eebc99-9c0b-4ef8-bb6d-6bb9bd380a15', 7.5, 2.5, -0.5, '2024-06-01T12:00:00Z', null, undefined])],
  ['select all customers', (db) => db.query('SELECT * FROM customers')],
  ['select all orders', (db) => db.query('SELECT * FROM orders')],
  ['select with where, aliases, expressions', (db) => db.query(
    `SELECT id AS order_id, total * 2 AS doubled, total + 0.5, quantity * 10 AS qty10, upper(status) AS s,
            weight * 2 AS w2, ratio / 4 AS r4, code, meta, placed_at, local_time
       FROM orders WHERE customer_id = $1`, [1])],
  ['select booleans and dates', (db) => db.query(
    "SELECT name AS who, vip, NOT vip AS regular, signed_up, signed_up > '2024-01-15' AS late FROM customers WHERE vip OR email LIKE $1",
    ['%brien%'])],
  ['select json columns', (db) => db.query(
    'SELECT id, meta, raw, meta IS NULL AS empty FROM orders WHERE meta IS NOT NULL AND id < 100')],
  ['select by uuid param', (db) => db.query('SELECT id, public_id, status FROM orders WHERE public_id = $1', ['b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'])],
  ['select by bigint param', (db) => db.query('SELECT id, total FROM orders WHERE id = $1', ['9007199254740993'])],
  ['select literals', (db) => db.query("SELECT 1 AS one, 'x' AS lit, NULL AS nothing, 2.50 AS num, 1.5::real AS r, 9007199254740993 AS big, true AS yes")],
  ['select a parameter as text', (db) => db.query('SELECT $1 AS echoed, $2::int + 1 AS next', ["it's \\ fine", '41'])],
  ['select now()', (db) => db.query('SELECT now() IS NOT NULL AS has_clock')],
  ['select by Date param', (db) => db.query('SELECT email FROM customers WHERE signed_up < $1', [new Date(Date.UTC(2024, 1, 1))])],
  ['select no rows', (db) => db.query('SELECT id, email FROM customers WHERE id = $1', [12345])],
  ['arrays: create and insert', (db) => db.exec(`
    CREATE TABLE tagged (id integer PRIMARY KEY, tags text[], scores integer[], grid integer[][], flags boolean[], big bigint[], at date[]);
    INSERT INTO tagged VALUES
      (1, '{a,"b c","with \\"quote\\"",NULL,"NULL"}', '{1,2,NULL}', '{{1,2},{3,4}}', '{t,f}', '{9007199254740993}', '{2024-01-02}'),
      (2, '{}', NULL, '{}', '{}', '{}', '{}'),
      (3, ARRAY['x,y', '{z}', ''], ARRAY[-1, 0], NULL, ARRAY[NULL::boolean], NULL, NULL)`)],
  ['arrays: select (parsed as PGlite parses them)', (db) => db.query('SELECT id, tags, scores, grid, flags, big, at FROM tagged')],
  ['arrays: ANY with a parameter', (db) => db.query('SELECT id FROM tagged WHERE $1 = ANY (tags)', ['x,y'])],
  ['update (literals)', (db) => db.query("UPDATE orders SET status = 'shipped', total = total + 1 WHERE status = 'paid'")],
  ['update (params)', (db) => db.query('UPDATE customers SET vip = $1, name = $2 WHERE email = $3', [false, 'Grace B. Hopper', 'grace@example.com'])],
  ['update jsonb (param object)', (db) => db.query('UPDATE orders SET meta = $1 WHERE id = $2', [{ gift: false, big: 12345678901234567890n }, 1])],
  ['update nothing', (db) => db.query('UPDATE orders SET status = $1 WHERE id = -1', ['lost'])],
  ['select after updates', (db) => db.query('SELECT id, status, total, meta FROM orders WHERE id <= 5')],
  ['delete (params)', (db) => db.query('DELETE FROM orders WHERE status = $1 AND customer_id = $2', ['new', 3])],
  ['delete (literal)', (db) => db.query('DELETE FROM orders WHERE total = 0 OR id = 5')],
  ['error: unique violation', (db) => db.query("INSERT INTO customers (email, name) VALUES ('ada@example.com', 'Another Ada')")],
  ['error: unique violation (params)', (db) => db.query('INSERT INTO orders (id, customer_id, public_id, total, placed_at) VALUES ($1, $2, $3, $4, $5)',
    [1, 1, 'f5eebc99-9c0b-4ef8-bb6d-6bb9bd380a16', 1, '2024-01-01'])],
  // An explicit id: PostgreSQL's failed INSERT above consumed a sequence value, the
  // engine's did not (README, "JavaScript API", known differences).
  ['error: not-null violation', (db) => db.query("INSERT INTO customers (id, email) VALUES (10, 'nobody@example.com')")],
  ['error: not-null violation (null param)', (db) => db.query('UPDATE customers SET name = $1 WHERE id = $2', [null, 1])],
  ['error: undefined column', (db) => db.query('SELECT nickname FROM customers')],
  ['error: undefined column in where', (db) => db.query('SELECT id FROM orders WHERE colour = $1', ['red'])],
  ['error: undefined table', (db) => db.query('SELECT * FROM invoices')],
  ['error: check violation', (db) => db.query('UPDATE orders SET total = -1 WHERE id = 2')],
  ['error: foreign key violation', (db) => db.query("INSERT INTO orders (id, customer_id, public_id, total, placed_at) VALUES (7, 99, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a17', 1, now())")],
  ['error: invalid input (param)', (db) => db.query('SELECT id FROM orders WHERE quantity = $1', ['many'])],
  ['error: numeric overflow', (db) => db.query('UPDATE orders SET total = 12345678901.5 WHERE id = 2')],
  ['error: too few parameters', (db) => db.query('SELECT id FROM customers WHERE id = $1')],
  ['error: too many parameters', (db) => db.query('SELECT id FROM customers', [1])],
  ['error: unknown table before the parameter count', (db) => db.query('SELECT * FROM invoices WHERE id = $1')],
  ['error: a parameter number skipped', (db) => db.query('SELECT id FROM customers WHERE id = $2', [1, 2])],
  ['error: two statements in query()', (db) => db.query('SELECT 1; SELECT 2')],
  ['error: syntax', (db) => db.query('SELEC id FROM customers')],
  ['error: syntax at end of input', (db) => db.query('SELECT id FROM customers WHERE')],
  ['error: unterminated string', (db) => db.query("SELECT id FROM customers WHERE name = 'Ada")],
  ['exec: several statements', (db) => db.exec(`
    CREATE TABLE audit (id serial PRIMARY KEY, what text NOT NULL, at timestamp);
    INSERT INTO audit (what, at) VALUES ('one', '2024-01-01 00:00:00'), ('two', NULL);
    UPDATE audit SET what = what || '!';
    SELECT id, what, at FROM audit;
    DELETE FROM audit WHERE at IS NULL;
    ALTER TABLE audit ADD COLUMN note varchar(20) DEFAULT 'n/a'`)],
  ['exec: error rolls back the statements before it', (db) => db.exec(`
    INSERT INTO audit (what) VALUES ('three');
    INSERT INTO audit (id, what) VALUES (100, NULL)`)],
  ['after the failed exec', (db) => db.query('SELECT id, what, note FROM audit')],
  ['exec: empty string', (db) => db.exec('')],
  ['query: only a comment', (db) => db.query('-- nothing')],
  ['exec: parameter placeholder', (db) => db.exec('SELECT $1')],
  ['begin', (db) => db.query('BEGIN')],
  ['insert in transaction', (db) => db.query("INSERT INTO audit (what) VALUES ('in tx')")],
  ['error in transaction', (db) => db.query('INSERT INTO audit (id, what) VALUES (1, $1)', ['dup'])],
  ['error: transaction aborted', (db) => db.query('SELECT * FROM audit')],
  ['commit of an aborted transaction', (db) => db.exec('COMMIT')],
  ['after rollback', (db) => db.query('SELECT what FROM audit')],
  ['a rollback keeps sequence values handed out', async (db) => {
    await db.exec("BEGIN; INSERT INTO audit (what) VALUES ('gone'); ROLLBACK");
    await db.query("INSERT INTO audit (what) VALUES ('kept')");
    return db.query('SELECT id, what FROM audit');
  }],
  ['transaction() commits', async (db) => {
    const out = await db.transaction(async (tx) => {
      await tx.query("INSERT INTO audit (what) VALUES ('tx 1')");
      return (await tx.query('SELECT what FROM audit')).rows;
    });
    return { out, after: (await db.query('SELECT what FROM audit')).rows };
  }],
  ['transaction() rolls back on throw', async (db) => {
    try {
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO audit (what) VALUES ('tx 2')");
        throw new Error('boom');
      });
    } catch (e) {
      return { thrown: e.message, after: (await db.query('SELECT what FROM audit')).rows };
    }
    return 'not thrown';
  }],
  ['transaction() with an aborted block', async (db) => {
    try {
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO audit (id, what) VALUES (101, NULL)').catch(() => {});
      });
    } catch (e) {
      return { code: e.code, message: e.message, after: (await db.query('SELECT what FROM audit')).rows };
    }
    return 'not thrown';
  }],
  ['sql template', (db) => db.sql`SELECT email, vip FROM customers WHERE vip = ${true} AND name <> ${"it's"}`],
  ['rowMode array', (db) => db.query('SELECT id, total, placed_at FROM orders WHERE id = $1', [2], { rowMode: 'array' })],
  ['custom parser', (db) => db.query('SELECT total FROM orders WHERE id = 2', [], { parsers: { 1700: (x) => Number(x) } })],
  ['truncate', (db) => db.query('TRUNCATE audit')],
  ['drop', (db) => db.exec('DROP TABLE audit')],
];

/** Where two values first differ ('' when equal): types, Dates, BigInts, key order. */
export function difference(a, b, path = '$') {
  if (typeof a !== typeof b) return `${path}: ${typeof a} vs ${typeof b}`;
  if (a === null || b === null || typeof a !== 'object') {
    return Object.is(a, b) ? '' : `${path}: ${show(a)} vs ${show(b)}`;
  }
  if (a instanceof Date || b instanceof Date) {
    if (!(a instanceof Date && b instanceof Date)) return `${path}: Date vs non-Date`;
    return Object.is(a.getTime(), b.getTime()) ? '' : `${path}: ${a.toISOString()} vs ${b.toISOString()}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs non-array`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys [${ka}] vs [${kb}]`;
  for (const k of ka) {
    const d = difference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return '';
}

function show(x) {
  return typeof x === 'bigint' ? `${x}n` : JSON.stringify(x);
}

/** What a step produced, in comparable form. */
async function outcome(db, body) {
  try {
    return { value: await body(db) };
  } catch (e) {
    return {
      error: {
        isError: e instanceof Error,
        name: e.name,
        code: e.code,
        message: e.message,
        detail: e.detail,
        hint: e.hint,
        severity: e.severity,
        position: e.position,
      },
    };
  }
}

/** Statements a step sent (a query() call is one; an exec() string one per result). */
function statements(result) {
  if (result.value && Array.isArray(result.value)) return result.value.length;
  return 1;
}

/**
 * Runs the script on a fresh PGlite and a fresh Rehearse; `log` gets one line per
 * difference. Resolves to { statements, differences, summary }.
 */
export async function runParity(openPglite, openRehearse, log = () => {}) {
  const pg = await openPglite();
  const rh = await openRehearse();
  let count = 0;
  const differences = [];
  for (const [label, body] of steps) {
    const expected = await outcome(pg, body);
    const actual = await outcome(rh, body);
    // Rehearse knows positions only for syntax errors and parameters: compare the
    // position where it gives one.
    if (expected.error && actual.error?.position === undefined) {
      delete expected.error.position;
      delete actual.error?.position;
    }
    count += statements(expected);
    const d = difference(expected, actual);
    if (d) {
      differences.push({ label, difference: d });
      log(`DIFF  ${label}: ${d}`);
    }
  }
  await pg.close();
  await rh.close();
  const summary = differences.length === 0
    ? `js-api: ${count} statements, all equal`
    : `js-api: ${count} statements, ${differences.length} of ${steps.length} steps differ`;
  return { statements: count, differences, summary };
}
