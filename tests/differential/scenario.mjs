// Random migration scenarios for the differential tester (generate.mjs).
//
//   import { rng, randomScenario, setupSql, migrationSql, reductions } from './scenario.mjs';
//   const s = randomScenario(rng(1234));   // same seed, same scenario
//
// A scenario is data, so the shrinker can take it apart:
//   { tables: [{ name, pk: [col...] | null,
//                columns: [{ name, type, notNull, def, pk, unique, check }],
//                rows: [[sqlLiteral, ...]] }],
//     migration: [{ sql, parts }] }   (parts: see `optional` below)
// Setup rows satisfy the setup's own constraints (NOT NULL, keys, CHECKs are
// chosen to hold), so setup normally succeeds; the migration is drawn with a
// model of the schema as it evolves, so most statements name real columns, and
// a few on purpose do not (or mix types) to exercise error texts.

// ---------------------------------------------------------------- randomness

import { randomFunction, functionSql, userFunctionStatements } from './user_functions.mjs';
export function rng(seed) {
  let a = seed >>> 0; // mulberry32
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const chance = (p) => next() < p;
  const shuffle = (xs) => xs.map((x) => [next(), x]).sort((p, q) => p[0] - q[0]).map((p) => p[1]);
  return { int, pick, chance, shuffle };
}

// Picks from [[weight, value], ...].
function weighted(r, pairs) {
  let x = r.int(0, pairs.reduce((s, [w]) => s + w, 0) - 1);
  for (const [w, v] of pairs) if ((x -= w) < 0) return v;
  return pairs[0][1];
}

// ---------------------------------------------------------------- types and values

const COLUMN_NAMES = ['id', 'qty', 'price', 'name', 'note', 'flag', 'born', 'seen_at', 'code', 'total', 'score', 'label'];
const TABLE_NAMES = ['items', 'accounts'];

function randomType(r) {
  const base = r.pick(['integer', 'integer', 'smallint', 'bigint', 'numeric', 'text', 'text',
    'varchar', 'boolean', 'date', 'timestamp']);
  if (base === 'numeric') {
    const p = r.int(1, 10);
    return `numeric(${p},${r.int(0, Math.min(p, 3))})`;
  }
  if (base === 'varchar') return `varchar(${r.pick([1, 3, 5, 10, 40])})`;
  return base;
}

// int, num, text, bool, date or ts: what expressions of this type look like.
export function kindOf(type) {
  if (/^(integer|smallint|bigint)$/.test(type)) return 'int';
  if (type.startsWith('numeric')) return 'num';
  if (type === 'text' || type.startsWith('varchar')) return 'text';
  return { boolean: 'bool', date: 'date', timestamp: 'ts' }[type];
}

const INTS = ['0', '-1', '1', '2', '7', '42', '100', '32767', '-32768', '2147483647', '-2147483648',
  '2147483648', '9223372036854775807', '-9223372036854775808'];
const INT_MAX = { smallint: 32767n, integer: 2147483647n, bigint: 9223372036854775807n };
const NUMS = ['0', '1', '-1', '0.5', '1.25', '-2.5', '3.14159', '99.99', '-123.456', '12345.678', '0.001'];
const TEXTS = ['', 'a', 'abc', "O'Brien", 'Hello World', ' padded  ', 'x'.repeat(120), 'Ünïcödé',
  '42', '2024-02-29', 'back\\slash', 'true', 'NULL'];
const DATES = ['2024-02-29', '1970-01-01', '2000-01-01', '1999-12-31', '0001-01-01', '9999-12-31', '2023-12-31'];
const TIMESTAMPS = ['2024-02-29 23:59:59', '1970-01-01 00:00:00', '2000-01-01 00:00:00.123456',
  '2026-01-01 12:00:00', '1999-12-31 23:59:59.5', '2024-02-29'];

// Rounds like numeric does: half away from zero.
const roundTo = (v, s) => String(Math.sign(Number(v)) * Math.round(Math.abs(Number(v)) * 10 ** s) / 10 ** s);
const quote = (s) => `'${s.replace(/'/g, "''")}'`;
const params = (type) => (type.match(/\d+/g) ?? []).map(Number);

// Does the literal text v (a plain number or string) fit a column of this type?
function fits(type, v) {
  if (INT_MAX[type]) return BigInt(v) <= INT_MAX[type] && BigInt(v) >= -INT_MAX[type] - 1n;
  if (type.startsWith('numeric')) {
    const [p, s] = params(type);
    return Math.abs(Number(roundTo(v, s))) < 10 ** (p - s);
  }
  if (type.startsWith('varchar')) return [...v].length <= params(type)[0];
  return true;
}

// A literal for a column of `type` (valid: fits the type), as SQL text.
function literal(r, type, valid = true) {
  if (!valid) return literal(r, randomType(r)); // probably the wrong type or out of range
  const kind = kindOf(type);
  const from = (pool) => r.pick(pool.filter((v) => fits(type, v)));
  if (kind === 'int') return from(INTS);
  if (kind === 'num') return from(NUMS.concat(INTS.slice(0, 7)));
  if (kind === 'text') return quote(from(TEXTS));
  if (kind === 'bool') return r.pick(['true', 'false']);
  if (kind === 'date') return quote(r.chance(0.015) ? 'infinity' : r.pick(DATES));
  return quote(r.pick(TIMESTAMPS));
}

// A literal written so its type is clear inside an expression.
function typedLiteral(r, kind) {
  switch (kind) {
    case 'int': return r.pick(INTS.slice(0, 11));
    case 'num': return r.pick(NUMS);
    case 'text': return quote(r.pick(TEXTS.slice(0, 11)));
    case 'bool': return r.pick(['TRUE', 'FALSE']);
    case 'date': return r.chance(0.3) ? quote(r.pick(DATES)) : `DATE ${quote(r.pick(DATES))}`;
    default: return `TIMESTAMP ${quote(r.pick(TIMESTAMPS))}`;
  }
}

// ---------------------------------------------------------------- setup

// Identity of a value for uniqueness (numerics compare after rounding to scale).
function valueKey(type, lit) {
  if (lit === 'NULL' || kindOf(type) !== 'num') return lit;
  return roundTo(lit, params(type)[1]);
}

function randomTable(r, name) {
  const columns = r.shuffle(COLUMN_NAMES).slice(0, r.int(1, 5)).map((col) => {
    const type = randomType(r);
    return { name: col, type, notNull: r.chance(0.3), def: r.chance(0.25) ? literal(r, type) : null,
      pk: false, unique: r.chance(0.15), check: null };
  });
  let pk = null;
  if (columns.length >= 2 && r.chance(0.1)) pk = r.shuffle(columns).slice(0, 2).map((c) => c.name);
  else if (r.chance(0.45)) Object.assign(r.pick(columns), { pk: true, unique: r.chance(0.03) });
  const inKey = (c) => c.pk || c.unique;
  const notNull = (c) => c.notNull || c.pk || (pk ?? []).includes(c.name);

  const rows = [];
  for (let i = r.int(0, 6); i > 0; i--) {
    const row = columns.map((c, j) => {
      if (!notNull(c) && r.chance(0.15)) return 'NULL';
      if (rows.length && r.chance(0.3)) return r.pick(rows)[j]; // duplicates
      return literal(r, c.type);
    });
    // Keys: retry colliding values a few times, else leave the row out.
    const taken = (j, v) => rows.some((o) => valueKey(columns[j].type, o[j]) === valueKey(columns[j].type, v));
    let ok = columns.every((c, j) => {
      if (!inKey(c) || row[j] === 'NULL') return true;
      for (let k = 0; k < 8 && taken(j, row[j]); k++) row[j] = literal(r, c.type);
      return !taken(j, row[j]);
    });
    if (pk) {
      const key = (o) => pk.map((n) => columns.findIndex((c) => c.name === n))
        .map((j) => valueKey(columns[j].type, o[j])).join('\u0000');
      ok &&= !rows.some((o) => key(o) === key(row));
    }
    if (ok) rows.push(row);
  }
  columns.forEach((c, j) => {
    if (r.chance(0.2)) c.check = randomCheck(r, name, c, rows.map((o) => o[j]).filter((v) => v !== 'NULL'));
  });
  return { name, pk, columns, rows };
}

// A CHECK on one column that every existing value satisfies.
function randomCheck(r, table, col, values) {
  const kind = kindOf(col.type);
  const name = r.chance(0.4) ? `${table}_${col.name}_ck` : null;
  const unquote = (v) => v.slice(1, -1).replace(/''/g, "'");
  let expr = null;
  if (kind === 'int' || kind === 'num') {
    values = values.map((v) => valueKey(col.type, v)); // as stored: numerics rounded to scale
    const nums = values.map(Number);
    if (!nums.length || r.chance(0.3)) expr = `${col.name} <> ${r.pick(INTS.slice(0, 7).filter((v) => !nums.includes(Number(v))))}`;
    else if (r.chance(0.5)) expr = `${col.name} >= ${values[nums.indexOf(Math.min(...nums))]}`;
    else expr = `${col.name} <= ${values[nums.indexOf(Math.max(...nums))]}`;
  } else if (kind === 'text') {
    const texts = values.map(unquote);
    if (!texts.includes('') && r.chance(0.4)) expr = `${col.name} <> ''`;
    else expr = `length(${col.name}) <= ${Math.max(0, ...texts.map((t) => [...t].length)) + r.int(0, 3)}`;
  } else if ((kind === 'date' || kind === 'ts') && !values.includes("'infinity'")) {
    const lowest = values.map(unquote).sort()[0] ?? '1900-01-01';
    expr = `${col.name} >= ${quote(lowest)}`;
  }
  return expr && { name, expr };
}

// ---------------------------------------------------------------- migration

const columnsOfKind = (t, kind) => t.cols.filter((c) => kindOf(c.type) === kind);
const KINDS = ['int', 'num', 'text', 'bool', 'date', 'ts'];

