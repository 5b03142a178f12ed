// Shared helpers for the reference generators: one PGlite process, raw text
// output of every value (exactly what PostgreSQL's output functions print),
// errors as {sqlstate, message, detail, hint}, notices captured.
import { PGlite } from '@electric-sql/pglite';

// No JS parsing: keep PG text output. PGlite merges parser maps by own keys,
// so list every built-in type oid (user types have no parser anyway).
let RAW = {};

export async function open() {
  const db = await PGlite.create();
  await db.exec("SET TimeZone = 'UTC'");
  const r = await db.query('SELECT oid::int FROM pg_type', [], { rowMode: 'array' });
  RAW = {};
  for (const [oid] of r.rows) RAW[oid] = (x) => x;
  return db;
}

export async function q(db, sql) {
  const notices = [];
  try {
    const r = await db.query(sql, [], { parsers: RAW, rowMode: 'array', onNotice: (n) => notices.push(n) });
    return { ok: true, rows: r.rows, fields: r.fields.map((f) => f.name), notices: notices.map(noticeText) };
  } catch (e) {
    return { ok: false, sqlstate: e.code, message: e.message, detail: e.detail ?? null, hint: e.hint ?? null, notices: notices.map(noticeText) };
  }
}

function noticeText(n) {
  return `${n.severity ?? 'NOTICE'}: ${n.message}${n.detail ? ` DETAIL: ${n.detail}` : ''}${n.hint ? ` HINT: ${n.hint}` : ''}`;
}

// Run statements, throw if any fails (setup).
export async function ok(db, ...sqls) {
  for (const s of sqls) {
    const r = await q(db, s);
    if (!r.ok) throw new Error(`setup failed: ${s}\n${r.sqlstate} ${r.message}`);
  }
}

export async function reset(db) {
  await db.exec('ROLLBACK').catch(() => {});
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await db.exec("SET TimeZone = 'UTC'");
}

// ---- markdown rendering ----
export function esc(s) {
  return String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '⏎');
}
// A code span that survives markdown tables (pipes escaped, backticks handled).
export function code(s) {
  if (s === null || s === undefined) return '**NULL**';
  s = String(s);
  if (s === '') return '*(empty string)*';
  const t = s.replace(/\|/g, '\\|').replace(/\n/g, '⏎');
  if (t.includes('`')) return '`` ' + t + ' ``';
  return '`' + t + '`';
}
export function errText(r, { state = true } = {}) {
  let s = (state ? `${r.sqlstate} ` : '') + code(r.message);
  if (r.detail) s += ` DETAIL: ${code(r.detail)}`;
  if (r.hint) s += ` HINT: ${code(r.hint)}`;
  return s;
}
// Compact one-cell rendering of a result.
export function cell(r, { showFields = false, notices = true } = {}) {
  let s;
  if (!r.ok) s = 'ERROR ' + errText(r);
  else if (r.rows.length === 0) s = r.fields.length ? '(0 rows)' : 'OK';
  else if (r.rows.length === 1 && r.rows[0].length === 1 && !showFields) s = code(r.rows[0][0]);
  else s = r.rows.map((row) => '(' + row.map(code).join(', ') + ')').join(' ');
  if (showFields && r.ok) s = `[${r.fields.map(code).join(', ')}] ` + s;
  if (notices && r.notices.length) s += ' ' + r.notices.map((n) => `<br>${code(n)}`).join('');
  return s;
}
export function table(headers, rows) {
  const out = ['| ' + headers.join(' | ') + ' |', '|' + headers.map(() => '---').join('|') + '|'];
  for (const r of rows) out.push('| ' + r.join(' | ') + ' |');
  return out.join('\n');
}
export async function header(db, title, gen) {
  const v = (await q(db, 'SELECT version()')).rows[0][0].split(' on ')[0];
  const s = (await q(db, "SELECT current_setting('DateStyle'), current_setting('TimeZone'), current_setting('extra_float_digits'), current_setting('IntervalStyle')")).rows[0];
  return `# ${title}\n\nMeasured on \`${v}\` (PGlite 0.5.16 = real PostgreSQL compiled to wasm32), DateStyle=${s[0]}, TimeZone=${s[1]}, extra_float_digits=${s[2]}, IntervalStyle=${s[3]}.\nValues are PostgreSQL's text output. **NULL** = SQL null, ⏎ = newline inside a value. Regenerate: \`cd tests/oracle && node reference/<gen>.mjs\`.\n`;
}
