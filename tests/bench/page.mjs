// The playground's responsiveness and size, measured in headless Chromium (issue 18's
// page targets). Prints figures; never asserts (the machine's load varies).
//
//   cargo xtask build && node tests/bench/page.mjs [dist-dir] [--keys N] [--verbose]
//   (`cargo xtask bench` runs it after bench.mjs when dist/ holds a build)
//
// Figures:
// * keystroke → verdict, p50/p95 per lesson: one character typed at the end of the
//   migration (a comment), from the keydown event to the first animation frame that
//   shows the run of the text with that character (the page's `data-ran` attribute
//   catches up with `data-revision`);
// * the longest main-thread task (PerformanceObserver "longtask", 50 ms and over;
//   "none" under that) during a 5,000-row paste into the setup and during one
//   keystroke in the setup of a 100,000-row scenario, each until its verdict is shown;
// * load → first verdict (navigation start to the first frame with a verdict);
// * the page's gzipped size: what index.html loads, the background worker and PGlite
//   (Verify on PostgreSQL) apart.
import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const verbose = args.includes('--verbose');
const keys = Number(option('--keys', '20'));
const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--keys')) ?? path.join(root, 'dist'));
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`no build in ${dist}: run cargo xtask build first`);
  process.exit(2);
}
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');

// --- size -----------------------------------------------------------------------------
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function pageSize() {
  const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f) && !f.startsWith('embed'));
  const page = files.filter((f) => !f.startsWith('rehearse-worker'));
  const worker = files.filter((f) => f.startsWith('rehearse-worker'));
  const sum = (list, dir = dist) => list.reduce((n, f) => n + gz(path.join(dir, f)), 0);
  const pgliteDir = path.join(dist, 'pglite');
  const pglite = fs.existsSync(pgliteDir) ? fs.readdirSync(pgliteDir) : [];
  const raw = (list, dir) => list.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  return { page: sum(page), worker: sum(worker), pglite: sum(pglite, pgliteDir), pgliteRaw: raw(pglite, pgliteDir) };
}