// A typed expression over table t's columns; `leafChance` only applies at the top.
function expr(r, t, kind, depth = 0, leafChance = 0) {
  const leaf = depth >= 2 || r.chance(depth === 0 ? leafChance : 0.4);
  if (leaf) {
    if (r.chance(0.02)) return 'nosuch';
    const cols = columnsOfKind(t, kind);
    return cols.length && r.chance(0.6) ? r.pick(cols).name : typedLiteral(r, kind);
  }
  const sub = (k) => expr(r, t, r.chance(0.04) ? r.pick(KINDS) : k, depth + 1); // sometimes mistyped
  const either = () => sub(r.pick(['int', 'num']));
  const cast = (x, type) => (r.chance(0.7) ? `(${x})::${type}` : `CAST(${x} AS ${type})`);
  const caseOf = (k) => `CASE WHEN ${sub('bool')} THEN ${sub(k)} ELSE ${sub(k)} END`;
  const forms = {
    int: [
      () => `(${sub('int')} ${r.pick(['+', '-', '*', '/', '%'])} ${sub('int')})`,
      () => `length(${sub('text')})`,
      () => cast(sub(r.pick(['int', 'num', 'text'])), r.pick(['integer', 'smallint', 'bigint'])),
    ],
    num: [
      () => `(${either()} ${r.pick(['+', '-', '*', '/'])} ${either()})`,
      () => cast(either(), r.pick(['numeric', `numeric(${r.int(2, 8)},${r.int(0, 2)})`])),
    ],
    text: [
      () => `${r.pick(['lower', 'upper'])}(${sub('text')})`,
      () => `(${sub('text')} || ${sub(r.pick(KINDS))})`,
      () => cast(sub(r.pick(KINDS)), r.pick(['text', 'varchar(3)'])),
    ],
    bool: [
      () => { const k = r.pick(KINDS.filter((x) => x !== 'bool')); return `(${sub(k)} ${r.pick(['=', '<>', '<', '<=', '>', '>='])} ${sub(k)})`; },
      () => `${sub(r.pick(KINDS))} IS ${r.pick(['', 'NOT '])}NULL`,
      () => `NOT ${sub('bool')}`,
      () => `(${sub('bool')} ${r.pick(['AND', 'OR'])} ${sub('bool')})`,
    ],
    date: [
      () => `(${sub('date')} ${r.pick(['+', '-'])} ${sub('int')})`,
      () => cast(sub('ts'), 'date'),
    ],
    ts: [() => cast(sub('date'), 'timestamp')],
  }[kind];
  const common = kind === 'bool' ? [] : [
    () => `coalesce(${sub(kind)}, ${sub(kind)})`,
    () => `nullif(${sub(kind)}, ${sub(kind)})`,
    () => caseOf(kind),
  ];
  return r.pick(forms.concat(common))();
}

// String functions and pattern matching (`strings` forms): patterns that read no
// class or case, so that every TEXTS value (one is not ASCII) gets PostgreSQL's answer.
const REGEXES = ['l+', 'o.', '^a', 'c$', 'bc', '(b)(c)?', 'x*', '^$', 'a|bc', '.+?', '(', 'a{2,1}', "'"];
const SIMILARS = ['%a%', 'a_c', '(a|b)%', '%#"b%#"%', '%.%', 'a%c', ''];
function stringExpr(r, t) {
  const cols = columnsOfKind(t, 'text');
  const x = () => (cols.length && r.chance(0.7) ? r.pick(cols).name : typedLiteral(r, 'text'));
  const n = () => r.pick(['-2', '-1', '0', '1', '2', '3', '10']);
  const re = () => quote(r.pick(REGEXES));
  return r.pick([
    () => `split_part(${x()}, ${quote(r.pick([',', ' ', 'a', 'l', '']))}, ${r.pick(['1', '2', '-1', '0'])})`,
    () => `format(${quote(r.pick(['%s-%s', '%I', '%L', '[%-5s]', '%2$s %1$s', '%s %%', '%*s', '%x']))}, ${x()}, ${x()})`,
    () => `translate(${x()}, 'abl', 'xy')`,
    () => `substring(${x()} from ${n()} for ${r.pick(['1', '2', '5'])})`,
    () => `substring(${x()} from ${re()})`,
    () => `substring(${x()} similar ${quote(r.pick(SIMILARS))} escape '#')`,
    () => `${r.pick(['left', 'right'])}(${x()}, ${n()})`,
    () => `${r.pick(['initcap', 'md5', 'reverse', 'quote_ident', 'quote_literal', 'quote_nullable'])}(${x()})`,
    () => `concat_ws(${quote(r.pick([',', '']))}, ${x()}, ${x()})`,
    () => `${r.pick(['lpad', 'rpad'])}(${x()}, ${n()}, ${quote(r.pick(['*', 'ab', '']))})`,
    () => `${r.pick(['btrim', 'ltrim', 'rtrim'])}(${x()}, ${quote(r.pick(['a', ' ', 'xO']))})`,
    () => `regexp_replace(${x()}, ${re()}, ${quote(r.pick(['#', '<\\1>', '\\&\\&', '']))}${r.pick(['', ", 'g'", ', 2', ', 1, 2'])})`,
    () => `coalesce(regexp_substr(${x()}, ${re()}${r.pick(['', ', 2', ', 1, 2'])}), '-')`,
    () => `to_hex(length(${x()}) - 3)`,
    () => `(regexp_match(${x()}, ${re()}))::text`,
  ])();
}
function stringPredicate(r, t) {
  const cols = columnsOfKind(t, 'text');
  const x = () => (cols.length && r.chance(0.7) ? r.pick(cols).name : typedLiteral(r, 'text'));
  return r.pick([
    () => `${x()} ${r.pick(['~', '!~'])} ${quote(r.pick(REGEXES))}`,
    () => `${x()} ${r.pick(['SIMILAR TO', 'NOT SIMILAR TO'])} ${quote(r.pick(SIMILARS))}${r.pick(['', " ESCAPE '#'", " ESCAPE ''"])}`,
    () => `${x()} ${r.pick(['LIKE', 'NOT LIKE'])} ${quote(r.pick(['a#%', '%#_%', '%b%']))} ESCAPE '#'`,
    () => `starts_with(${x()}, ${quote(r.pick(['a', '', 'O']))})`,
    () => `regexp_like(${x()}, ${quote(r.pick(REGEXES))})`,
    () => `regexp_count(${x()}, ${quote(r.pick(REGEXES))}) > ${r.pick(['0', '1'])}`,
    () => `regexp_instr(${x()}, ${quote(r.pick(REGEXES))}) ${r.pick(['=', '>'])} ${r.pick(['0', '2'])}`,
    () => `ascii(${x()}) > 96`,
  ])();
}

function freshName(r, t, base = r.pick(COLUMN_NAMES.concat(['extra', 'status', 'amount']))) {
  let name = base;
  for (let k = 2; t.cols.some((c) => c.name === name); k++) name = `${base}${k}`;
  return name;
}

// An existing column (rarely: one that does not exist).
const someColumn = (r, t) => (r.chance(0.04) || !t.cols.length ? { name: 'nosuch', type: 'integer' } : r.pick(t.cols));

// A statement is a list of parts; optional ones (a WHERE, a USING, a second row)
// may be dropped by the shrinker.
const optional = (text) => ({ text });
const textOf = (parts) => parts.map((p) => p.text ?? p).join('');

