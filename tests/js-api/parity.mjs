// The JavaScript API's parity check in Node: the script in script.mjs on PGlite (real
// PostgreSQL) and on Rehearse, every result and error compared.
//
//   crates/rehearse-wasm/build-js.sh && node tests/js-api/parity.mjs [package-dir]
//
// package-dir defaults to target/js-api. Prints one line per difference and the
// summary `js-api: N statements, all equal`; exits 1 on any difference.
import { PGlite } from '@electric-sql/pglite';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runParity } from './script.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(process.argv[2] ?? path.join(here, '../../target/js-api'));
const { Rehearse } = await import(pathToFileURL(path.join(pkg, 'rehearse.js')).href);

const result = await runParity(() => PGlite.create(), () => Rehearse.create(), console.log);
console.log(`${result.summary} (Node ${process.version})`);
process.exit(result.differences.length === 0 ? 0 : 1);
