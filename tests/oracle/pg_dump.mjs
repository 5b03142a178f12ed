// Writes what a user's `pg_dump` prints for a database built by a SQL script:
// the plain format, with COPY blocks for the data and pg_dump 18's
// `\restrict KEY` / `\unrestrict KEY` lines, as users paste it as a setup.
//
//   node tests/oracle/pg_dump.mjs setup-source.sql [pg_dump args ...] > dump.sql
//
// pglite-tools' `pgDump()` forces `--inserts` and strips the `\restrict` lines,
// so this calls its inner runner (the emscripten pg_dump over PGlite's wire
// protocol) with pg_dump's own defaults. The runner is not exported: a copy of
// the bundle that exports it is written to a temporary folder beside the wasm.
import { PGlite } from '@electric-sql/pglite';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extensions } from './pg_extensions.mjs';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@electric-sql/pglite-tools/pg_dump'));
const bundle = fs.readdirSync(dist).find((f) => /^chunk-.*\.js$/.test(f));
const source = fs.readFileSync(path.join(dist, bundle), 'utf8');
// The bundle ends `export{te as a};`: `te` is pgDump, `Y` the runner it calls.
const exported = source.match(/async function (\w+)\(\{pg:\w+,args:\w+\}\)/);
if (!exported || !source.includes('export{')) throw new Error(`unexpected pglite-tools bundle ${bundle}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-pg_dump-'));
fs.writeFileSync(path.join(tmp, 'runner.js'), source.replace(/export\{/, `export{${exported[1]} as run,`));
fs.copyFileSync(path.join(dist, 'pg_dump.wasm'), path.join(tmp, 'pg_dump.wasm'));
const { run } = await import(pathToFileURL(path.join(tmp, 'runner.js')).href);

const [script, ...args] = process.argv.slice(2);
const db = await PGlite.create({ extensions });
await db.exec(fs.readFileSync(script, 'utf8'));
const out = '/tmp/out.sql';
const result = await run({ pg: db, args: [...args, '-U', 'postgres', '-j', '1', '-f', out] });
fs.rmSync(tmp, { recursive: true });
if (result.exitCode !== 0) {
  console.error(result.stderr);
  process.exit(1);
}
process.stdout.write(result.fileContents);
await db.close();