const STATEMENTS = {
  add_column(r, t) {
    const name = r.chance(0.08) && t.cols.length ? r.pick(t.cols).name : freshName(r, t);
    const type = randomType(r);
    const mode = r.pick(['plain', 'default', 'not_null', 'not_null_default', 'unique']);
    const sql = [`ALTER TABLE ${t.name} ADD COLUMN ${name} ${type}`];
    if (mode.endsWith('default')) sql.push(optional(` DEFAULT ${literal(r, type, r.chance(0.9))}`));
    if (mode.startsWith('not_null')) sql.push(optional(' NOT NULL'));
    if (mode === 'unique') sql.push(optional(' UNIQUE'));
    if (!t.cols.some((c) => c.name === name)) t.cols.push({ name, type });
    return sql;
  },
  drop_column(r, t) {
    const c = someColumn(r, t);
    t.cols = t.cols.filter((x) => x !== c);
    return `ALTER TABLE ${t.name} DROP COLUMN ${r.chance(0.1) ? 'IF EXISTS ' : ''}${c.name}`;
  },
  rename_column(r, t) {
    const c = someColumn(r, t);
    const to = r.chance(0.08) && t.cols.length ? r.pick(t.cols).name : freshName(r, t);
    const sql = `ALTER TABLE ${t.name} RENAME COLUMN ${c.name} TO ${to}`;
    c.name = to;
    return sql;
  },
  alter_type(r, t) {
    const c = someColumn(r, t);
    const type = randomType(r);
    const sql = [`ALTER TABLE ${t.name} ALTER COLUMN ${c.name} ${r.chance(0.1) ? 'SET DATA ' : ''}TYPE ${type}`];
    if (r.chance(0.4)) sql.push(optional(` USING ${c.name}::${type}`));
    else if (r.chance(0.15)) sql.push(optional(` USING ${expr(r, t, kindOf(type), 0, 0.3)}`));
    c.type = type;
    return sql;
  },
  set_not_null: (r, t) => `ALTER TABLE ${t.name} ALTER COLUMN ${someColumn(r, t).name} SET NOT NULL`,
  drop_not_null: (r, t) => `ALTER TABLE ${t.name} ALTER COLUMN ${someColumn(r, t).name} DROP NOT NULL`,
  set_default(r, t) {
    const c = someColumn(r, t);
    return `ALTER TABLE ${t.name} ALTER COLUMN ${c.name} SET DEFAULT ${literal(r, c.type, r.chance(0.85))}`;
  },
  drop_default: (r, t) => `ALTER TABLE ${t.name} ALTER COLUMN ${someColumn(r, t).name} DROP DEFAULT`,
  add_constraint(r, t) {
    const c = someColumn(r, t);
    const what = r.pick(['UNIQUE', 'UNIQUE', 'CHECK', 'CHECK', 'PRIMARY KEY']);
    let body;
    if (what === 'CHECK') body = `CHECK (${expr(r, t, 'bool')})`;
    else {
      const other = t.cols.length > 1 && r.chance(0.25) ? r.pick(t.cols.filter((x) => x !== c)) : null;
      body = `${what} (${c.name}${other ? `, ${other.name}` : ''})`;
    }
    const suffix = { UNIQUE: 'key', CHECK: 'check', 'PRIMARY KEY': 'pkey' }[what];
    const name = r.chance(0.5) ? `CONSTRAINT ${t.name}_${c.name}_${suffix} ` : '';
    return `ALTER TABLE ${t.name} ADD ${name}${body}`;
  },
  create_index(r, t) {
    const c = someColumn(r, t);
    const other = t.cols.length > 1 && r.chance(0.25) ? r.pick(t.cols.filter((x) => x !== c)) : null;
    const name = r.chance(0.6) ? `ix_${t.name}_${c.name} ` : '';
    return `CREATE ${r.chance(0.4) ? 'UNIQUE ' : ''}INDEX ${name}ON ${t.name} (${c.name}${other ? `, ${other.name}` : ''})`;
  },
  update(r, t) {
    const targets = r.shuffle(t.cols).slice(0, r.chance(0.2) ? 2 : 1);
    if (!targets.length || r.chance(0.04)) targets.push({ name: 'nosuch', type: 'integer' });
    const sets = targets.map((c) => `${c.name} = ${expr(r, t, r.chance(0.08) ? r.pick(KINDS) : kindOf(c.type), 0, 0.3)}`);
    return [`UPDATE ${t.name} SET ${sets[0]}`, ...sets.slice(1).map((x) => optional(`, ${x}`)),
      ...(r.chance(0.6) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])];
  },
  delete: (r, t) => [`DELETE FROM ${t.name}`, ...(r.chance(0.9) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])],
  insert(r, t) {
    const cols = r.chance(0.6) ? t.cols : r.shuffle(t.cols).slice(0, r.int(1, t.cols.length));
    const value = (c) => weighted(r, [[10, () => 'NULL'], [8, () => 'DEFAULT'], [10, () => literal(r, c.type, false)],
      [72, () => literal(r, c.type)]])();
    const rows = Array.from({ length: r.int(1, 3) }, () => `(${cols.map(value).join(', ')})`);
    return [`INSERT INTO ${t.name} (${cols.map((c) => c.name).join(', ')}) VALUES ${rows[0]}`,
      ...rows.slice(1).map((x) => optional(`, ${x}`))];
  },
  // Data steps with subqueries and aggregates (the subquery reads the same table as
  // `s`; bare names inside it are `s`'s columns, as PostgreSQL resolves them).
  update_subquery(r, t) {
    const c = someColumn(r, t);
    const agg = r.pick(['max', 'min', 'count', 'sum', 'avg']);
    return [`UPDATE ${t.name} SET ${c.name} = (SELECT ${agg}(s.${c.name}) FROM ${t.name} AS s`,
      optional(` WHERE ${expr(r, t, 'bool')}`), ')',
      ...(r.chance(0.5) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])];
  },
  delete_subquery(r, t) {
    const c = someColumn(r, t);
    if (r.chance(0.5)) {
      return [`DELETE FROM ${t.name} WHERE ${c.name} ${r.pick(['IN', 'NOT IN'])} (SELECT s.${c.name} FROM ${t.name} AS s`,
        optional(` WHERE ${expr(r, t, 'bool')}`), ')'];
    }
    return [`DELETE FROM ${t.name} WHERE ${r.pick(['', 'NOT '])}EXISTS (SELECT 1 FROM ${t.name} AS s WHERE s.${c.name} = ${t.name}.${c.name}`,
      optional(` AND ${expr(r, t, 'bool')}`), ')'];
  },
  update_strings(r, t) {
    const cols = columnsOfKind(t, 'text');
    const c = cols.length ? r.pick(cols) : someColumn(r, t);
    return [`UPDATE ${t.name} SET ${c.name} = ${stringExpr(r, t)}`,
      ...(r.chance(0.6) ? [optional(` WHERE ${stringPredicate(r, t)}`)] : [])];
  },
  add_string_check: (r, t) => `ALTER TABLE ${t.name} ADD CHECK (${stringPredicate(r, t)} OR ${stringExpr(r, t)} <> '')`,
  // Window functions: the de-duplication idiom, and window values written back.
  delete_window(r, t) {
    const c = someColumn(r, t);
    const by = someColumn(r, t);
    const order = someColumn(r, t);
    return [`DELETE FROM ${t.name} WHERE ${c.name} IN (SELECT ${c.name} FROM (SELECT ${c.name}, row_number() OVER (PARTITION BY ${by.name} ORDER BY ${order.name}`,
      optional(r.pick([' DESC', ' NULLS FIRST', ''])), `) AS rn FROM ${t.name}) AS s WHERE rn ${r.pick(['>', '='])} 1)`];
  },
  insert_window(r, t) {
    const c = someColumn(r, t);
    const x = someColumn(r, t);
    const fn = r.pick(['row_number()', 'rank()', 'dense_rank()', 'count(*)', `count(${x.name})`, `min(${x.name})`,
      `max(${x.name})`, `lag(${x.name})`, `lead(${x.name}, ${r.int(1, 2)})`, `first_value(${x.name})`,
      `last_value(${x.name})`, `nth_value(${x.name}, 2)`, `ntile(${r.int(1, 3)})`, 'percent_rank()', 'cume_dist()']);
    const frame = r.chance(0.2) ? r.pick([' ROWS BETWEEN 1 PRECEDING AND CURRENT ROW', ' ROWS UNBOUNDED PRECEDING',
      ' RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING', ' GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING']) : '';
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${fn} OVER (`,
      optional(`PARTITION BY ${someColumn(r, t).name} `), `ORDER BY ${someColumn(r, t).name}${frame}) FROM ${t.name}`,
      optional(` WHERE ${expr(r, t, 'bool')}`), optional(' ORDER BY 1')];
  },
  // ORDER BY with ties under a small LIMIT: tuplesort's bounded heap picks the rows.
  insert_order_limit(r, t) {
    const c = someColumn(r, t);
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${c.name} FROM ${t.name} ORDER BY ${someColumn(r, t).name}`,
      optional(r.pick([' DESC', ' NULLS FIRST', ''])), ` LIMIT ${r.int(1, 2)}`, optional(` OFFSET ${r.int(1, 2)}`)];
  },
  // RANGE frames with an offset over any column (its in_range support or PostgreSQL's
  // error), sometimes with an EXCLUDE clause.
  insert_range_window(r, t) {
    const c = someColumn(r, t);
    const x = someColumn(r, t);
    const fn = r.pick(['count(*)', `count(${x.name})`, `min(${x.name})`, `max(${x.name})`, `first_value(${x.name})`,
      `last_value(${x.name})`, `nth_value(${x.name}, 2)`]);
    const offset = () => r.pick(['1', '2', '0', '-1', '0.5', 'NULL', "CAST('1 day' AS interval)", "'2 hours'", '1::bigint']);
    const bound = () => r.pick([`${offset()} PRECEDING`, `${offset()} FOLLOWING`, 'CURRENT ROW']);
    const frame = (r.chance(0.3) ? ` RANGE ${offset()} PRECEDING` : ` RANGE BETWEEN ${bound()} AND ${bound()}`)
      + (r.chance(0.3) ? ` EXCLUDE ${r.pick(['CURRENT ROW', 'GROUP', 'TIES', 'NO OTHERS'])}` : '');
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${fn} OVER (`,
      optional(`PARTITION BY ${someColumn(r, t).name} `),
      `ORDER BY ${someColumn(r, t).name}${r.pick(['', ' DESC', ' NULLS FIRST', ' DESC NULLS LAST'])}${frame}) FROM ${t.name}`,
      optional(' ORDER BY 1')];
  },
  upsert(r, t) {
    const cols = r.shuffle(t.cols).slice(0, r.int(1, Math.min(3, t.cols.length)));
    const row = `(${cols.map((c) => literal(r, c.type)).join(', ')})`;
    const target = r.pick(cols);
    const set = r.pick(t.cols);
    const action = r.chance(0.3) ? ' DO NOTHING'
      : ` DO UPDATE SET ${set.name} = ${r.pick([`EXCLUDED.${set.name}`, `${t.name}.${set.name}`, literal(r, set.type)])}`;
    return [`INSERT INTO ${t.name} (${cols.map((c) => c.name).join(', ')}) VALUES ${row}`, optional(`, ${row}`),
      ` ON CONFLICT (${target.name})${action}`,
      ...(action.startsWith(' DO UPDATE') && r.chance(0.3) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])];
  },
  insert_series(r, t) {
    const c = someColumn(r, t);
    const from = r.int(-2, 3);
    return [`INSERT INTO ${t.name} (${c.name}) SELECT g FROM generate_series(${from}, ${from + r.int(-1, 4)}`,
      optional(`, ${r.pick([1, 2, -1, 0])}`), ') AS g'];
  },
  insert_grouped(r, t) {
    const c = someColumn(r, t);
    const agg = r.pick(['max', 'min', 'count']);
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${agg}(${c.name}) FROM ${t.name}`,
      optional(` GROUP BY ${someColumn(r, t).name}`), optional(` HAVING count(*) ${r.pick(['>', '<', '='])} ${r.int(0, 2)}`),
      optional(' ORDER BY 1'), optional(` LIMIT ${r.int(0, 3)}`)];
  },
  // Views over the table (then the column steps meet their dependency errors).
  create_view(r, t) {
    t.views ??= [];
    const materialized = r.chance(0.3);
    const name = `${t.name}_v${t.views.length}`;
    const c = someColumn(r, t);
    const body = weighted(r, [
      [3, () => [`SELECT ${r.shuffle(t.cols).slice(0, r.int(1, t.cols.length)).map((x) => x.name).join(', ')} FROM ${t.name}`,
        optional(` WHERE ${expr(r, t, 'bool')}`)]],
      [1, () => [`SELECT * FROM ${t.name}`]],
      [2, () => [`SELECT ${c.name}, count(*) AS n FROM ${t.name} GROUP BY ${c.name}`]],
    ])();
    if (t.views.length && r.chance(0.3)) body.splice(0, body.length, `SELECT * FROM ${r.pick(t.views).name}`);
    t.views.push({ name, materialized });
    const tail = materialized && r.chance(0.5) ? [optional(r.pick([' WITH DATA', ' WITH NO DATA']))] : [];
    return [`CREATE ${materialized ? 'MATERIALIZED ' : ''}VIEW ${name} AS `, ...body, ...tail];
  },
  replace_view(r, t) {
    const v = t.views?.find((x) => !x.materialized);
    const c = someColumn(r, t);
    const name = v ? v.name : `${t.name}_v9`;
    return [`CREATE OR REPLACE VIEW ${name} AS SELECT ${c.name}`, optional(`, ${someColumn(r, t).name}`), ` FROM ${t.name}`];
  },
  drop_view(r, t) {
    const v = t.views?.length ? r.pick(t.views) : null;
    if (!v) return `DROP VIEW IF EXISTS ${t.name}_v9`;
    t.views = t.views.filter((x) => x !== v);
    return [`DROP ${v.materialized ? 'MATERIALIZED ' : ''}VIEW ${v.name}`, optional(' CASCADE')];
  },
  refresh_view(r, t) {
    const v = t.views?.find((x) => x.materialized);
    return `REFRESH MATERIALIZED VIEW ${r.chance(0.2) ? 'CONCURRENTLY ' : ''}${v ? v.name : t.name}`;
  },
  // Set operations, outer joins and WITH queries (each over the same table).
  insert_set_operation(r, t) {
    const c = someColumn(r, t);
    const op = r.pick(['UNION', 'UNION ALL', 'INTERSECT', 'INTERSECT ALL', 'EXCEPT', 'EXCEPT ALL']);
    const right = r.chance(0.2) ? literal(r, c.type) : (r.chance(0.15) ? someColumn(r, t) : c).name;
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${c.name} FROM ${t.name}`, optional(` WHERE ${expr(r, t, 'bool')}`),
      ` ${op} SELECT ${right} FROM ${t.name}`, optional(` WHERE ${expr(r, t, 'bool')}`),
      optional(' ORDER BY 1'), optional(` LIMIT ${r.int(0, 3)}`)];
  },
  insert_join(r, t) {
    const c = someColumn(r, t);
    const k = someColumn(r, t);
    const join = r.pick(['JOIN', 'LEFT JOIN', 'RIGHT JOIN', 'FULL JOIN', 'FULL OUTER JOIN']);
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${r.pick(['a', 'b'])}.${c.name} FROM ${t.name} AS a ${join} ${t.name} AS b ON a.${k.name} = b.${k.name}`,
      optional(` WHERE b.${c.name} IS ${r.pick(['', 'NOT '])}NULL`), optional(' ORDER BY 1')];
  },
  // A name the statement has where the reference cannot see it, and near names
  // (errorMissingColumn / errorMissingRTE: the 42703 and 42P01 details and hints):
  // INSERT's target from its source, an item before a subquery that is not LATERAL,
  // UPDATE's target from its FROM list.
  insert_out_of_reach(r, t) {
    const c = someColumn(r, t);
    const k = someColumn(r, t);
    return [r.pick([
      `INSERT INTO ${t.name} (${c.name}) SELECT ${k.name} FROM (SELECT 1 AS one) AS s`,
      `INSERT INTO ${t.name} (${c.name}) SELECT s.v FROM ${t.name} AS a, (SELECT ${k.name} AS v) AS s`,
      `INSERT INTO ${t.name} (${c.name}) SELECT s.v FROM ${t.name} AS a, LATERAL (SELECT ${k.name} AS v) AS s`,
      `INSERT INTO ${t.name} (${c.name}) SELECT ${k.name.slice(0, -1)} FROM ${t.name}`,
      `INSERT INTO ${t.name} (${c.name}) SELECT ${t.name}.${k.name} FROM ${t.name} AS a`,
      `UPDATE ${t.name} SET ${c.name} = s.v FROM (SELECT ${k.name} AS v) AS s`,
    ])];
  },
  // JOIN ... USING / NATURAL JOIN of the table with a subquery of two of its columns
  // (the key maybe cast to text: a missing `=` or a common type).
  insert_join_using(r, t) {
    const c = someColumn(r, t);
    const k = someColumn(r, t);
    const join = r.pick(['JOIN', 'INNER JOIN', 'LEFT JOIN', 'RIGHT JOIN', 'FULL JOIN']);
    const natural = r.chance(0.3);
    const alias = !natural && r.chance(0.3);
    const right = `(SELECT ${k.name}${r.chance(0.15) ? '::text' : ''}, ${c.name} AS v FROM ${t.name}) AS b`;
    const picked = r.pick(['b.v', `a.${c.name}`, k.name, ...(alias ? [`j.${k.name}`] : [])]);
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${picked} FROM ${t.name} AS a ${natural ? `NATURAL ${join}` : join} ${right}`,
      natural ? '' : ` USING (${k.name})${alias ? ' AS j' : ''}`,
      optional(` WHERE ${k.name} IS ${r.pick(['', 'NOT '])}NULL`), optional(' ORDER BY 1')];
  },
  delete_join_using(r, t) {
    const c = someColumn(r, t);
    const k = someColumn(r, t);
    const join = r.pick(['JOIN', 'LEFT JOIN', 'RIGHT JOIN', 'FULL JOIN']);
    return [`DELETE FROM ${t.name} USING ${t.name} AS a ${join} (SELECT ${k.name}, ${c.name} AS v FROM ${t.name}`,
      optional(` WHERE ${c.name} IS NOT NULL`), `) AS b USING (${k.name}) WHERE ${t.name}.${c.name} = b.v`];
  },
  insert_with(r, t) {
    const c = someColumn(r, t);
    const head = r.chance(0.5) ? `WITH w AS (SELECT ${c.name} AS wv FROM ${t.name}` : `WITH w(wv) AS (VALUES (${literal(r, c.type)}), (${literal(r, c.type)})`;
    return [head, ...(head.includes('VALUES') ? [] : [optional(` WHERE ${expr(r, t, 'bool')}`)]),
      `) INSERT INTO ${t.name} (${c.name}) SELECT wv FROM w`, optional(' ORDER BY 1')];
  },
  update_with(r, t) {
    const c = someColumn(r, t);
    return [`WITH w(wv) AS (SELECT ${literal(r, c.type)}) UPDATE ${t.name} SET ${c.name} = w.wv FROM w`,
      optional(` WHERE ${expr(r, t, 'bool')}`)];
  },
  insert_recursive(r, t) {
    const c = someColumn(r, t);
    return [`INSERT INTO ${t.name} (${c.name}) WITH RECURSIVE rr(n) AS (SELECT ${r.int(0, 3)} ${r.pick(['UNION', 'UNION ALL'])} SELECT n + 1 FROM rr WHERE n < ${r.int(1, 5)}) SELECT n FROM rr`];
  },
};

// Dates and times: time/timetz columns (kept apart in `t.timeCols`: the other forms'
// expressions have no time kind) and the date/time functions in expressions.
const TIME_LITERALS = ['00:00', '07:05:03.25', '12:00:00', '23:59:59.999999', '24:00', '13:45:56.789', '10:00 PM'];
const TIME_TYPES = ['time', 'time(0)', 'time(3)', 'timetz', 'time with time zone'];
const timeLiteral = (r, type) => quote(r.pick(TIME_LITERALS) + (type.includes('tz') || type.includes('with') ? r.pick(['', '+02', '-05:30']) : ''));
function timeExpr(r, t, c) {
  const ts = columnsOfKind(t, 'ts');
  return r.pick([
    () => timeLiteral(r, c.type),
    () => `${c.name} ${r.pick(['+', '-'])} interval ${quote(r.pick(['30 minutes', '1 hour', '25 hours', '-90 seconds', '1 day']))}`,
    () => `make_time(${r.int(0, 24)}, ${r.pick([0, 30, 59, 60])}, ${r.pick(['0', '1.5', '59.999'])})`,
    // localtime only as a difference with itself: the engine's clock is simulated, PGlite's is real.
    () => (ts.length ? `${r.pick(ts).name}::time` : `(localtime - localtime) + time '07:05'`),
    () => `date_trunc('hour', ${ts.length ? r.pick(ts).name : "TIMESTAMP '2024-02-29 13:45:56'"})::time`,
  ])();
}
// `x IS NOT 'literal'` is not SQL: against a literal, IS NOT means IS DISTINCT FROM.
const timeWhere = (col, op, rhs) => ` WHERE ${col} ${op === 'IS NOT' && rhs !== 'NULL' ? 'IS DISTINCT FROM' : op} ${rhs}`;
const TO_CHAR_PATTERNS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'FMDay, FMDDth Month YYYY', 'HH12:MI:SS AM', 'Mon DD YYYY HH24:MI', 'YYYY"Q"Q IW D', 'FMMM/FMDD/YY'];
const DATETIME_FIELDS = ['year', 'month', 'day', 'dow', 'doy', 'quarter', 'week', 'epoch', 'hour', 'minute', 'second', 'isoyear', 'century', 'decade'];
const TRUNC_UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century'];

Object.assign(STATEMENTS, {
  add_time_column(r, t) {
    const type = r.pick(TIME_TYPES);
    const taken = (t.timeCols ?? []).map((c) => c.name);
    let name = freshName(r, t, r.pick(['starts', 'ends', 'opens']));
    for (let k = 2; taken.includes(name); k++) name = `${name.replace(/\d+$/, '')}${k}`;
    const sql = [`ALTER TABLE ${t.name} ADD COLUMN ${name} ${type}`];
    if (r.chance(0.6)) sql.push(optional(` DEFAULT ${timeLiteral(r, type)}`));
    if (r.chance(0.3)) sql.push(optional(' NOT NULL'));
    if (r.chance(0.2)) sql.push(optional(` CHECK (${name} ${r.pick(['<', '>=', '<>'])} ${timeLiteral(r, type)})`));
    t.timeCols = (t.timeCols ?? []).concat([{ name, type }]);
    return sql;
  },
  update_time(r, t) {
    const cols = t.timeCols ?? [];
    if (!cols.length) return STATEMENTS.add_time_column(r, t);
    const c = r.pick(cols);
    return [`UPDATE ${t.name} SET ${c.name} = ${timeExpr(r, t, c)}`,
      ...(r.chance(0.5) ? [optional(timeWhere(c.name, r.pick(['<', '>', '=', 'IS NOT']), r.chance(0.3) ? 'NULL' : timeLiteral(r, c.type)))] : [])];
  },
  alter_time_type(r, t) {
    const cols = (t.timeCols ?? []).concat(columnsOfKind(t, 'ts'));
    if (!cols.length) return STATEMENTS.add_time_column(r, t);
    const c = r.pick(cols);
    const type = r.pick(TIME_TYPES.concat(['timestamp', 'interval', 'text']));
    const sql = [`ALTER TABLE ${t.name} ALTER COLUMN ${c.name} TYPE ${type}`];
    if (r.chance(0.2)) sql.push(optional(` USING ${c.name}::${type}`));
    // Whatever it becomes, the column leaves the other forms' kinds.
    t.cols = t.cols.filter((x) => x !== c);
    t.timeCols = (t.timeCols ?? []).filter((x) => x !== c).concat([{ name: c.name, type }]);
    return sql;
  },
  update_datetime_function(r, t) {
    const dates = columnsOfKind(t, 'date').concat(columnsOfKind(t, 'ts'));
    const source = dates.length && r.chance(0.8) ? r.pick(dates).name : typedLiteral(r, r.pick(['date', 'ts']));
    const target = someColumn(r, t);
    const value = {
      text: () => `to_char(${source}, ${quote(r.pick(TO_CHAR_PATTERNS))})`,
      int: () => `extract(${r.pick(DATETIME_FIELDS)} FROM ${source})${r.chance(0.7) ? '::integer' : ''}`,
      num: () => `date_part(${quote(r.pick(DATETIME_FIELDS))}, ${source})`,
      ts: () => `date_trunc(${quote(r.pick(TRUNC_UNITS))}, ${source}${r.chance(0.5) ? '::timestamp' : ''})`,
      date: () => r.pick([() => `make_date(${r.pick([2024, 2023, -44, 0])}, ${r.int(1, 13)}, ${r.pick([1, 28, 29, 30, 31])})`,
        () => `(${source} + interval ${quote(r.pick(['1 month', '-1 year', '30 days']))})::date`])(),
      bool: () => `isfinite(${source})`,
    }[kindOf(target.type)] ?? (() => `to_char(${source}, ${quote(r.pick(TO_CHAR_PATTERNS))})`);
    return [`UPDATE ${t.name} SET ${target.name} = ${value()}`, ...(r.chance(0.4) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])];
  },
});

// json/jsonb and array operators and functions over a table's own columns (no
// column of those types joins the model: the other forms know only scalar kinds).
const JSONB_LITS = ['{"a": 1, "b": [1, 2, {"c": null}]}', '[1, "a", [2], {"k": "v"}]', '{"k": "x", "n": 2.50}',
  '"a"', '1', 'null', '[]', '{}', '{"a": {"b": [true, false]}}'];
const jsonbLit = (r) => `${quote(r.pick(JSONB_LITS))}::jsonb`;
function jsonbExpr(r, t) {
  const c = someColumn(r, t);
  return r.pick([
    () => jsonbLit(r),
    () => `to_jsonb(${c.name})`,
    () => `jsonb_build_object('k', ${c.name}, ${quote(r.pick(['a', 'n']))}, ${typedLiteral(r, r.pick(KINDS))})`,
    () => `jsonb_build_array(${c.name}, NULL)`,
    () => `(${jsonbLit(r)} || ${jsonbLit(r)})`,
    () => `jsonb_set(${jsonbLit(r)}, ${quote(r.pick(['{a}', '{a,b}', '{0}', '{-1}', '{k}', '{x,1}']))}, to_jsonb(${c.name})${r.pick(['', ', false', ', true'])})`,
    () => `(${jsonbLit(r)} ${r.pick(['-', '#-'])} ${quote(r.pick(['a', '{a,b}', '{0}']))})`,
    () => `(${jsonbLit(r)} - ${r.int(-2, 2)})`,
    () => `(${jsonbLit(r)} ${r.pick(['->', '#>'])} ${r.pick(["'a'", "'k'", '0', '-1', "'{a,b}'", "'{1}'"])})`,
  ])();
}
function arrayExpr(r, t, kind) {
  const c = someColumn(r, t);
  const lit = kind === 'int' ? `ARRAY[${r.int(0, 3)}, ${r.pick(['NULL', '1', '2'])}]` : `ARRAY['a', ${r.pick(['NULL', "'b'", "'abc'"])}]`;
  const col = kind === 'int' ? `length(${c.name}::text)` : `${c.name}::text`;
  return r.pick([
    () => lit,
    () => `(${lit} || ${col})`,
    () => `(${col} || ${lit})`,
    () => `array_append(${lit}, ${col})`,
    () => `array_prepend(${col}, ${lit})`,
    () => `array_cat(${lit}, ${lit})`,
    () => `array_remove(${lit}, ${col})`,
    () => `array_replace(${lit}, ${col}, NULL)`,
    () => (kind === 'int' ? `string_to_array(${c.name}::text, ${quote(r.pick(['', '-', '0', ' ']))})::int[]`
      : `string_to_array(${c.name}::text, ${quote(r.pick(['', '-', 'a', ' ']))}, 'b')`),
  ])();
}
Object.assign(STATEMENTS, {
  jsonb_step(r, t) {
    const c = someColumn(r, t);
    const k = kindOf(c.type);
    const j = () => jsonbExpr(r, t);
    const value = {
      text: () => r.pick([`${j()} ->> ${r.pick(["'k'", "'a'", '0', '-1'])}`, `${j()} #>> '{a,b}'`, `(${j()})::text`,
        `jsonb_typeof(${j()})`, `jsonb_pretty(${j()})`, `jsonb_strip_nulls(${j()})::text`,
        `json_build_object('k', ${c.name})::text`, `json_build_array(${c.name}, 1)::text`]),
      int: () => r.pick([`jsonb_array_length(${j()})`, `(${j()} -> 'n')::integer`, `(${j()} ->> 0)::integer`, `(${j()})::integer`]),
      num: () => `(${j()} -> ${r.pick(["'n'", "'a'", '0'])})::numeric`,
      bool: () => r.pick([`${j()} @> ${j()}`, `${j()} <@ ${j()}`, `${j()} ? ${quote(r.pick(['a', 'k', 'x']))}`,
        `${j()} ?| ARRAY['a', 'x']`, `${j()} ?& ARRAY['a', 'k']`, `${j()} ${r.pick(['=', '<', '>=', '<>'])} ${j()}`,
        `(${j()})::boolean`]),
    }[k];
    const where = () => `${j()} ${r.pick(['@>', '<@', '=', '<'])} ${j()}`;
    if (!value) return [`DELETE FROM ${t.name} WHERE ${where()}`];
    return [`UPDATE ${t.name} SET ${c.name} = ${value()}`, ...(r.chance(0.5) ? [optional(` WHERE ${where()}`)] : [])];
  },
  array_step(r, t) {
    const c = someColumn(r, t);
    const k = kindOf(c.type);
    const kind = r.pick(['int', 'text']);
    const a = () => arrayExpr(r, t, kind);
    const value = {
      text: () => r.pick([`array_to_string(${a()}, ',')`, `array_to_string(${a()}, '-', '*')`, `(${a()})::text`,
        `array_dims(${a()})`, `to_jsonb(${a()})::text`]),
      int: () => r.pick([`cardinality(${a()})`, `array_length(${a()}, 1)`, `array_upper(${a()}, 1)`,
        `array_position(${a()}, ${kind === 'int' ? '1' : "'a'"})`, `array_ndims(${a()})`]),
      bool: () => r.pick([`${a()} @> ${a()}`, `${a()} <@ ${a()}`, `${a()} && ${a()}`,
        `${a()} ${r.pick(['=', '<', '>=', '<>'])} ${a()}`]),
    }[k];
    const where = () => `${a()} ${r.pick(['@>', '&&', '='])} ${a()}`;
    if (!value) return [`DELETE FROM ${t.name} WHERE ${where()}`];
    return [`UPDATE ${t.name} SET ${c.name} = ${value()}`, ...(r.chance(0.5) ? [optional(` WHERE ${where()}`)] : [])];
  },
});

