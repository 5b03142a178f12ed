// The calibration's page and plot, from costs.json (see measure.mjs). Also runs on its
// own to redraw them from the committed measurements:
//
//   node tests/calibration/report.mjs
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const predict = (m, rows, bytes, refRows = 0) => m.fixed_ms + (m.per_row_us * rows) / 1000 + (m.per_kb_us * bytes) / 1024 / 1000
  + ((m.per_ref_row_us ?? 0) * refRows) / 1000;
const esc = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// One panel per class: log rows across, log milliseconds up; the estimate's band
// (fitted × [low_factor, high_factor]) per measured series, native points as dots
// and PGlite's as crosses. A series is a width, and for a foreign key's validation a
// width and the referenced table's size (1000 rows, or as many as the table: `=`),
// each band drawn with its own referenced size.
export function svg(result, pglitePoints = []) {
  const cols = 5;
  const pw = 230, ph = 190, ml = 46, mt = 34, mb = 30, mr = 10;
  const rows = Math.ceil(result.classes.length / cols);
  const W = cols * pw, H = rows * ph + 40;
  const colours = ['#1f6feb', '#d9480f'];
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10">`,
    `<rect width="${W}" height="${H}" fill="white"/>`];
  const xs = result.rows;
  const [x0, x1] = [Math.log10(Math.min(...xs)) - 0.15, Math.log10(Math.max(...xs)) + 0.15];
  result.classes.forEach((c, i) => {
    const ox = (i % cols) * pw, oy = Math.floor(i / cols) * ph;
    const seriesOf = (p) => ({ w: Math.round(p.bytes / p.rows / 10) * 10, ref: p.ref_rows === undefined ? null : p.ref_rows === p.rows ? '=' : p.ref_rows });
    const key = (v) => `${v.w}/${v.ref}`;
    const series = [...new Map(c.points.map((p) => [key(seriesOf(p)), seriesOf(p)])).values()]
      .sort((a, b) => a.w - b.w || String(a.ref).localeCompare(String(b.ref)));
    const refAt = (v, r) => (v.ref === null ? 0 : v.ref === '=' ? r : v.ref);
    const pg = pglitePoints.filter((p) => p.class === c.class);
    const all = [...c.points.map((p) => p.ms), ...pg.map((p) => p.ms)];
    for (const v of series) for (const r of xs) all.push(predict(c, r, r * v.w, refAt(v, r)) * c.low_factor, predict(c, r, r * v.w, refAt(v, r)) * c.high_factor);
    const lo = Math.floor(Math.log10(Math.max(0.01, Math.min(...all)))), hi = Math.ceil(Math.log10(Math.max(...all)));
    const X = (r) => ox + ml + ((Math.log10(r) - x0) / (x1 - x0)) * (pw - ml - mr);
    const Y = (ms) => oy + mt + (1 - (Math.log10(Math.max(ms, 10 ** lo)) - lo) / Math.max(1, hi - lo)) * (ph - mt - mb);
    out.push(`<text x="${ox + 8}" y="${oy + 14}" font-weight="bold">${esc(c.label)}</text>`);
    out.push(`<text x="${ox + 8}" y="${oy + 26}" fill="#555">${esc(c.kind)} · band ×${c.low_factor.toFixed(2)}–${c.high_factor.toFixed(2)}</text>`);
    out.push(`<rect x="${ox + ml}" y="${oy + mt}" width="${pw - ml - mr}" height="${ph - mt - mb}" fill="none" stroke="#ccc"/>`);
    for (let e = lo; e <= hi; e++) {
      const label = e >= 3 ? `${10 ** (e - 3)} s` : e >= 0 ? `${10 ** e} ms` : `${10 ** e} ms`;
      out.push(`<line x1="${ox + ml}" x2="${ox + pw - mr}" y1="${Y(10 ** e)}" y2="${Y(10 ** e)}" stroke="#eee"/>`);
      out.push(`<text x="${ox + ml - 3}" y="${Y(10 ** e) + 3}" text-anchor="end" fill="#555">${label}</text>`);
    }
    for (const r of xs) out.push(`<text x="${X(r)}" y="${oy + ph - mb + 12}" text-anchor="middle" fill="#555">${r >= 1e6 ? r / 1e6 + 'M' : r / 1e3 + 'k'}</text>`);
    const widths = [...new Set(series.map((v) => v.w))];
    const colour = (v) => colours[widths.indexOf(v.w) % 2];
    series.forEach((v) => {
      const steps = 24, r0 = Math.min(...xs), r1 = Math.max(...xs);
      const grid = Array.from({ length: steps + 1 }, (_, j) => r0 * (r1 / r0) ** (j / steps));
      const up = grid.map((r) => `${X(r).toFixed(1)},${Y(predict(c, r, r * v.w, refAt(v, r)) * c.high_factor).toFixed(1)}`);
      const down = grid.reverse().map((r) => `${X(r).toFixed(1)},${Y(predict(c, r, r * v.w, refAt(v, r)) * c.low_factor).toFixed(1)}`);
      // A referenced table as large as the table: dashed.
      const dash = v.ref === '=' ? ' stroke-dasharray="3,2"' : '';
      out.push(`<polygon points="${[...up, ...down].join(' ')}" fill="${colour(v)}" fill-opacity="0.18" stroke="${colour(v)}" stroke-opacity="0.5"${dash}/>`);
    });
    for (const p of c.points) {
      const v = seriesOf(p);
      // A referenced table as large as the table: a hollow dot.
      const fill = v.ref === '=' ? `fill="white" stroke="${colour(v)}"` : `fill="${colour(v)}"`;
      out.push(`<circle cx="${X(p.rows).toFixed(1)}" cy="${Y(p.ms).toFixed(1)}" r="2.5" ${fill}/>`);
    }
    if (series.some((v) => v.ref !== null)) {
      out.push(`<text x="${ox + ml + 4}" y="${oy + mt + 10}" fill="#555">solid: 1000 referenced rows</text>`);
      out.push(`<text x="${ox + ml + 4}" y="${oy + mt + 21}" fill="#555">hollow, dashed: = table rows</text>`);
    }
    for (const p of pg) {
      const x = X(p.rows), y = Y(p.ms);
      out.push(`<path d="M${x - 3},${y - 3}L${x + 3},${y + 3}M${x - 3},${y + 3}L${x + 3},${y - 3}" stroke="#333"/>`);
    }
  });
  const ly = H - 14;
  const nativeWidths = [...new Set(result.classes[0].points.map((p) => Math.round(p.bytes / p.rows / 10) * 10))].sort((a, b) => a - b);
  let lx = 10;
  nativeWidths.forEach((w, k) => {
    out.push(`<circle cx="${lx}" cy="${ly - 3}" r="3" fill="${colours[k % 2]}"/><text x="${lx + 6}" y="${ly}">native PostgreSQL, ≈${w} B/row (band: estimate)</text>`);
    lx += 300;
  });
  out.push(`<path d="M${lx - 3},${ly - 6}L${lx + 3},${ly}M${lx - 3},${ly}L${lx + 3},${ly - 6}" stroke="#333"/><text x="${lx + 6}" y="${ly}">PGlite (wasm), narrow rows: not what the estimate models</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

const short = (version) => version.split(' on ')[0];
function spread(result) {
  const known = result.classes.filter((c) => c.pglite_factor !== null);
  if (!known.length) return 'nothing (not measured)';
  const lo = known.reduce((a, c) => (c.pglite_factor < a.pglite_factor ? c : a));
  const hi = known.reduce((a, c) => (c.pglite_factor > a.pglite_factor ? c : a));
  return `×${lo.pglite_factor} (${lo.label}) to ×${hi.pglite_factor} (${hi.label})`;
}

export function markdown(result) {
  const f = (v, d = 3) => (v === null || v === undefined ? '–' : Number(v).toFixed(d));
  const lines = [
    '# Calibration: what a step costs at production size',
    '',
    'Rehearse estimates each step\'s lock hold time from the production row counts you',
    'give it (`rehearse run --rows TABLE=N[:WIDTH]` or `--stats FILE`, or the page\'s',
    '"Production size" form). The estimate is rows × a per-row cost measured on real',
    'PostgreSQL for the step\'s cost class, plus bytes × a per-byte cost, plus a fixed',
    'cost, times an error band. This page shows how those costs were measured.',
    '',
    `**The estimate models native PostgreSQL**: ${esc(short(result.postgres))}, on ${esc(result.machine)},`,
    `measured ${result.measured} (a machine shared with other jobs: the bands include that noise).`,
    `PGlite (${esc(short(result.pglite ?? 'not measured'))}, wasm) was measured the same way at the`,
    `narrow width; its time over native's (last column) runs from ${spread(result)}, so the`,
    'playground\'s own timings are not the estimate. Your server\'s disks, CPU,',
    '`maintenance_work_mem` and concurrent load move the real figure: read the band as',
    '"on hardware like this".',
    '',
    '![estimate band vs measured time per cost class](calibration.svg)',
    '',
    '| class | statement | fixed ms | µs/row | µs/KB | µs/referenced row | band (measured ÷ fitted) | PGlite ÷ native |',
    '|---|---|---:|---:|---:|---:|---|---:|',
    ...result.classes.map((c) => `| ${c.class} (${c.kind}) | \`${c.statement}\` | ${f(c.fixed_ms, 2)} | ${f(c.per_row_us)} | ${f(c.per_kb_us)} | ${c.per_ref_row_us === undefined ? '–' : f(c.per_ref_row_us)} | ×${f(c.low_factor, 2)} – ×${f(c.high_factor, 2)} | ${c.pglite_factor === null ? '–' : '×' + f(c.pglite_factor, 2)} |`),
    '',
    '## Method',
    '',
    `- \`cargo xtask calibrate\` runs \`tests/calibration/measure.mjs\`. It starts a native PostgreSQL 15`,
    '  (`initdb` and `pg_ctl` from /usr/lib/postgresql/15/bin on a temporary directory and a',
    '  loopback port; default settings except `shared_buffers=128MB`, `max_wal_size=4GB`), and',
    '  for every class, row count and width builds a fresh table',
    '  `t (id bigint PRIMARY KEY, a int, b text, c timestamptz)` (one index), runs',
    '  `VACUUM ANALYZE` and `CHECKPOINT`, and times the one statement with psql\'s `\\timing`.',
    `- Rows: ${result.rows.join(', ')}; two filler widths (≈ 80 and ≈ 460 bytes per row on`,
    `  disk, \`pg_relation_size / rows\`) so a per-byte cost can be told from a per-row one;`,
    `  ${result.reps} repetitions each. PGlite: the narrow width, fewer repetitions.`,
    '- Fit per class: `ms = fixed + µs/row × rows + µs/KB × KB`, least squares on the',
    '  relative error (so 10k-row points weigh as much as 1M-row ones), no negative term.',
    '  The catalog-only class is fitted as a constant. The band is the smallest and largest',
    '  ratio of a measured time to the fitted one: every measured point lies inside it (a',
    '  test in rehearse-core replays costs.json\'s points through the estimator and checks).',
    '- A rewrite here rebuilds one index (the primary key); the estimator adds one',
    '  CREATE INDEX per further index the table has. Width: the `WIDTH` you give, or',
    '  `pg_relation_size / reltuples` from `--stats`, else the narrow table\'s width.',
    '- Writes (UPDATE, INSERT, DELETE) scale the fraction of the sample\'s rows the step',
    '  wrote to the production row count.',
    '- A foreign key\'s validation (ADD FOREIGN KEY, and VALIDATE CONSTRAINT of one added',
    '  NOT VALID: PostgreSQL runs the same anti-join of `t` against the referenced table for',
    '  both, and both are timed) reads the referenced table too: it is measured with a',
    '  referenced table `p (id int PRIMARY KEY, name text)` of 1000 rows and of as many rows',
    '  as `t`, and its fit has a fourth term, µs per referenced row. Its estimate needs the',
    '  referenced table\'s row count as well, and its basis names that table and its rows.',
    '',
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, '..', '..');
  const result = JSON.parse(readFileSync(join(here, 'costs.json'), 'utf8'));
  const pgPath = join(here, 'pglite-points.json');
  const pg = existsSync(pgPath) ? JSON.parse(readFileSync(pgPath, 'utf8')) : [];
  writeFileSync(join(root, 'docs', 'calibration.svg'), svg(result, pg));
  writeFileSync(join(root, 'docs', 'calibration.md'), markdown(result));
}
