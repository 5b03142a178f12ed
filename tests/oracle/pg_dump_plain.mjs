// Plain pg_dump output from a PGlite database, as users have it (COPY blocks,
// \restrict lines), for the real-world corpus's dumps.
//
//   import { plainDump } from './pg_dump_plain.mjs';
//   const sql = await plainDump(db);
//
// @electric-sql/pglite-tools' pgDump() always adds --inserts and strips the
// \restrict/\unrestrict lines; its inner runner (pg_dump compiled to wasm, run
// against the PGlite instance) is not exported. We load the package's bundle with
// that runner exported, checking that the bundle is the one this was written for.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNNER = 'async function Y({pg:e,args:r})';
let runner = null;

async function loadRunner() {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite-tools/pg_dump'));
  const chunkName = fs.readFileSync(entry, 'utf8').match(/from"\.\/(chunk-[A-Z0-9]+\.js)"/)?.[1];
  const chunk = path.join(path.dirname(entry), chunkName ?? 'missing');
  let source = fs.readFileSync(chunk, 'utf8');
  if (!source.includes(RUNNER)) {
    throw new Error(`${chunk}: pg_dump's runner not found (pglite-tools changed?): update pg_dump_plain.mjs`);
  }
  // Loaded from a data: URL, the bundle must still find pg_dump.wasm beside itself.
  source = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(chunk).href));
  source += '\nexport{Y as runPgDump};';
  return (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)).runPgDump;
}

// The whole database (schema and rows) as `pg_dump` writes it. The \restrict key is
// fixed so that a re-recording is identical (pg_dump picks a random one otherwise).
export async function plainDump(db) {
  runner ??= await loadRunner();
  const searchPath = (await db.query('SHOW search_path')).rows[0].search_path;
  const out = await runner({
    pg: db, args: ['-U', 'postgres', '--restrict-key=rehearse', '-j', '1', '-f', '/tmp/out.sql'],
  });
  // pg_dump shares PGlite's one session and leaves behind its read-only snapshot
  // transaction, its prepared statements and its search_path: undo all three.
  await db.exec('ROLLBACK');
  await db.exec('DEALLOCATE ALL');
  await db.exec(`SET search_path = ${searchPath}`);
  if (out.exitCode !== 0) throw new Error(`pg_dump failed (exit ${out.exitCode}): ${out.stderr}`);
  return out.fileContents;
}