// A DO block guarding DDL with a catalog query, as real migrations write them
// (information_schema.columns, pg_constraint, pg_indexes, to_regclass).
Object.assign(STATEMENTS, {
  catalog_guard(r, t) {
    const c = someColumn(r, t);
    const form = r.pick(['column', 'constraint', 'index', 'data_type']);
    let cond;
    let body;
    if (form === 'column') {
      const name = r.chance(0.5) && t.cols.length ? r.pick(t.cols).name : freshName(r, t);
      const extra = r.chance(0.3) ? ` AND is_nullable = '${r.pick(['YES', 'NO'])}'` : '';
      cond = `NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = '${t.name}' AND column_name = '${name}'${extra})`;
      body = `ALTER TABLE ${t.name} ADD COLUMN ${name} integer`;
      if (!t.cols.some((x) => x.name === name)) t.cols.push({ name, type: 'integer' });
    } else if (form === 'constraint') {
      const name = `${t.name}_${c.name}_chk`;
      cond = r.chance(0.5)
        ? `NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '${name}')`
        : `NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = '${t.name}'::regclass AND contype = 'c')`;
      body = `ALTER TABLE ${t.name} ADD CONSTRAINT ${name} CHECK (${c.name} IS NOT NULL)`;
    } else if (form === 'index') {
      const name = `${t.name}_${c.name}_gidx`;
      cond = r.chance(0.5)
        ? `to_regclass('${name}') IS NULL`
        : `NOT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = '${t.name}' AND indexname = '${name}')`;
      body = `CREATE ${r.chance(0.3) ? 'UNIQUE ' : ''}INDEX ${name} ON ${t.name} (${c.name})`;
    } else {
      const type = r.pick(['integer', 'text', 'boolean', 'numeric', 'character varying', 'date']);
      cond = `EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${t.name}' AND column_name = '${c.name}' AND data_type = '${type}')`;
      body = `UPDATE ${t.name} SET ${c.name} = NULL`;
    }
    return `DO $$\nBEGIN\n  IF ${cond} THEN\n    ${body};\n  END IF;\nEND\n$$`;
  },
});

