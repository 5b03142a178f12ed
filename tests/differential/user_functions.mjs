// User-defined functions for the differential generator: a setup may define one small
// function per table (LANGUAGE sql or PL/pgSQL, some STRICT or IMMUTABLE, one
// recursive, one raising), and the `call_function` statement form calls it from an
// UPDATE, a DELETE's WHERE, a default, a CHECK or an index expression (or drops it).
// Without a function in the setup the call is PostgreSQL's 42883.

// [kind of the parameter and result, the CREATE FUNCTION for a name]
const FUNCTIONS = [
  ['int', (n) => `CREATE FUNCTION ${n}(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2 + 1';`],
  ['int', (n) => `CREATE FUNCTION ${n}(x integer) RETURNS integer IMMUTABLE STRICT LANGUAGE sql RETURN x % 7;`],
  ['int', (n) => `CREATE FUNCTION ${n}(x integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  IF x IS NULL THEN RETURN -1; ELSIF $1 > 10 THEN RETURN x - 10; END IF;
  RETURN x + 10;
END $$;`],
  ['int', (n) => `CREATE FUNCTION ${n}(x integer) RETURNS integer IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
  IF x < 0 THEN RAISE EXCEPTION 'negative: %', x USING ERRCODE = 'check_violation'; END IF;
  RETURN x / 2;
END $$;`],
  ['int', (n) => `CREATE FUNCTION ${n}(x integer) RETURNS integer STRICT LANGUAGE plpgsql AS $$
BEGIN
  IF x <= 0 OR x > 12 THEN RETURN 0; END IF;
  RETURN x + ${n}(x - 1);
END $$;`],
  ['text', (n) => `CREATE FUNCTION ${n}(s text) RETURNS text LANGUAGE sql AS 'SELECT upper(s) || ''!''';`],
  ['text', (n) => `CREATE FUNCTION ${n}(s text) RETURNS text IMMUTABLE STRICT LANGUAGE plpgsql AS $$
DECLARE r text := coalesce(s, 'none');
BEGIN
  RETURN r || '-' || length(r);
END $$;`],
];

export function randomFunction(r) {
  return { index: r.int(0, FUNCTIONS.length - 1) };
}

export function functionSql(t) {
  return `${FUNCTIONS[t.fn.index][1](`${t.name}_fn`)}\n`;
}

const INT_TYPES = /^(integer|smallint|bigint)$/;
const TEXT_TYPES = /^(text|varchar)/;

// An argument for a function taking `kind`: mostly a column or literal of that kind,
// sometimes one PostgreSQL will not resolve (42883) or cannot read (22P02).
function argument(r, t, kind) {
  const own = t.cols.filter((c) => (kind === 'int' ? INT_TYPES : TEXT_TYPES).test(c.type));
  const choices = kind === 'int'
    ? ['0', '-3', '5', '11', 'NULL', "'7'", ...(r.chance(0.1) ? ["'x'", '1.5'] : [])]
    : ["'abc'", "''", 'NULL', "'O''Brien'", ...(r.chance(0.1) ? ['42'] : [])];
  if (own.length && r.chance(0.7)) return r.pick(own).name;
  if (r.chance(0.08) && t.cols.length) return r.pick(t.cols).name;
  return r.pick(choices);
}

export const userFunctionStatements = {
  call_function(r, t) {
    const fn = t.fn ? FUNCTIONS[t.fn.index] : null;
    const kind = fn ? fn[0] : r.pick(['int', 'text']);
    const name = `${t.name}_fn`;
    const call = () => `${name}(${argument(r, t, kind)})`;
    const target = r.pick(t.cols);
    const fresh = `f${r.int(1, 99)}`;
    const resultType = kind === 'int' ? 'integer' : 'text';
    const cmp = kind === 'int' ? `> ${r.pick(['0', '5', '-1'])}` : "<> ''";
    switch (r.int(0, 6)) {
      case 0:
      case 1:
        return [`UPDATE ${t.name} SET ${target.name} = ${call()}`,
          ...(r.chance(0.5) ? [{ text: ` WHERE ${call()} ${cmp}` }] : [])];
      case 2:
        return `DELETE FROM ${t.name} WHERE ${call()} ${cmp}`;
      case 3:
        return `ALTER TABLE ${t.name} ADD COLUMN ${fresh} ${resultType} DEFAULT ${name}(${kind === 'int' ? r.pick(['1', '20', 'NULL']) : "'d'"})`;
      case 4:
        return `ALTER TABLE ${t.name} ADD CHECK (${call()} IS NOT NULL)`;
      case 5:
        return `CREATE INDEX ON ${t.name} (${call()})`;
      default:
        return r.chance(0.5) ? `DROP FUNCTION ${name}` : `INSERT INTO ${t.name} (${target.name}) SELECT ${call()} FROM ${t.name}`;
    }
  },
};
