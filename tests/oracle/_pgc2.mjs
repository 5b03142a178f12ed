import { PGlite } from '@electric-sql/pglite';
import { extensions as all } from './pg_extensions.mjs';
const names = process.argv.slice(2);
const ext = Object.fromEntries(names.map((n) => [n, all[n]]));
const db = await PGlite.create({ extensions: ext });
await db.exec('CREATE EXTENSION pgcrypto');
try { const r = await db.query(`SELECT encode(digest('abc', 'sha256'),'hex') AS h`); console.log(names.join(','), 'ok'); }
catch (e) { console.log(names.join(','), 'ERR', e.message); }