// Statements the engine runs that the forms above never drew: LOCK TABLE, COMMENT ON,
// LATERAL subqueries, and RETURNING on the three data statements.
const LOCK_MODES = ['ACCESS SHARE', 'ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE',
  'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'];
const returningList = (r, t) => r.pick([() => '*', () => someColumn(r, t).name,
  () => `${someColumn(r, t).name}, ${expr(r, t, r.pick(KINDS), 0, 0.5)} AS x`])();
Object.assign(STATEMENTS, {
  lock_table(r, t) {
    return [`LOCK ${r.chance(0.5) ? 'TABLE ' : ''}${r.chance(0.05) ? 'nosuch' : t.name}`,
      optional(` IN ${r.pick(LOCK_MODES)} MODE`), ...(r.chance(0.2) ? [optional(' NOWAIT')] : [])];
  },
  comment_on(r, t) {
    const text = r.chance(0.2) ? 'NULL' : quote(r.pick(['Orders placed', "it's", '', 'note: ü']));
    if (r.chance(0.4)) return `COMMENT ON TABLE ${t.name} IS ${text}`;
    return `COMMENT ON COLUMN ${t.name}.${someColumn(r, t).name} IS ${text}`;
  },
  insert_lateral(r, t) {
    const c = someColumn(r, t);
    const k = someColumn(r, t);
    const join = r.pick([', LATERAL', 'CROSS JOIN LATERAL', 'LEFT JOIN LATERAL', 'JOIN LATERAL']);
    const on = join.includes('JOIN LATERAL') && !join.startsWith('CROSS') ? ' ON true' : '';
    return [`INSERT INTO ${t.name} (${c.name}) SELECT l.v FROM ${t.name} AS a ${join} (SELECT b.${c.name} AS v FROM ${t.name} AS b WHERE b.${k.name} = a.${k.name}`,
      optional(` AND ${expr(r, t, 'bool')}`), optional(` ORDER BY b.${c.name}`), optional(` LIMIT ${r.int(0, 2)}`),
      `) AS l${on}`, optional(' ORDER BY 1')];
  },
  insert_returning(r, t) {
    const cols = r.shuffle(t.cols).slice(0, r.int(1, Math.min(2, t.cols.length)));
    return [`INSERT INTO ${t.name} (${cols.map((c) => c.name).join(', ')}) VALUES (${cols.map((c) => literal(r, c.type)).join(', ')})`,
      ` RETURNING ${returningList(r, t)}`];
  },
  update_returning(r, t) {
    const c = someColumn(r, t);
    return [`UPDATE ${t.name} SET ${c.name} = ${expr(r, t, kindOf(c.type), 0, 0.3)}`,
      ...(r.chance(0.5) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : []), ` RETURNING ${returningList(r, t)}`];
  },
  delete_returning(r, t) {
    return [`DELETE FROM ${t.name}`, ...(r.chance(0.8) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : []),
      ` RETURNING ${returningList(r, t)}`];
  },
});

