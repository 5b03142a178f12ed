// Writes the names PostgreSQL 18 itself knows — every built-in function signature
// (pg_proc), operator (pg_operator), type (pg_type) and implicit cast (pg_cast) in
// pg_catalog, read from PGlite —
// to crates/rehearse-engine/src/builtins/. The engine reads them to tell "PostgreSQL
// has this, Rehearse does not simulate it" (an unsupported answer) from "PostgreSQL
// does not know this name" (PostgreSQL's own 42883 / 42704). Re-run after a PGlite
// upgrade:
//
//   node tests/oracle/pg_names.mjs
import { PGlite } from '@electric-sql/pglite';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../crates/rehearse-engine/src/builtins/', import.meta.url));
const db = await PGlite.create();
const version = (await db.query('SHOW server_version')).rows[0].server_version;
const header = (what) =>
  `# ${what} in pg_catalog of PostgreSQL ${version} (PGlite), written by tests/oracle/pg_names.mjs\n`;

// One line per signature: name, then the argument types as format_type names
// (tab-separated); `...` marks a VARIADIC last argument, `?` one with a default.
const procs = await db.query(`
  SELECT p.proname AS name,
         coalesce(array_agg(format_type(t.oid, NULL) ORDER BY a.n)
                  FILTER (WHERE t.oid IS NOT NULL), '{}') AS args,
         p.provariadic <> 0 AS variadic, p.pronargdefaults AS defaults
  FROM pg_proc p
  JOIN pg_namespace ns ON ns.oid = p.pronamespace AND ns.nspname = 'pg_catalog'
  LEFT JOIN LATERAL unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(oid, n) ON true
  LEFT JOIN pg_type t ON t.oid = a.oid
  GROUP BY p.oid, p.proname, p.provariadic, p.pronargdefaults`);
const mark = (r) => (a, i) => {
  const last = i === r.args.length - 1;
  const optional = i >= r.args.length - r.defaults;
  return `${optional ? '?' : ''}${r.variadic && last ? '...' : ''}${a}`;
};
const lines = [...new Set(procs.rows.map((r) => [r.name, ...r.args.map(mark(r))].join('\t')))].sort();
writeFileSync(out + 'functions.tsv', header('Function signatures') + lines.join('\n') + '\n');

// One line per operator: name, left type (`-` for prefix operators), right type.
const ops = await db.query(`
  SELECT o.oprname AS name,
         CASE WHEN o.oprleft = 0 THEN '-' ELSE format_type(o.oprleft, NULL) END AS l,
         format_type(o.oprright, NULL) AS r
  FROM pg_operator o
  JOIN pg_namespace ns ON ns.oid = o.oprnamespace AND ns.nspname = 'pg_catalog'`);
const opLines = [...new Set(ops.rows.map((r) => `${r.name}\t${r.l}\t${r.r}`))].sort();
writeFileSync(out + 'operators.tsv', header('Operators') + opLines.join('\n') + '\n');

// Every name a type can be written with: typname and format_type's spelling.
const types = await db.query(`
  SELECT t.typname AS name, format_type(t.oid, NULL) AS formatted
  FROM pg_type t
  JOIN pg_namespace ns ON ns.oid = t.typnamespace AND ns.nspname = 'pg_catalog'`);
const typeNames = [...new Set(types.rows.flatMap((r) => [r.name, r.formatted.replace(/^"|"$/g, '')]))].sort();
writeFileSync(out + 'types.txt', header('Type names') + typeNames.join('\n') + '\n');

// Implicit casts (pg_cast.castcontext = 'i'): which argument types a parameter accepts
// without a written cast, the test PostgreSQL applies to every candidate.
const casts = await db.query(`
  SELECT format_type(castsource, NULL) AS s, format_type(casttarget, NULL) AS t
  FROM pg_cast WHERE castcontext = 'i'`);
const castLines = [...new Set(casts.rows.map((r) => `${r.s}\t${r.t}`))].sort();
writeFileSync(out + 'casts.tsv', header('Implicit casts (source, target)') + castLines.join('\n') + '\n');

console.log(`pg_names: ${lines.length} function signatures, ${opLines.length} operators, ${typeNames.length} type names, ${castLines.length} implicit casts (PostgreSQL ${version})`);
await db.close();
