import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import * as state from './pg_state.mjs';
const db = await PGlite.create();
await db.exec("SET TimeZone = 'UTC'");
await state.runScript(db, fs.readFileSync(process.argv[2], 'utf8'));
await db.exec("RESET ALL; SET TimeZone = 'UTC'");
const steps = JSON.parse(fs.readFileSync('/tmp/rw/steps.json', 'utf8'));
const run = await state.runTransaction(db, steps);
console.log(run.outcome);
const mine = JSON.parse(fs.readFileSync('/tmp/rw/rtables.json', 'utf8'));
for (const t of run.tables) { const m = mine.find((x) => x.name === t.name); if (JSON.stringify(m) !== JSON.stringify(t)) { console.log('DIFF', t.name); for (const k of Object.keys(t)) if (JSON.stringify(t[k]) !== JSON.stringify(m?.[k])) console.log(' ', k, JSON.stringify(t[k]).slice(0, 400), '\n  vs', JSON.stringify(m?.[k]).slice(0, 400)); } }