// Data-modifying WITH (one table): a WITH query's RETURNING rows read by the main
// query; two unread ones on the table beside the main statement (their order is
// PostgreSQL's: the main one, then the WITH queries in reverse); RETURNING of an
// upsert and of a DELETE without WHERE.
Object.assign(STATEMENTS, {
  with_modify_read(r, t) {
    const c = someColumn(r, t);
    const returning = r.chance(0.95) ? ` RETURNING ${c.name}` : '';
    const body = weighted(r, [
      [1, () => [`UPDATE ${t.name} SET ${c.name} = ${expr(r, t, kindOf(c.type), 0, 0.3)}`,
        ...(r.chance(0.6) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])]],
      [1, () => [`DELETE FROM ${t.name}`, ...(r.chance(0.7) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])]],
      [1, () => [`INSERT INTO ${t.name} (${c.name}) VALUES (${literal(r, c.type)})`, optional(`, (${literal(r, c.type)})`)]],
    ])();
    const main = r.pick([`SELECT count(*) FROM w`, `SELECT (SELECT count(*) FROM ${t.name}), (SELECT count(*) FROM w)`,
      `SELECT max(${c.name}::text) FROM w`]);
    return ['WITH w AS (', ...body, `${returning}) ${main}`];
  },
  with_modify_twice(r, t) {
    const a = someColumn(r, t);
    const b = someColumn(r, t);
    return [`WITH first AS (UPDATE ${t.name} SET ${a.name} = ${expr(r, t, kindOf(a.type), 0, 0.3)}`,
      optional(` WHERE ${expr(r, t, 'bool')}`),
      `), second AS (DELETE FROM ${t.name} WHERE ${expr(r, t, 'bool')}) `,
      r.pick([`UPDATE ${t.name} SET ${b.name} = ${expr(r, t, kindOf(b.type), 0, 0.3)} WHERE ${expr(r, t, 'bool')}`,
        'SELECT 1'])];
  },
  // A main UPDATE or DELETE (run first) and a WITH query on the same rows: the WITH
  // query still reads, evaluates and checks the rows the main one wrote, then skips them.
  with_modify_snapshot(r, t) {
    const a = someColumn(r, t);
    const b = someColumn(r, t);
    const query = r.pick([() => `UPDATE ${t.name} SET ${a.name} = ${expr(r, t, kindOf(a.type), 0, 0.3)}`,
      () => `DELETE FROM ${t.name}`])();
    const main = r.pick([() => `UPDATE ${t.name} SET ${b.name} = ${expr(r, t, kindOf(b.type), 0, 0.3)}`,
      () => `DELETE FROM ${t.name}`])();
    return [`WITH later AS (${query}`, optional(` WHERE ${expr(r, t, 'bool')}`), `) ${main}`,
      optional(` WHERE ${expr(r, t, 'bool')}`), ` RETURNING ${returningList(r, t)}`];
  },
  upsert_returning(r, t) {
    const parts = STATEMENTS.upsert(r, t);
    return [...parts, ` RETURNING ${r.pick(['*', someColumn(r, t).name])}`];
  },
});
Object.assign(STATEMENTS, userFunctionStatements);

// DO blocks as migrations write them: a statement guarded by an EXCEPTION clause
// (a subtransaction), loops over a range or a query, EXIT/CONTINUE by label, and
// EXECUTE of a statement's text. The inner statement is another form's text.
Object.assign(STATEMENTS, {
  plpgsql_do(r, t) {
    const inner = () => textOf([].concat(STATEMENTS[r.pick(['add_constraint', 'update', 'insert', 'set_not_null',
      'add_column', 'create_index', 'delete', 'alter_type'])](r, t)));
    const cond = () => r.pick(['others', 'duplicate_object', 'unique_violation', 'check_violation',
      'not_null_violation', 'integrity_constraint_violation', 'data_exception', 'duplicate_table OR duplicate_object',
      "SQLSTATE '23505'", 'invalid_text_representation OR numeric_value_out_of_range']);
    const handler = () => r.pick(['NULL;', "RAISE NOTICE '%', SQLERRM;", 'RAISE;',
      "RAISE EXCEPTION 'failed: % %', SQLSTATE, SQLERRM;"]);
    const quoted = (s) => `'${s.replace(/'/g, "''")}'`;
    const body = weighted(r, [
      [3, () => `BEGIN\n  ${inner()};\nEXCEPTION WHEN ${cond()} THEN\n  ${handler()}\nEND`],
      [2, () => `DECLARE n_ bigint; BEGIN\n  FOR i_ IN 1..${r.int(0, 4)} LOOP\n    ${inner()};\n`
        + `    GET DIAGNOSTICS n_ = ROW_COUNT;\n    EXIT WHEN n_ = 0;\n  END LOOP;\nEND`],
      [2, () => `BEGIN\n  EXECUTE ${quoted(inner())};\nEND`],
      [1, () => `DECLARE r_ record; k_ bigint := 0; BEGIN\n  FOR r_ IN SELECT * FROM ${t.name} LOOP\n`
        + `    k_ := k_ + 1;\n    ${inner()};\n  END LOOP;\n  RAISE NOTICE '%', k_;\nEND`],
      [1, () => `DECLARE k_ int := 0; BEGIN\n  <<outer_>> LOOP\n    k_ := k_ + 1;\n    BEGIN\n      ${inner()};\n`
        + `    EXCEPTION WHEN ${cond()} THEN\n      CONTINUE outer_ WHEN k_ < 3;\n    END;\n`
        + `    EXIT outer_ WHEN k_ >= 2;\n  END LOOP;\nEND`],
    ])();
    return `DO $$\n${body}\n$$`;
  },
});

// Generated columns (STORED, and PostgreSQL 18's VIRTUAL, its default): a column
// computed from the others, then its expression changed or dropped.
Object.assign(STATEMENTS, {
  add_generated_column(r, t) {
    const name = freshName(r, t);
    const type = randomType(r);
    const mode = r.pick([' STORED', ' VIRTUAL', '']);
    const sql = [`ALTER TABLE ${t.name} ADD COLUMN ${name} ${type} GENERATED ALWAYS AS (${expr(r, t, kindOf(type), 0, 0.4)})${mode}`];
    if (r.chance(0.2)) sql.push(optional(' NOT NULL'));
    t.cols.push({ name, type });
    return sql;
  },
  generation_expression_step(r, t) {
    const c = someColumn(r, t);
    return r.pick([
      () => `ALTER TABLE ${t.name} ALTER COLUMN ${c.name} SET EXPRESSION AS (${expr(r, t, kindOf(c.type), 0, 0.4)})`,
      () => `ALTER TABLE ${t.name} ALTER COLUMN ${c.name} DROP EXPRESSION${r.chance(0.3) ? ' IF EXISTS' : ''}`,
    ])();
  },
});

const STATEMENT_WEIGHTS = [[3, 'add_column'], [1.5, 'drop_column'], [1, 'rename_column'], [3, 'alter_type'],
  [1.5, 'set_not_null'], [1, 'drop_not_null'], [1.5, 'set_default'], [1, 'drop_default'],
  [2.5, 'add_constraint'], [1.5, 'create_index'], [4, 'update'], [1.5, 'delete'], [2.5, 'insert'],
  [1.5, 'update_subquery'], [1, 'delete_subquery'], [1, 'insert_grouped'],
  [1, 'update_strings'], [1, 'add_string_check'],
  [1, 'create_view'], [0.5, 'replace_view'], [0.5, 'drop_view'], [0.3, 'refresh_view'],
  [1, 'insert_set_operation'], [1, 'insert_join'], [1, 'insert_with'], [0.5, 'update_with'], [0.5, 'insert_recursive'],
  [1, 'delete_window'], [1, 'insert_window'], [1, 'insert_range_window'], [1, 'insert_order_limit'], [1, 'upsert'], [0.5, 'insert_series'],
  [1, 'add_time_column'], [1, 'update_time'], [0.5, 'alter_time_type'], [1, 'update_datetime_function'],
  [1, 'jsonb_step'], [1, 'array_step'], [1, 'insert_join_using'], [0.5, 'delete_join_using'], [1, 'insert_out_of_reach'],
  [0.5, 'lock_table'], [0.5, 'comment_on'], [1, 'insert_lateral'], [0.5, 'insert_returning'], [0.5, 'update_returning'], [0.5, 'delete_returning'],
  [1, 'with_modify_read'], [1, 'with_modify_twice'], [1, 'with_modify_snapshot'], [0.5, 'upsert_returning'], [1, 'call_function'],
  [1, 'regexp_matches_step'], [1, 'json_step'], [0.5, 'sequence_step'], [0.5, 'size_pretty_step'],
  [1, 'plpgsql_do'], [1, 'add_generated_column'], [0.5, 'generation_expression_step']]
  .map(([w, k]) => [w * 2, k]);
STATEMENT_WEIGHTS.push([2, 'catalog_guard']);
STATEMENT_WEIGHTS.push([1, 'overload_literal_step']);

// Calls whose unknown literals PostgreSQL resolves (or cannot: 42725) by
// func_select_candidate, time literals with a POSIX-style zone word, and jsonb paths
// into empty containers (helper overloads).
const ONE_ARG_CALLS = ["isfinite('2023-12-31')", "age('2023-12-31')", "length('abc')", "abs('-1')",
  "pg_size_pretty(123)", "upper('x')", "isfinite('2023-12-31'::date)"];