// --- the site and the browser -----------------------------------------------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.data': 'application/octet-stream' };
// Bytes served from pglite/ (what Verify downloads; the server sends files as they are).
let servedPglite = 0;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
  if (url.pathname.startsWith('/pglite/')) servedPglite += fs.statSync(file).size;
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
// Long tasks from the start of every page, kept in the page for the measurements.
await context.addInitScript(() => {
  const seen = (globalThis.__benchTasks = []);
  const frames = (globalThis.__benchFrames = []);
  new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        frames.push({ start: e.startTime, ms: e.duration, blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => `${s.invoker || s.invokerType} ${Math.round(s.duration)}ms`) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { /* older Chromium */ }
});
const page = context.pages()[0] ?? await context.newPage();
page.on('pageerror', (e) => console.error(`page error: ${e}`));

/** The revision the page is at (bumped by every edit). */
const revision = (p) => p.evaluate(() => Number(document.querySelector('.app')?.dataset.revision ?? 0));
/** Resolves, in the page, at the first animation frame showing the run of the current text, a revision after `after`. */
const shown = (p, after = 0, timeout = 120000) => p.waitForFunction((after) => {
  const app = document.querySelector('.app');
  const ran = Number(app?.dataset.ran ?? 0);
  return app && ran > after && String(ran) === app.dataset.revision && document.querySelector('#verdict, .input-error') ? performance.now() : false;
}, after, { polling: 'raf', timeout }).then((h) => h.jsonValue());

/** The longest task since `since` (page clock), or 0 when none reached 50 ms. */
const longest = (p, since) => p.evaluate((t) => Math.max(0, ...globalThis.__benchTasks.filter((e) => e.start >= t).map((e) => e.ms)), since);
const frames = (p, since) => p.evaluate((t) => globalThis.__benchFrames.filter((e) => e.start >= t).sort((a, b) => b.ms - a.ms).slice(0, 3), since);
const pageNow = (p) => p.evaluate(() => performance.now());
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => (x > 0 ? `${x.toFixed(0)} ms` : 'none ≥ 50 ms');

// --- load → first verdict ---------------------------------------------------------------
await page.goto(`${base}?lesson=02-not-null-trap`);
await page.evaluate(() => localStorage.clear());
const loads = [];
for (let i = 0; i < 3; i++) {
  await page.goto(`${base}?lesson=02-not-null-trap`);
  loads.push(await shown(page));
  await page.evaluate(() => localStorage.clear());
}

// --- keystroke → verdict per lesson ------------------------------------------------------
/** Types `n` characters at the end of editor `selector`, one at a time, each timed in the page from its keydown to the first animation frame that shows its run. */
async function typeTimed(p, selector, n, comment, pause = 60) {
  await p.focus(selector);
  await p.evaluate((s) => {
    const area = document.querySelector(s);
    area.setSelectionRange(area.value.length, area.value.length);
  }, selector);
  // A comment line first (untimed), so the characters typed change no verdict.
  const start = await revision(p);
  await p.keyboard.type(`\n${comment} `);
  await shown(p, start);
  await p.evaluate((s) => {
    const area = document.querySelector(s);
    const app = document.querySelector('.app');
    globalThis.__benchTimes = [];
    area.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      const from = Number(app.dataset.revision);
      const frame = (now) => {
        const ran = Number(app.dataset.ran);
        if (ran > from && String(ran) === app.dataset.revision) globalThis.__benchTimes.push(now - t0);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { capture: true });
  }, selector);
  for (let i = 0; i < n; i++) {
    const before = await revision(p);
    await p.keyboard.type('x');
    await shown(p, before);
    await p.waitForTimeout(pause);
  }
  return p.evaluate(() => globalThis.__benchTimes);
}
const lessonIds = fs.readdirSync(path.join(root, 'lessons')).sort();
const perLesson = [];
for (const id of lessonIds) {
  await page.goto(`${base}?lesson=${id}`);
  await shown(page);
  const times = await typeTimed(page, '#migration-editor', keys, '#');
  perLesson.push([id, quantile(times, 0.5), quantile(times, 0.95)]);
  await page.evaluate(() => localStorage.clear());
}

let at = 0;
// --- Verify on PostgreSQL, twice in one visit ----------------------------------------------
/** Clicks Verify; the time to PostgreSQL's answer, what the page said it loads, and the bytes served from pglite/. */
async function verify(p) {
  const served = servedPglite;
  const t0 = performance.now();
  await p.click('#verify');
  const said = await p.locator('#verify-result').innerText().catch(() => '');
  await p.waitForFunction(() => /PostgreSQL (agrees|differs)|Could not/.test(document.querySelector('#verify-result')?.innerText ?? ''), null, { timeout: 180000 });
  const ms = performance.now() - t0;
  const answer = await p.locator('#verify-result').innerText();
  return { ms, said, answer, bytes: servedPglite - served };
}
await page.goto(`${base}?lesson=02-not-null-trap`);
await shown(page);
const verify1 = await verify(page);
at = await revision(page);
await page.focus('#migration-editor');
await page.keyboard.press('Control+End');
await page.keyboard.type('\n# again');
await shown(page, at);
const verify2 = await verify(page);
await page.evaluate(() => localStorage.clear());

// --- a 5,000-row paste, then an edit at 100,000 rows ------------------------------------------
function rows(n) {
  const lines = ['CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int, price numeric(10,2), created timestamp);'];
  for (let s = 0; s < n; s += 1000) {
    const v = [];
    for (let i = s; i < Math.min(n, s + 1000); i++) v.push(`(${i + 1}, 'item ${i}', ${i % 97}, ${(i % 1000) / 10}, '2024-01-01 00:00:00')`);
    lines.push(`INSERT INTO items VALUES ${v.join(', ')};`);
  }
  return lines.join('\n') + '\n';
}
async function paste(p, text) {
  await p.click('button[role=tab]:has-text("SQL")');
  const since = await pageNow(p);
  const before = await revision(p);
  const started = performance.now();
  // As a paste: the whole text arrives in one input event.
  await p.evaluate((t) => {
    const area = document.querySelector('#setup-editor');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await shown(p, before);
  await p.waitForTimeout(300);
  return { longest: await longest(p, since), frames: await frames(p, since), ms: performance.now() - started };
}
await page.goto(base);
await shown(page);
at = await revision(page);
await page.selectOption('#preset', { label: 'Plain SQL migration' });
await shown(page, at);
at = await revision(page);
await page.fill('#migration-editor', 'ALTER TABLE items ADD COLUMN note text;\n');
await shown(page, at);
const paste5k = await paste(page, rows(5000));
const paste100k = await paste(page, rows(100000));
const editSince = await pageNow(page);
const edit100kTimes = await typeTimed(page, '#setup-editor', 3, '--', 300);
await page.waitForTimeout(300);
const edit100k = { longest: await longest(page, editSince), frames: await frames(page, editSince) };
await page.evaluate(() => localStorage.clear());

await context.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

// --- the figures -------------------------------------------------------------------------
const size = pageSize();
console.log('The page in headless Chromium (tests/bench/page.mjs); ms');
console.log('');
console.log('| lesson | keystroke → verdict p50 | p95 |');
console.log('|---|---:|---:|');
for (const [id, p50, p95] of perLesson) console.log(`| ${id} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
const all95 = Math.max(...perLesson.map((l) => l[2]));
console.log('');
console.log(`worst lesson p95: ${all95.toFixed(1)} ms (target ≤ 30 ms)`);
console.log(`load → first verdict: ${loads.map((x) => x.toFixed(0)).join(', ')} ms (three loads)`);
console.log(`5,000-row paste: longest main-thread task ${ms(paste5k.longest)} (target ≤ 50 ms); verdict after ${paste5k.ms.toFixed(0)} ms`);
console.log(`100,000-row paste: longest main-thread task ${ms(paste100k.longest)}; verdict after ${paste100k.ms.toFixed(0)} ms`);
console.log(`one keystroke at 100,000 rows: longest main-thread task ${ms(edit100k.longest)} (target ≤ 50 ms); verdict after ${edit100kTimes.map((x) => x.toFixed(0)).join(', ')} ms`);
console.log(`page (wasm + JS + CSS + HTML, gzipped): ${kb(size.page)} (target ≤ 1024 KB); background worker ${kb(size.worker)}; PGlite ${kb(size.pglite)} gzipped, ${(size.pgliteRaw / 1e6).toFixed(1)} MB raw`);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
const stated = Number(/(\d+(?:\.\d+)?) MB/.exec(verify1.said)?.[1] ?? NaN);
const statedOk = Math.ceil(verify1.bytes / 1e6) === stated ? 'as the page says' : `the page says ${stated} MB: update PGLITE_DOWNLOAD_MB`;
console.log(`Verify on PostgreSQL: first ${verify1.ms.toFixed(0)} ms, downloading ${mb(verify1.bytes)} (${statedOk}); second in the same visit ${verify2.ms.toFixed(0)} ms, downloading ${mb(verify2.bytes)}`);
console.log(`  answers: ${verify1.answer.slice(0, 60)}… / ${verify2.answer.slice(0, 60)}…`);
if (verbose) {
  for (const [name, r] of [['5k paste', paste5k], ['100k paste', paste100k], ['100k edit', edit100k]]) {
    console.log(`${name}: longest animation frames ${JSON.stringify(r.frames)}`);
  }
}