const POSIX_TIMES = ['10:00 PM-05:30', '10:00 am-5 pm', '09:15 x+3:30', '10:00 PM+02', '10:00 PM -05',
  '11:30 abc5', '10:00 AB-168', '10:00 pm-0530', '25:00 x-'];
Object.assign(STATEMENTS, {
  overload_literal_step(r, t) {
    const c = someColumn(r, t);
    return r.pick([
      () => [`UPDATE ${t.name} SET ${c.name} = ${c.name} WHERE (${r.pick(ONE_ARG_CALLS)})::text <> ${quote('x')}`],
      () => [`UPDATE ${t.name} SET ${c.name} = ${c.name} WHERE ${quote(r.pick(POSIX_TIMES))}::${r.pick(['time', 'timetz'])} IS NOT NULL`],
      () => [`UPDATE ${t.name} SET ${c.name} = ${c.name} WHERE jsonb_set(${quote(r.pick(['[]', '{}', '[1]', '{"a": 1}']))}::jsonb, ${quote(r.pick(['{k}', '{a,NULL}', '{b,NULL}', '{NULL}']))}, to_jsonb(${c.name}), ${r.pick(['false', 'true'])}) IS NOT NULL`],
      () => [`UPDATE ${t.name} SET ${c.name} = ${c.name} WHERE (${quote(r.pick(['[]', '{}', '[1]', '{"a": 1}']))}::jsonb #- ${quote(r.pick(['{k}', '{a,NULL}', '{NULL}']))}) IS NOT NULL`],
    ])();
  },
});

// UNIQUE NULLS [NOT] DISTINCT (constraints, ADD COLUMN, CREATE UNIQUE INDEX) and
// Unicode-escape literals and identifiers, U&'...' [UESCAPE 'c'] (`parsebits` forms).
const UNICODE_LITERALS = [String.raw`U&'d\0061t\+000061'`, String.raw`U&'caf\00e9'`,
  String.raw`U&'!0063af!00e9' UESCAPE '!'`, String.raw`U&'\D83D\DE00 x'`, String.raw`U&'it''s \\ ok'`,
  String.raw`u&'#0041#+000042##' uescape '#'`, String.raw`U&'\00C9t\00E9'`];
// A column's name as a U& identifier, its first letter escaped.
const unicodeName = (name) => String.raw`U&"\00` + name.charCodeAt(0).toString(16) + name.slice(1) + '"';
Object.assign(STATEMENTS, {
  unique_nulls_step(r, t) {
    const c = someColumn(r, t);
    const other = t.cols.length > 1 && r.chance(0.4) ? r.pick(t.cols.filter((x) => x !== c)) : null;
    const keys = `${c.name}${other ? `, ${other.name}` : ''}`;
    const nulls = r.pick(['NULLS NOT DISTINCT', 'NULLS NOT DISTINCT', 'NULLS DISTINCT']);
    return weighted(r, [
      [2, () => `ALTER TABLE ${t.name} ADD ${r.chance(0.5) ? `CONSTRAINT ${t.name}_${c.name}_nnd ` : ''}UNIQUE ${nulls} (${keys})`],
      [2, () => `CREATE UNIQUE INDEX ${r.chance(0.6) ? `ix_${t.name}_${c.name}_nnd ` : ''}ON ${t.name} (${keys}) ${nulls}`],
      [1, () => {
        const name = freshName(r, t);
        const type = randomType(r);
        t.cols.push({ name, type });
        return `ALTER TABLE ${t.name} ADD COLUMN ${name} ${type} UNIQUE ${nulls}`;
      }],
    ])();
  },
  unicode_escape_step(r, t) {
    const texts = columnsOfKind(t, 'text');
    const lit = r.pick(UNICODE_LITERALS);
    if (texts.length && r.chance(0.7)) {
      const c = r.pick(texts);
      const target = r.chance(0.3) ? unicodeName(c.name) : c.name;
      return [`UPDATE ${t.name} SET ${target} = ${lit}`, optional(` WHERE ${expr(r, t, 'bool')}`)];
    }
    const c = someColumn(r, t);
    return `DELETE FROM ${t.name} WHERE ${r.chance(0.3) ? unicodeName(c.name) : c.name}::text = ${lit}`;
  },
});
// Character classes, bracket ranges and ASCII case-insensitive patterns on non-ASCII
// text (PGlite's C.UTF-8 classes).
const LOCALE_TEXTS = ['café', 'naïve—ok', 'Ωmega', '日本', 'x　y', '٣ items', 'Straße', '€5', 'ÉTÉ', 'ǅ'];
const LOCALE_REGEXES = ['[[:alpha:]]+', String.raw`\w+`, String.raw`\s`, '[[:punct:]]', '[^[:alnum:]]', '[à-ÿ]',
  '[[:upper:]]', String.raw`\d+`, '[[:space:][:punct:]]+', String.raw`[\w]`, String.raw`\W`, '[[:print:]]$',
  '[[:lower:][:digit:]]{2}', '^[Α-Ωα-ω]'];
Object.assign(STATEMENTS, {
  regex_class_step(r, t) {
    const texts = columnsOfKind(t, 'text');
    const re = () => quote(r.pick(LOCALE_REGEXES));
    const subject = () => (texts.length && r.chance(0.5) ? r.pick(texts).name : quote(r.pick(LOCALE_TEXTS)));
    const test = r.pick([() => `${subject()} ${r.pick(['~', '!~'])} ${re()}`,
      () => `${subject()} ~* ${quote(r.pick(['caf', 'STRA', 'ega', '^x', 'ET']))}`,
      () => `regexp_count(${subject()}, ${re()}) > 1`])();
    if (texts.length) {
      const c = r.pick(texts);
      return [`UPDATE ${t.name} SET ${c.name} = regexp_replace(${quote(r.pick(LOCALE_TEXTS))}, ${re()}, '_', 'g')`,
        optional(` WHERE ${test}`)];
    }
    return `DELETE FROM ${t.name} WHERE ${test}`;
  },
});
STATEMENT_WEIGHTS.push([1, 'unique_nulls_step'], [1, 'unicode_escape_step'], [1, 'regex_class_step']);

// regexp_matches as a set, the json (not jsonb) element functions, currval/lastval
// and pg_size_pretty (`morefuncs` forms).
const MATCH_REGEXES = ['l+', 'o.', '^a', '(b)(c)?', 'x*', '([a-z])([a-z])', '(', 'a{2,1}'];
const JSON_LITS = ['{"a": 1, "a":2, "k" : [1, 2 ], "s": "x\\ny"}', '[1, "a" , null, {"k" : true}]',
  '{"a": {"b": null}, "n": 2.50e0}', '"s"', '1', '{}', '[ ]', '{"k": [null, {"z": null}], "a": "\\u0041"}'];
const jsonLit = (r) => `${quote(r.pick(JSON_LITS))}::json`;
function jsonExpr(r, t) {
  const c = someColumn(r, t);
  return r.pick([() => jsonLit(r), () => `to_json(${c.name})`, () => `json_build_object('k', ${c.name}, 'a', 1)`])();
}
Object.assign(STATEMENTS, {
  regexp_matches_step(r, t) {
    const texts = columnsOfKind(t, 'text');
    const c = someColumn(r, t);
    const source = texts.length && r.chance(0.7) ? r.pick(texts).name : typedLiteral(r, 'text');
    const m = `regexp_matches(${source}, ${quote(r.pick(MATCH_REGEXES))}${r.pick(['', ", 'g'", ", 'z'"])})`;
    const value = { text: `(${m})[1]`, int: `cardinality(${m})` }[kindOf(c.type)];
    if (!value) return [`DELETE FROM ${t.name} WHERE ${c.name}::text IN (SELECT m[1] FROM ${m} AS m)`];
    return [`INSERT INTO ${t.name} (${c.name}) SELECT ${value} FROM ${t.name}`, optional(' ORDER BY 1')];
  },
  json_step(r, t) {
    const c = someColumn(r, t);
    const j = () => jsonExpr(r, t);
    const value = {
      text: () => r.pick([`json_extract_path_text(${j()}, 'k', '0')`, `json_extract_path(${j()}, 'a')::text`,
        `(${j()} #> '{k,1}')::text`, `${j()} #>> '{a}'`, `json_strip_nulls(${j()})::text`,
        `json_strip_nulls(${j()}, true)::text`, `(SELECT string_agg(key || '=' || value, ',') FROM json_each_text(${j()}))`]),
      int: () => r.pick([`json_array_length(${j()})`, `(SELECT count(*) FROM json_each(${j()}))::int`,
        `(SELECT count(*) FROM json_array_elements(${j()}))::int`, `(SELECT count(*) FROM json_object_keys(${j()}))::int`]),
    }[kindOf(c.type)];
    if (!value) {
      return [`DELETE FROM ${t.name} WHERE ${c.name}::text IN (SELECT ${r.pick(['json_array_elements_text', 'json_object_keys'])}(${j()}))`];
    }
    if (kindOf(c.type) === 'text' && r.chance(0.3)) {
      return [`INSERT INTO ${t.name} (${c.name}) SELECT ${r.pick(['value::text', 'key'])} FROM ${r.pick(['json_each', 'json_each_text'])}(${j()})`];
    }
    return [`UPDATE ${t.name} SET ${c.name} = ${value()}`, ...(r.chance(0.4) ? [optional(` WHERE ${expr(r, t, 'bool')}`)] : [])];
  },
  sequence_step(r, t) {
    // One statement a step: the sequence is made by the table's first such step (a
    // missing one is PostgreSQL's 42P01 at parse time, even for no rows).
    const seq = `${t.name}_gen_seq`;
    if (!t.seq) {
      t.seq = true;
      return [`CREATE SEQUENCE IF NOT EXISTS ${seq}`];
    }
    const call = r.pick([`nextval('${seq}')`, `currval('${seq}')`, 'lastval()', `setval('${seq}', ${r.int(1, 9)}${r.pick(['', ', true', ', false'])})`]);
    const ints = columnsOfKind(t, 'int');
    if (!ints.length) return [`DELETE FROM ${t.name} WHERE ${call} < 0`];
    return [`UPDATE ${t.name} SET ${r.pick(ints).name} = ${call}`, optional(` WHERE ${expr(r, t, 'bool')}`)];
  },
  size_pretty_step(r, t) {
    const texts = columnsOfKind(t, 'text');
    const source = r.pick([...columnsOfKind(t, 'int').map((c) => `${c.name}::bigint`), ...columnsOfKind(t, 'num').map((c) => c.name),
      `${r.pick(['10239', '10240', '10752', '-10752', '20971519', '1048575999', '9223372036854775807'])}::bigint`,
      r.pick(['1.5', '10240.7', '-0.5', '10752.5', '1.000'])]);
    if (!texts.length) return [`DELETE FROM ${t.name} WHERE pg_size_pretty(${source}) = '10 kB'`];
    return [`UPDATE ${t.name} SET ${r.pick(texts).name} = pg_size_pretty(${source})`];
  },
});

// A row trigger created in the setup (after the rows, as pg_dump orders it): a BEFORE
// one sets a column of NEW or skips rows whose column is NULL; an AFTER one only runs.
function randomTrigger(r, t) {
  const c = r.pick(t.columns);
  const skip = r.chance(0.4) ? r.pick(t.columns).name : null;
  return {
    timing: r.pick(['BEFORE', 'BEFORE', 'AFTER']),
    events: r.shuffle(['INSERT', 'UPDATE', 'DELETE']).slice(0, r.int(1, 3)),
    column: c.name,
    value: literal(r, c.type),
    skip,
  };
}

function triggerSql(t) {
  const g = t.trigger;
  const body = [
    ...(g.skip ? [`  IF TG_OP <> 'DELETE' AND NEW.${g.skip} IS NULL THEN RETURN NULL; END IF;`] : []),
    `  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;`,
    `  NEW.${g.column} := ${g.value};`,
    '  RETURN NEW;',
  ];
  return `CREATE FUNCTION ${t.name}_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${body.join('\n')}
END
$$;
`
    + `CREATE TRIGGER ${t.name}_trg ${g.timing} ${g.events.join(' OR ')} ON ${t.name} FOR EACH ROW EXECUTE FUNCTION ${t.name}_trg();
`;
}

export function randomScenario(r) {
  const tables = r.shuffle(TABLE_NAMES).slice(0, r.chance(0.25) ? 2 : 1).map((name) => randomTable(r, name));
  for (const t of tables) if (t.columns.length && r.chance(0.12)) t.trigger = randomTrigger(r, t);
  for (const t of tables) if (r.chance(0.25)) t.fn = randomFunction(r);
  const model = tables.map((t) => ({ name: t.name, cols: t.columns.map(({ name, type }) => ({ name, type })), fn: t.fn }));
  const migration = Array.from({ length: r.int(1, 5) }, () => {
    const t = r.pick(model);
    const kind = t.cols.length ? weighted(r, STATEMENT_WEIGHTS) : 'add_column';
    const parts = [].concat(STATEMENTS[kind](r, t));
    return { parts, sql: textOf(parts) };
  });
  return { tables, migration };
}

// ---------------------------------------------------------------- rendering

function columnSql(t, c) {
  let sql = `${c.name} ${c.type}`;
  if (c.pk) sql += ' PRIMARY KEY';
  if (c.notNull) sql += ' NOT NULL';
  if (c.def !== null) sql += ` DEFAULT ${c.def}`;
  if (c.unique) sql += ' UNIQUE';
  if (c.check) sql += `${c.check.name ? ` CONSTRAINT ${c.check.name}` : ''} CHECK (${c.check.expr})`;
  return sql;
}

export function setupSql(s) {
  return s.tables.map((t) => {
    const defs = t.columns.map((c) => columnSql(t, c));
    if (t.pk) defs.push(`PRIMARY KEY (${t.pk.join(', ')})`);
    let sql = defs.length ? `CREATE TABLE ${t.name} (\n  ${defs.join(',\n  ')}\n);\n` : `CREATE TABLE ${t.name} ();\n`;
    if (t.rows.length && t.columns.length) {
      sql += `INSERT INTO ${t.name} (${t.columns.map((c) => c.name).join(', ')}) VALUES\n  `
        + `${t.rows.map((row) => `(${row.join(', ')})`).join(',\n  ')};\n`;
    }
    if (t.trigger && t.columns.some((c) => c.name === t.trigger.column)
        && (!t.trigger.skip || t.columns.some((c) => c.name === t.trigger.skip))) sql += triggerSql(t);
    if (t.fn) sql += functionSql(t);
    return sql;
  }).join('');
}

export const migrationSql = (s) => s.migration.map((m) => `${m.sql};\n`).join('');

// Which generator wrote a statement (names a disagreement family).
export function statementKind(sql) {
  if (/_fn\b/.test(sql)) return 'call_function';
  const alter = sql.match(/^ALTER TABLE \S+ (ADD COLUMN|DROP COLUMN|RENAME COLUMN|ADD|ALTER COLUMN \S+ (SET DATA TYPE|TYPE|SET NOT NULL|DROP NOT NULL|SET DEFAULT|DROP DEFAULT))/);
  const view = sql.match(/^(CREATE (OR REPLACE )?(MATERIALIZED )?VIEW|DROP (MATERIALIZED )?VIEW|REFRESH)/);
  if (view) return view[2] ? 'replace_view' : view[0].startsWith('CREATE') ? 'create_view' : view[0].startsWith('DROP') ? 'drop_view' : 'refresh_view';
  if (!alter) return { CREATE: 'create_index', UPDATE: 'update', DELETE: 'delete', INSERT: 'insert' }[sql.split(' ')[0]] ?? 'statement';
  const what = alter[2] ?? alter[1];
  return what === 'ADD' ? 'add_constraint' : what.endsWith('TYPE') ? 'alter_type' : what.toLowerCase().replace(/ /g, '_');
}

// ---------------------------------------------------------------- shrinking

// Every scenario one step smaller than s: a statement, table, row or column
// fewer, one column constraint/default dropped, or an optional part of a statement
// dropped. Larger cuts come first.
export function* reductions(s) {
  const copy = () => structuredClone(s);
  for (let i = 0; i < s.migration.length; i++) {
    const c = copy(); c.migration.splice(i, 1); yield c;
  }
  for (let i = 0; i < s.tables.length; i++) {
    const c = copy(); c.tables.splice(i, 1); yield c;
  }
  for (const [ti, t] of s.tables.entries()) {
    for (let j = 0; j < t.columns.length; j++) {
      const c = copy(), ct = c.tables[ti];
      const [gone] = ct.columns.splice(j, 1);
      ct.rows.forEach((row) => row.splice(j, 1));
      if (ct.pk?.includes(gone.name)) ct.pk = null;
      yield c;
    }
    for (let i = 0; i < t.rows.length; i++) {
      const c = copy(); c.tables[ti].rows.splice(i, 1); yield c;
    }
    if (t.pk) { const c = copy(); c.tables[ti].pk = null; yield c; }
    if (t.trigger) { const c = copy(); delete c.tables[ti].trigger; yield c; }
    if (t.fn) { const c = copy(); delete c.tables[ti].fn; yield c; }
    for (const [j, col] of t.columns.entries()) {
      for (const [field, none] of [['pk', false], ['notNull', false], ['def', null], ['unique', false], ['check', null]]) {
        if (col[field] !== none) { const c = copy(); c.tables[ti].columns[j][field] = none; yield c; }
      }
    }
  }
  for (const [i, m] of s.migration.entries()) {
    for (const [k, part] of m.parts.entries()) {
      if (typeof part === 'string') continue;
      const c = copy(), cm = c.migration[i];
      cm.parts.splice(k, 1);
      cm.sql = textOf(cm.parts);
      yield c;
    }
  }
}

// Sequence and identity options after the fact, CREATE TABLE ... AS, and a LATERAL
// function WITH ORDINALITY reading an earlier item (helper sweep17, issue 17's
// held-out forms).
Object.assign(STATEMENTS, {
  sequence_options_step(r, t) {
    const seq = `${t.name}_gen_seq`;
    if (!t.seq) {
      t.seq = true;
      return [`CREATE SEQUENCE IF NOT EXISTS ${seq}`];
    }
    const option = r.pick([`RESTART`, `RESTART WITH ${r.int(-1, 12)}`, `INCREMENT BY ${r.pick([0, 1, 2, 5])}`,
      `START WITH ${r.int(1, 9)} RESTART`, `RESTART 3 INCREMENT 2`]);
    return [`ALTER SEQUENCE ${r.chance(0.1) ? 'IF EXISTS nosuch_seq' : seq} ${option}`];
  },
  identity_step(r, t) {
    if (!t.identityColumn) {
      const name = freshName(r, t, 'ident');
      t.identityColumn = name;
      t.cols.push({ name, type: 'integer' });
      return [`ALTER TABLE ${t.name} ADD COLUMN ${name} integer GENERATED ${r.pick(['BY DEFAULT', 'ALWAYS'])} AS IDENTITY`];
    }
    const column = r.chance(0.8) ? t.identityColumn : someColumn(r, t).name;
    const option = r.pick([`RESTART`, `RESTART WITH ${r.int(0, 30)}`, `SET GENERATED ALWAYS`, `SET GENERATED BY DEFAULT`,
      `SET INCREMENT BY ${r.pick([1, 3, 0])}`, `SET START WITH ${r.int(1, 20)} RESTART`]);
    return [`ALTER TABLE ${t.name} ALTER COLUMN ${column} ${option}`];
  },
  create_table_as(r, t) {
    const cols = r.pick([t.cols.slice(0, 2), t.cols.slice(-1), t.cols]).map((c) => c.name);
    return [`CREATE TABLE ${t.name}_copy${r.int(1, 3)} AS SELECT ${cols.join(', ')} FROM ${t.name}`,
      optional(` WHERE ${expr(r, t, 'bool')}`), optional(` ORDER BY ${cols[0]}`)];
  },
  insert_lateral_ordinality(r, t) {
    const ints = columnsOfKind(t, 'int');
    const c = someColumn(r, t);
    if (!ints.length) return [`DELETE FROM ${t.name} s WHERE EXISTS (SELECT 1 FROM ${t.name} o CROSS JOIN LATERAL unnest(ARRAY[o.${c.name}::text, NULL]) WITH ORDINALITY AS u(v, n) WHERE u.n = 2 AND o.${c.name} IS NOT DISTINCT FROM s.${c.name})`];
    return [`INSERT INTO ${t.name} (${r.pick(ints).name}) SELECT u.n FROM ${t.name} o CROSS JOIN LATERAL unnest(ARRAY[o.${c.name}::text, NULL, 'x']) WITH ORDINALITY AS u(v, n) WHERE u.v IS NOT NULL ORDER BY 1`, optional(' LIMIT 2')];
  },
});
STATEMENT_WEIGHTS.push([1, 'sequence_options_step'], [1, 'identity_step'], [1, 'create_table_as'], [1, 'insert_lateral_ordinality']);
