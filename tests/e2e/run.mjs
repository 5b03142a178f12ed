// End-to-end tests of the playground in Debian's Chromium (playwright-core).
//
//   node tests/e2e/run.mjs [dist-dir]        (default: dist/, built by `cargo xtask build`)
//   E2E_ONLY='regex' node tests/e2e/run.mjs  (only the tests whose names match, plus
//                                            the first one, which loads the page, and
//                                            the last two: CSP and console checks)
//
// Serves the built site on localhost, drives the page as a user would, and writes
// screenshots (desktop and phone width, light and dark) into tests/e2e/screenshots/.
// Prints one line per test and a summary; exits non-zero if any test fails.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const shots = path.join(here, 'screenshots');
const scenario = (name, file) => fs.readFileSync(path.join(root, 'tests/scenarios', name, file), 'utf8');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
// Every request's path and Referer, for the embeds' referrer policy.
const served = [];
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  served.push({ url: req.url, referer: req.headers.referer ?? null });
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

fs.rmSync(shots, { recursive: true, force: true });
fs.mkdirSync(shots, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-e2e-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Content-Security-Policy violations on any page or frame, all run long: Chromium's
// own console report, and the securitypolicyviolation event (reported to the console
// by an init script, which the policy does not govern).
const cspViolations = [];
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI}`);
  });
});
const watchCsp = (p) => p.on('console', (m) => {
  if (/Content Security Policy|CSP violation/.test(m.text())) cspViolations.push(`${p.url()}: ${m.text()}`);
});
context.on('page', watchCsp);
const page = context.pages()[0] ?? await context.newPage();
watchCsp(page);
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));

const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
const results = [];
async function test(name, body, { always = false } = {}) {
  if (only && !always && !only.test(name)) return;
  try {
    await body();
    results.push([name, null]);
    console.log(`ok    ${name}`);
  } catch (e) {
    results.push([name, e]);
    console.log(`FAIL  ${name}\n      ${String(e.message ?? e).split('\n').join('\n      ')}`);
    await page.screenshot({ path: path.join(shots, `failed-${results.length}.png`), fullPage: true }).catch(() => {});
  }
}
function expect(cond, message) { if (!cond) throw new Error(message); }
const verdict = () => page.locator('#verdict').innerText();
// Waits for the verdict of the scenario as it is now: every run is the worker's, so
// right after an edit the verdict still shows the previous revision's answer (which may
// match `re` too); the app marks the revision edited and the one whose run is shown.
async function waitVerdict(re) {
  await page.waitForFunction((src) => {
    const app = document.querySelector('.app');
    const current = app && app.dataset.ran === app.dataset.revision;
    return current && new RegExp(src).test(document.querySelector('#verdict')?.innerText ?? '');
  }, re.source, { timeout: 15000 });
  return verdict();
}
// Picks a lesson or an example. The picker shows the lesson in use, so choosing it
// again changes nothing: "Reset to lesson" reloads it instead.
async function pick(p, title) {
  const shown = await p.locator('#preset').evaluate((s) => s.selectedOptions[0]?.textContent ?? '');
  if (shown === title && /^\d+\./.test(title)) await p.click('#reset-lesson');
  else await p.selectOption('#preset', { label: title });
}
async function loadPreset(title) {
  await pick(page, title);
}
async function setMigration(text) {
  await page.fill('#migration-editor', text);
}
const waitVerdictOn = (p, re, timeout = 20000) => p.waitForFunction((src) => new RegExp(src).test(document.querySelector('#verdict')?.innerText ?? ''), re.source, { timeout });
const saved = (p) => p.evaluate(() => JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? 'null'));
// The share-link fragment for a scenario, made in the page (the format of Copy link).
const fragmentFor = (p, scenario) => p.evaluate(async (sc) => {
  const json = new TextEncoder().encode(JSON.stringify(sc));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return 'v1.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}, scenario);
// Screenshots of what a page shows now, at laptop and phone size.
async function shoot(p, name) {
  const size = p.viewportSize();
  for (const [w, h, tag] of [[1280, 720, 'desktop'], [390, 844, 'phone']]) {
    await p.setViewportSize({ width: w, height: h });
    await p.screenshot({ path: path.join(shots, `${name}-${tag}.png`) });
  }
  await p.setViewportSize(size);
}

await test('page loads and shows the NOT NULL trap failing with 23502 and a rollback banner', async () => {
  const t0 = Date.now();
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const v = await waitVerdict(/rolled back/);
  console.log(`      first verdict after ${Date.now() - t0} ms`);
  expect(v.includes('rolled back at step 1 of 1: 23502'), `verdict: ${v}`);
  const banner = await page.locator('.banner.rollback').innerText();
  expect(/rolled back/i.test(banner) && /unchanged/.test(banner), `banner: ${banner}`);
  const err = await page.locator('.pg-error').innerText();
  expect(err.includes('contains null values') && err.includes('SQLSTATE 23502'), `error: ${err}`);
  expect(await page.locator('tr.failing').count() > 0, 'failing rows are highlighted');
  expect(await page.locator('.ln-marked').count() === 1, 'the failing line is marked in the editor');
}, { always: true });

await test('drop + add "rename" shows the destroyed cells struck through with a count', async () => {
  await loadPreset('The NOT NULL trap');
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', scenario('rename-drop-add', 'setup.sql'));
  await setMigration(scenario('rename-drop-add', 'migration.py'));
  const v = await waitVerdict(/committed/);
  expect(v.includes('committed: 2 steps, 3 values lost'), `verdict: ${v}`);
  await page.locator('.timeline .card').nth(0).click();
  const lost = await page.locator('.lost-summary').innerText();
  expect(lost.includes('3 values lost in vendors.name'), `lost: ${lost}`);
  expect(await page.locator('td.lost del').count() === 3, 'three struck-through cells');
});

await test('the two-step version commits with no data lost', async () => {
  await loadPreset('Two-step: add nullable, backfill, set NOT NULL');
  const v = await waitVerdict(/committed/);
  expect(v.includes('committed: 3 steps, no data lost'), `verdict: ${v}`);
  expect(await page.locator('.timeline .card.ok').count() === 3, 'three ok cards');
});

await test('alter_column(new_column_name=...) keeps the data', async () => {
  await loadPreset('Rename with alter_column (keeps data)');
  const v = await waitVerdict(/committed/);
  expect(v.includes('no data lost'), `verdict: ${v}`);
  expect(await page.locator('td.lost').count() === 0, 'nothing struck through');
});

await test('editing the sample data in the grid re-runs the migration', async () => {
  await loadPreset('The NOT NULL trap');
  await waitVerdict(/rolled back/);
  await page.click('button[role=tab]:has-text("Grid")');
  // Remove every sample row: adding a NOT NULL column to an empty table succeeds.
  while (await page.locator('button[aria-label^="remove applications row"]').count() > 0) {
    await page.locator('button[aria-label^="remove applications row"]').first().click();
  }
  const v = await waitVerdict(/committed/);
  expect(v.includes('committed: 1 step'), `verdict: ${v}`);
  await page.click('button:has-text("+ row in applications")');
  await page.locator('input[aria-label="applications row 1 name"]').fill('Ada');
  await page.locator('input[aria-label="applications row 1 name"]').press('Tab');
  const again = await waitVerdict(/rolled back/);
  expect(again.includes('23502'), `verdict after adding a row: ${again}`);
});

await test('the grid and the SQL tab stay in sync both ways', async () => {
  await loadPreset('Adding a nullable column');
  await waitVerdict(/committed/);
  await page.click('button[role=tab]:has-text("SQL")');
  const sql = await page.locator('#setup-editor').inputValue();
  await page.fill('#setup-editor', sql + "\nINSERT INTO applications (name, email) VALUES ('Synced Row', NULL);\n");
  await waitVerdict(/committed/);
  await page.waitForTimeout(300);
  await page.click('button[role=tab]:has-text("Grid")');
  const names = await page.locator('input[aria-label^="applications row"][aria-label$=" name"]').evaluateAll((els) => els.map((e) => e.value));
  expect(names.includes('Synced Row'), `grid names: ${names.join(', ')}`);
  await page.locator('input[aria-label="applications row 1 name"]').fill('Renamed In Grid');
  await page.locator('input[aria-label="applications row 1 name"]').press('Tab');
  await page.waitForTimeout(400);
  await page.click('button[role=tab]:has-text("SQL")');
  const after = await page.locator('#setup-editor').inputValue();
  expect(after.includes("'Renamed In Grid'"), 'the SQL tab shows the grid edit');
  await page.click('button[role=tab]:has-text("Grid")');
});

await test('keyboard: arrow keys move between steps and Ctrl+Enter re-runs', async () => {
  await loadPreset('Two-step: add nullable, backfill, set NOT NULL');
  await waitVerdict(/committed/);
  await page.locator('.timeline').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const title = await page.locator('.detail h3').innerText();
  expect(title.startsWith('Step 3'), `selected: ${title}`);
  await page.locator('#migration-editor').focus();
  await page.keyboard.press('Control+Enter');
  await waitVerdict(/committed/);
});

await test('a Python syntax error is shown at its line', async () => {
  await setMigration('def upgrade():\n    op.add_column("applications",\n');
  await page.waitForSelector('.input-error', { timeout: 15000 });
  const text = await page.locator('.input-error').innerText();
  expect(/line \d+/.test(text) && /syntax error/i.test(text), `error: ${text}`);
});

await test('reload keeps the scenario', async () => {
  const migration = 'op.add_column("applications", sa.Column("notes", sa.Text(), nullable=True))\n';
  await loadPreset('The NOT NULL trap');
  await setMigration(migration);
  await waitVerdict(/committed/);
  await page.waitForTimeout(300);
  await page.reload();
  await waitVerdict(/committed/);
  const value = await page.locator('#migration-editor').inputValue();
  expect(value === migration, `after reload: ${JSON.stringify(value)}`);
});

await test('each step shows its lock, cost and hazards; the detail explains why', async () => {
  await loadPreset('Index without CONCURRENTLY (blocks writes)');
  await waitVerdict(/committed/);
  const card = page.locator('.timeline .card').nth(0);
  const meta = await card.locator('.card-meta').innerText();
  expect(meta.includes('SHARE') && meta.includes('full scan') && meta.includes('hazard'), `card: ${meta}`);
  await card.click();
  const hazards = await page.locator('.analysis .hazards').innerText();
  expect(hazards.includes('create-index-non-concurrently'), `hazards: ${hazards}`);
  const locks = await page.locator('.analysis .locks').innerText();
  expect(locks.includes('SHARE on applications') && locks.includes('blocks writes'), `locks: ${locks}`);
  await page.locator('.analysis .hazards details summary').first().click();
  const why = await page.locator('.analysis .hazards details p').first().innerText();
  expect(why.includes('CONCURRENTLY'), `why: ${why}`);
});

await test('the deployed code\'s queries show which break after a drop_column', async () => {
  await loadPreset('Dropping a column the deployed code reads');
  await waitVerdict(/committed/);
  await page.locator('.timeline .card').nth(0).click();
  const broken = await page.locator('.old-code-results .breaks').innerText();
  expect(broken.includes('SELECT id, email FROM vendors') && broken.includes('column "email" does not exist') && broken.includes('42703'),
    `breaks: ${broken}`);
  expect(await page.locator('.old-code-results .works').count() === 2, 'the other two queries keep working');
  await page.fill('#old-code-editor', 'SELECT id, name FROM vendors;\n');
  await page.waitForFunction(() => document.querySelectorAll('.old-code-results .breaks').length === 0, null, { timeout: 5000 });
});

await test('Make it safe shows a diff, applies it, and the rewrite commits without the hazard', async () => {
  await loadPreset('The NOT NULL trap');
  await waitVerdict(/rolled back/);
  await page.click('#make-safe');
  const diff = await page.locator('.proposal .diff').innerText();
  expect(diff.includes('+') && diff.includes('nullable=True') && diff.includes('op.execute("UPDATE applications SET priority = 0 WHERE priority IS NULL")'), `diff: ${diff}`);
  const note = await page.locator('.proposal .muted').innerText();
  expect(note.includes('committed'), `the preview says the rewrite commits: ${note}`);
  await page.click('#apply-fix');
  await waitVerdict(/committed/);
  const text = await page.locator('#migration-editor').inputValue();
  expect(text.includes('server_default=sa.text("0")'), `migration: ${text}`);
  const count = await page.locator('#hazard-count').innerText();
  expect(!count.includes('1 error') && !/[1-9] errors/.test(count), `hazards left: ${count}`);
});

await test('Make it safe is a keyboard dialog: focus inside, Tab stays in, Escape closes and returns focus; the diff shows hunks', async () => {
  // The lesson is a whole revision file: its docstring and header are folded away.
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  await page.click('#make-safe');
  await page.waitForSelector('.proposal');
  const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName);
  await page.waitForFunction(() => document.activeElement?.id === 'apply-fix', null, { timeout: 3000 })
    .catch(async () => { throw new Error(`focus on open: ${await active()}`); });
  const diff = await page.locator('.proposal .diff').innerText();
  expect(/⋯ \d+ unchanged lines?/.test(diff) && !diff.trimStart().startsWith('"'.repeat(3)), `hunks, not the whole file: ${diff.slice(0, 300)}`);
  await page.keyboard.press('Tab');
  expect(await active() === 'dismiss-fix', `Tab: ${await active()}`);
  await page.keyboard.press('Tab');
  expect((await active()) === 'diff', `Tab wraps inside the dialog: ${await active()}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.proposal'), null, { timeout: 3000 });
  await page.waitForFunction(() => document.activeElement?.id === 'make-safe', null, { timeout: 3000 })
    .catch(async () => { throw new Error(`focus after Escape: ${await active()}`); });
});

await test('Model tab: a renamed attribute autogenerates drop + add, loses data, and Make it safe keeps it', async () => {
  await loadPreset('Rename by drop + add (loses data)');
  await waitVerdict(/lost/);
  await page.click('#tab-model');
  const model = await page.locator('#model-editor').inputValue();
  expect(/class Vendors\(Base\):/.test(model) && /\n    name: Mapped\[str \| None\] = mapped_column\(/.test(model), `model from the database: ${model}`);
  // Untouched, the model matches the database: autogenerate writes nothing.
  await page.click('#generate-migration');
  await page.waitForSelector('#generated-note');
  expect((await page.locator('#generated-note').innerText()).includes('no difference'), 'an untouched model generates nothing');
  expect((await page.locator('#migration-editor').inputValue()).includes('    pass\n    # ### end Alembic commands ###'), 'empty revision');
  // Rename the attribute, as a developer would, and generate again.
  await page.click('#tab-model');
  await page.fill('#model-editor', model.replace('\n    name: Mapped', '\n    business_name: Mapped'));
  await page.click('#generate-migration');
  await page.waitForSelector('#generated-note');
  const migration = await page.locator('#migration-editor').inputValue();
  expect(migration.includes("op.add_column('vendors', sa.Column('business_name', sa.String(length=200), nullable=True))")
    && migration.includes("op.drop_column('vendors', 'name')")
    && migration.includes('# ### commands auto generated by Alembic - please adjust! ###'), `generated: ${migration}`);
  const v = await waitVerdict(/lost/);
  expect(v.includes('3 values lost'), `verdict: ${v}`);
  await page.locator('.timeline .card').nth(1).click();
  const lost = await page.locator('.lost-summary').innerText();
  expect(lost.includes('3 values lost in vendors.name'), `lost: ${lost}`);
  expect(await page.locator('td.lost del').count() === 3, 'the three destroyed cells are struck through');
  await page.screenshot({ path: path.join(shots, 'model-tab-rename.png'), fullPage: true });
  await page.click('#make-safe');
  await page.click('#apply-fix');
  await waitVerdict(/no data lost/);
  const fixed = await page.locator('#migration-editor').inputValue();
  expect(/new_column_name=["']business_name["']/.test(fixed), `fixed: ${fixed}`);
});

await test('Model tab: an unreadable model gives a located error', async () => {
  await page.click('#tab-model');
  await page.fill('#model-editor', 'from sqlalchemy.orm import DeclarativeBase\n\nclass Base(DeclarativeBase):\n    pass\n\nclass Vendor(Base):\n    __tablename__ = "vendors"\n    id = 5\n');
  await page.click('#generate-migration');
  await page.waitForSelector('#model-error');
  const err = await page.locator('#model-error').innerText();
  expect(/line 8, column \d+: .*not a column/.test(err), `model error: ${err}`);
  await page.click('#reset-model');
  // The core writes the model off the click: wait for it.
  await page.waitForFunction(() => document.querySelector('#model-editor')?.value.includes('class Vendors(Base):'), null, { timeout: 5000 })
    .catch(() => { throw new Error('reset to the database model'); });
  await page.click('#tab-migration');
});

await test('Make it safe turns drop + add into a rename that keeps the data', async () => {
  await loadPreset('Rename by drop + add (loses data)');
  await waitVerdict(/values? lost/);
  await page.click('#make-safe');
  await page.click('#apply-fix');
  await waitVerdict(/no data lost/);
  const text = await page.locator('#migration-editor').inputValue();
  expect(text.includes('new_column_name="business_name"'), `migration: ${text}`);
});

await test('check downgrade shows the round trip and the values a downgrade cannot restore', async () => {
  await loadPreset('Dropping a column the deployed code reads');
  await waitVerdict(/committed/);
  await page.check('#check-downgrade');
  await page.waitForSelector('#round-trip', { timeout: 5000 });
  const rt = await page.locator('#round-trip').innerText();
  expect(rt.includes('does not restore') && rt.includes('email') && rt.includes('cannot restore'), `round trip: ${rt}`);
  await loadPreset('Foreign key without NOT VALID');
  await page.check('#check-downgrade');
  await page.waitForFunction(() => /restores schema and data/.test(document.querySelector('#round-trip')?.innerText ?? ''), null, { timeout: 5000 });
  await page.uncheck('#check-downgrade');
});

await test('lessons: pick one, read it, experiment, reset to the lesson', async () => {
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  const lesson = await page.locator('#lesson').innerText();
  expect(lesson.includes('23502') && lesson.includes('Try this'), `lesson: ${lesson.slice(0, 200)}`);
  await setMigration('op.add_column("applications", sa.Column("priority", sa.Integer(), nullable=True))\n');
  await waitVerdict(/committed/);
  await page.click('#reset-lesson');
  await waitVerdict(/rolled back/);
  const text = await page.locator('#migration-editor').inputValue();
  expect(text.includes('nullable=False'), 'reset brings the lesson back');
});

await test('lessons flow: the picker shows the lesson in use, Next/Previous and ArrowDown move through them', async () => {
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  const shown = () => page.locator('#preset').evaluate((s) => s.selectedOptions[0]?.textContent ?? '');
  expect((await shown()).startsWith('2.'), `picker shows: ${await shown()}`);
  await page.click('#next-lesson');
  await page.waitForFunction(() => /^3\./.test(document.querySelector('#lesson h2')?.innerText ?? ''), null, { timeout: 5000 });
  expect((await shown()).startsWith('3.'), `after Next the picker shows: ${await shown()}`);
  await page.click('#previous-lesson');
  await page.waitForFunction(() => /^2\./.test(document.querySelector('#lesson h2')?.innerText ?? ''), null, { timeout: 5000 });
  await page.focus('#preset');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => /^3\./.test(document.querySelector('#lesson h2')?.innerText ?? ''), null, { timeout: 5000 });
  expect((await shown()).startsWith('3.'), `ArrowDown moves to the next lesson, picker shows: ${await shown()}`);
  await pick(page, '1. Adding a nullable column');
  expect((await page.locator('#previous-lesson').count()) === 0, 'no Previous on the first lesson');
});

await test('the schema drift lesson compares a hand-changed environment with a fresh one', async () => {
  await pick(page, '7. Schema drift: a hand change on one environment');
  await waitVerdict(/rolled back.*42701/);
  const drift = await page.locator('#drift-result').innerText();
  expect(drift.includes('fresh environment') && drift.includes('committed') && drift.includes('applications_status_idx'), `drift: ${drift}`);
  // Only the hand-made index differs once the migration tolerates the hand change.
  await setMigration((await page.locator('#migration-editor').inputValue()).replace('nullable=True)', 'nullable=True), if_not_exists=True'));
  await waitVerdict(/committed/);
  const after = await page.locator('#drift-result').innerText();
  expect(after.includes('applications_status_idx') && !after.includes('reviewed_at'), `drift: ${after}`);
  // Without the hand change the comparison stays, and says the environments agree.
  await page.fill('#drift-editor', '');
  await page.waitForFunction(() => /environments agree/.test(document.querySelector('#drift-result')?.innerText ?? ''), null, { timeout: 5000 });
});

await test('schema drift through the Model tab: nothing to generate here, two operations on a fresh environment', async () => {
  await pick(page, '7. Schema drift: a hand change on one environment');
  await waitVerdict(/rolled back.*42701/);
  await page.click('#tab-model');
  const model = await page.locator('#model-editor').inputValue();
  expect(model.includes('reviewed_at: Mapped[datetime.datetime | None]') && model.includes("Index('applications_status_idx', 'status')"), `model: ${model}`);
  await page.click('#generate-migration');
  await page.waitForSelector('#generated-note');
  const note = await page.locator('#generated-note').innerText();
  expect(note.includes('no difference') && note.includes('fresh environment') && note.includes('2 operations'), `note: ${note}`);
  expect((await page.locator('#migration-editor').inputValue()).includes('    pass\n    # ### end Alembic commands ###'), 'an empty revision here');
});

await test('Copy link: the link opens the same scenario in a fresh page', async () => {
  await loadPreset('Rename by drop + add (loses data)');
  await waitVerdict(/lost/);
  await page.fill('#old-code-editor', 'SELECT id, business_name FROM vendors;\n');
  await page.click('#copy-link');
  const link = await page.locator('#share-link').inputValue();
  expect(/#v1\.[A-Za-z0-9_-]+$/.test(link), `link: ${link}`);
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => /lost/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  const migration = await other.locator('#migration-editor').inputValue();
  const oldCode = await other.locator('#old-code-editor').inputValue();
  expect(migration === await page.locator('#migration-editor').inputValue(), 'same migration');
  expect(oldCode === 'SELECT id, business_name FROM vendors;\n', `same deployed code: ${oldCode}`);
  expect(!other.url().includes('#'), 'the address bar drops the link once loaded (a reload shows later edits)');
  await other.close();
});

await test('hostile links show a message and never run script', async () => {
  let dialogs = 0;
  const other = await context.newPage();
  other.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await other.goto(`${base}#v1.this-is-not-a-scenario`);
  await other.waitForSelector('#link-error', { timeout: 15000 });
  const msg = await other.locator('#link-error').innerText();
  expect(msg.includes('damaged'), `message: ${msg}`);
  await other.goto(`${base}#v7.abc`);
  await other.reload();
  await other.waitForSelector('#link-error', { timeout: 15000 });
  expect((await other.locator('#link-error').innerText()).includes('newer version'), 'a future format is named');
  // A well-formed link whose text is an attack: shown as text, never executed.
  const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const fragment = await other.evaluate(async (text) => {
    const json = new TextEncoder().encode(JSON.stringify({ setup: `CREATE TABLE "${text}" (id int);`, migration: `-- ${text}\nSELECT 1;`, kind: 'sql' }));
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return 'v1.' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, attack);
  await other.goto(`${base}#${fragment}`);
  await other.reload();
  await other.waitForFunction(() => /committed/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  await other.waitForTimeout(300);
  expect(dialogs === 0, `${dialogs} dialogs opened`);
  expect(await other.locator('img[src="x"]').count() === 0, 'no injected element');
  expect((await other.locator('#migration-editor').inputValue()).includes(attack), 'the text is shown as text');
  await other.close();
});

await test('the embed page: two isolated playgrounds, the second loaded only when scrolled to', async () => {
  const other = await context.newPage();
  await other.setViewportSize({ width: 1200, height: 800 });
  await other.goto(`${base}embed-example.html`);
  const first = other.frameLocator('#embed-lesson iframe');
  await first.locator('#verdict').waitFor({ timeout: 20000 });
  await other.waitForFunction(() => true);
  expect(await other.locator('#embed-inline iframe').count() === 0, 'the second playground waits until it is scrolled into view');
  const v1 = await first.locator('#verdict').innerText();
  expect(v1.includes('23502'), `lesson embed: ${v1}`);
  expect(await first.locator('#migration-editor').getAttribute('readonly') !== null, 'the lesson embed is read-only');
  await other.locator('#embed-inline').scrollIntoViewIfNeeded();
  const second = other.frameLocator('#embed-inline iframe');
  await second.locator('#verdict').waitFor({ timeout: 20000 });
  await other.waitForFunction(() => true);
  const frame = other.frames().find((f) => f.url().includes('embed=1') && !f.url().includes('lesson='));
  await frame.waitForFunction(() => /lost/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  const breaks = await second.locator('.hazard-count').innerText();
  expect(breaks.includes('error'), `inline embed hazards: ${breaks}`);
  await second.locator('#migration-editor').fill('ALTER TABLE vendors ADD COLUMN note text;\n');
  await frame.waitForFunction(() => /committed: 1 step, no data lost/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  expect((await first.locator('#verdict').innerText()).includes('23502'), 'editing one playground leaves the other alone');
  await other.screenshot({ path: path.join(shots, 'embed-example.png'), fullPage: true });
  await other.close();
});

await test('a shared link keeps the previous scenario restorable; a link opened on a loaded page applies at once', async () => {
  const p = await context.newPage();
  await p.goto(base);
  await waitVerdictOn(p, /\w/);
  await pick(p, 'Rename by drop + add (loses data)');
  await waitVerdictOn(p, /lost/);
  await p.click('#copy-link');
  const link = await p.locator('#share-link').inputValue();
  const shared = await p.locator('#migration-editor').inputValue();
  await pick(p, 'Plain SQL migration');
  await waitVerdictOn(p, /\w/);
  const mine = 'ALTER TABLE vendors ADD COLUMN mine text;\n-- my own work\n';
  await p.fill('#migration-editor', mine);
  await p.waitForFunction((m) => JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? '{}').migration === m, mine);

  // Opened in a fresh load: the link's scenario, and mine kept aside.
  await p.goto('about:blank');
  await p.goto(link);
  await waitVerdictOn(p, /lost/);
  expect(await p.locator('#migration-editor').inputValue() === shared, 'the link\'s scenario is shown');
  const note = await p.locator('#kept-note').innerText();
  expect(note.includes('Opened a shared scenario; your previous one is kept') && note.includes('Restore'), `note: ${note}`);
  const previous = await p.evaluate(() => JSON.parse(localStorage.getItem('rehearse.previous.v1') ?? '{}'));
  expect(previous.migration === mine, `kept in localStorage: ${JSON.stringify(previous.migration)}`);
  await shoot(p, 'shared-link-kept');
  await p.click('#restore');
  await p.waitForFunction((m) => document.querySelector('#migration-editor')?.value === m, mine, { timeout: 5000 });
  expect(await p.locator('#kept-note').count() === 0, 'the note is gone after Restore');
  await p.waitForFunction((m) => JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? '{}').migration === m, mine);

  // Opened in this tab while it is on the page (hashchange): at once, no reload.
  await p.evaluate(() => { window.__samePage = true; });
  await p.evaluate((l) => { location.hash = l.slice(l.indexOf('#')); }, link);
  await p.waitForFunction((m) => document.querySelector('#migration-editor')?.value === m, shared, { timeout: 5000 });
  await p.waitForSelector('#kept-note');
  expect(await p.evaluate(() => window.__samePage === true), 'no reload');
  expect(!p.url().includes('#'), `the link leaves the address bar: ${p.url()}`);
  await p.click('#restore');
  await p.waitForFunction((m) => document.querySelector('#migration-editor')?.value === m, mine, { timeout: 5000 });
  await p.close();
});

await test('Generate migration and Make it safe can be undone exactly, from the keyboard too', async () => {
  await loadPreset('Rename by drop + add (loses data)');
  await waitVerdict(/lost/);
  await setMigration((await page.locator('#migration-editor').inputValue()) + '\n# my note, kept by Undo\n');
  await waitVerdict(/lost/);
  const before = await page.locator('#migration-editor').inputValue();
  const kindBefore = await page.locator('#kind').inputValue();
  // Generate: the revision replaces the migration; Undo has the focus.
  await page.click('#tab-model');
  const model = await page.locator('#model-editor').inputValue();
  await page.fill('#model-editor', model.replace('\n    name: Mapped', '\n    business_name: Mapped'));
  await page.click('#generate-migration');
  await page.waitForSelector('#undo');
  expect((await page.locator('#migration-editor').inputValue()).includes('# ### commands auto generated by Alembic'), 'generated');
  expect(await page.evaluate(() => document.activeElement?.id) === 'undo', 'Undo has the focus');
  const note = await page.locator('#undo-note').innerText();
  expect(note.includes('The generated revision replaced the migration.') && note.includes('Autogenerate wrote'), `note: ${note}`);
  await shoot(page, 'undo-generate');
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => document.querySelector('#migration-editor')?.value === b, before, { timeout: 5000 });
  expect(await page.locator('#kind').inputValue() === kindBefore, 'the kind is back too');
  expect(await page.locator('#undo-note').count() === 0, 'the note is gone');
  await waitVerdict(/lost/);

  // Make it safe, applied, then undone.
  await page.click('#make-safe');
  await page.click('#apply-fix');
  await page.waitForSelector('#undo');
  await waitVerdict(/no data lost/);
  expect((await page.locator('#migration-editor').inputValue()) !== before, 'rewritten');
  expect((await page.locator('#undo-note').innerText()).includes('The safe rewrite replaced the migration.'), 'says what replaced it');
  await page.click('#undo');
  await page.waitForFunction((b) => document.querySelector('#migration-editor')?.value === b, before, { timeout: 5000 });
  await waitVerdict(/lost/);

  // Escape closes the note, keeps the rewrite, and returns to the editor.
  await page.click('#make-safe');
  await page.click('#apply-fix');
  await page.waitForSelector('#undo');
  const rewritten = await page.locator('#migration-editor').inputValue();
  await page.keyboard.press('Escape');
  await page.waitForSelector('#undo-note', { state: 'detached', timeout: 5000 });
  expect(await page.locator('#migration-editor').inputValue() === rewritten, 'Escape keeps the rewrite');
  expect(await page.evaluate(() => document.activeElement?.id) === 'migration-editor', 'focus back in the editor');
});

await test('storage: a full localStorage says the edit is not saved; a damaged save is kept aside', async () => {
  const p = await context.newPage();
  await p.goto(`${base}?lesson=01-add-nullable-column`);
  await waitVerdictOn(p, /\w/);
  // Fill the storage to the last byte.
  const filled = await p.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`e2e.fill.${n}`, chunk); n += 1; } catch (e) { if (e.name !== 'QuotaExceededError') throw e; break; }
      }
    }
    return n;
  });
  // Longer than what is saved: it cannot take the old value's place.
  const edit = (await p.locator('#migration-editor').inputValue()) + `# ${'unsaved '.repeat(40)}\n`;
  await p.fill('#migration-editor', edit);
  await p.waitForSelector('#storage-note', { timeout: 5000 });
  const note = await p.locator('#storage-note').innerText();
  expect(note.includes('not saved in this browser') && note.includes('full') && note.includes('Copy link') && note.includes('Download'), `note: ${note}`);
  expect((await saved(p))?.migration !== edit, 'nothing was saved');
  await shoot(p, 'storage-full');
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#notice-download')]);
  expect(download.suggestedFilename() === 'rehearse-scenario.json', `file: ${download.suggestedFilename()}`);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(file.migration === edit, 'the download holds the edit');
  // Room again: the next edit saves and the notice goes.
  await p.evaluate((n) => { for (let i = 0; i < n; i++) localStorage.removeItem(`e2e.fill.${i}`); }, filled);
  await p.fill('#migration-editor', edit + '# saved now\n');
  await p.waitForSelector('#storage-note', { state: 'detached', timeout: 5000 });
  expect((await saved(p))?.migration === edit + '# saved now\n', 'saved');

  // A damaged save: kept aside under another key, and said so.
  const damaged = '{"setup": "CREATE TABLE t (id int);", "migration": ';
  await p.evaluate((d) => localStorage.setItem('rehearse.scenario.v1', d), damaged);
  await p.goto(base);
  await p.waitForSelector('#damaged-note', { timeout: 15000 });
  const text = await p.locator('#damaged-note').innerText();
  const key = text.match(/rehearse\.damaged\.\d+/)?.[0];
  expect(text.includes('could not be read') && key, `note: ${text}`);
  expect(await p.evaluate((k) => localStorage.getItem(k), key) === damaged, 'the damaged text is kept as it was');
  await shoot(p, 'storage-damaged');
  await p.click('#damaged-note button.dismiss');
  await p.evaluate((k) => localStorage.removeItem(k), key);
  await p.close();
});

await test('two tabs: another tab\'s save is followed when idle, and never overwritten silently', async () => {
  const a = await context.newPage();
  await a.goto(`${base}?lesson=01-add-nullable-column`);
  await waitVerdictOn(a, /\w/);
  const b = await context.newPage();
  await b.goto(base);
  await waitVerdictOn(b, /\w/);
  const editorIs = (p, text) => p.waitForFunction((m) => document.querySelector('#migration-editor')?.value === m, text, { timeout: 5000 });
  // b has no edits of its own: it follows a.
  const fromA = 'op.add_column("applications", sa.Column("from_a", sa.Text(), nullable=True))\n';
  await a.fill('#migration-editor', fromA);
  await editorIs(b, fromA);
  expect(await b.locator('#conflict-note').count() === 0, 'no question when nothing would be lost');
  // b edits too: a, with edits of its own, asks, and saves nothing meanwhile.
  const fromB = fromA.replace('from_a', 'from_b');
  await b.fill('#migration-editor', fromB);
  await a.waitForSelector('#conflict-note', { timeout: 5000 });
  const note = await a.locator('#conflict-note').innerText();
  expect(note.startsWith('Another tab changed the saved scenario') && note.includes('Load it') && note.includes('Keep mine'), `note: ${note}`);
  expect(await a.locator('#migration-editor').inputValue() === fromA, 'a keeps its text');
  await a.fill('#migration-editor', fromA + '# a, more\n');
  await a.waitForTimeout(400);
  expect((await saved(a)).migration === fromB, 'a saved nothing over b');
  await shoot(a, 'two-tabs');
  // Keep mine: a's is saved; now b, which has edits of its own, asks.
  await a.click('#keep-mine');
  await a.waitForFunction((m) => JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? '{}').migration === m, fromA + '# a, more\n', { timeout: 5000 });
  await b.waitForSelector('#conflict-note', { timeout: 5000 });
  expect(await b.locator('#migration-editor').inputValue() === fromB, 'b keeps its text');
  // Load it: b takes a's, its own kept aside for Restore.
  await b.click('#load-other-tab');
  await editorIs(b, fromA + '# a, more\n');
  expect((await b.locator('#kept-note').innerText()).includes('Loaded the other tab\'s scenario; yours is kept'), 'b keeps its own aside');
  await b.click('#restore');
  await editorIs(b, fromB);
  await a.close();
  await b.close();
});

await test('a trap on the page shows a banner, and the next load asks before running that scenario again', async () => {
  const t = await context.newPage();
  await t.goto(`${base}?lesson=01-add-nullable-column&selftest=trap`);
  await t.waitForSelector('#trap', { timeout: 15000 });
  const banner = await t.locator('#trap').innerText();
  expect(banner.includes('Rehearse stopped') && banner.includes('RuntimeError') && banner.includes('will not run this scenario again until you ask'), `banner: ${banner}`);
  expect(await t.evaluate(() => localStorage.getItem('rehearse.running.v1')) !== null, 'the run marker is left behind');
  await shoot(t, 'trap-banner');
  // The next load: the scenario in the editors, not run, and a question.
  await t.goto(base);
  await t.waitForSelector('#stopped-note', { timeout: 15000 });
  const note = await t.locator('#stopped-note').innerText();
  expect(note.includes('The last run of this scenario stopped the page') && note.includes('Run it anyway') && note.includes('Edit first'), `note: ${note}`);
  expect(await t.locator('#verdict').count() === 0 && await t.locator('#not-run').count() === 1, 'not run');
  expect((await t.locator('#migration-editor').inputValue()).includes('op.add_column'), 'the scenario is in the editors');
  await shoot(t, 'stopped-ask');
  await t.reload();
  await t.waitForSelector('#stopped-note', { timeout: 15000 });
  // Edit first: the note goes; the next edit runs it (in the worker).
  await t.click('#edit-first');
  expect(await t.locator('#stopped-note').count() === 0, 'Edit first closes the question');
  await t.fill('#migration-editor', (await t.locator('#migration-editor').inputValue()) + '\n# edited\n');
  await waitVerdictOn(t, /\w/);
  expect(await t.evaluate(() => globalThis.__rehearseWorker?.runs ?? 0) >= 1, 'it ran in the worker');
  expect(await t.evaluate(() => localStorage.getItem('rehearse.running.v1')) === null, 'the marker is cleared');
  // Run it anyway, after another trap.
  await t.goto(`${base}?lesson=01-add-nullable-column&selftest=trap`);
  await t.waitForSelector('#trap', { timeout: 15000 });
  await t.goto(base);
  await t.click('#run-anyway');
  await waitVerdictOn(t, /\w/);
  expect(await t.locator('#trap').count() === 0, 'the page is fine');
  await t.reload();
  await waitVerdictOn(t, /\w/);
  expect(await t.locator('#stopped-note').count() === 0, 'asked once');
  await t.close();
});

await test('a trap in the worker: a message, the page keeps working, the worker is made again', async () => {
  const w = await context.newPage();
  await w.goto(base);
  await waitVerdictOn(w, /\w/);
  // From a link, and over KNOWN_SMALL: its first run is in the worker.
  const fragment = await fragmentFor(w, {
    setup: `-- ${'padding '.repeat(1500)}\nCREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n`,
    migration: 'ALTER TABLE t ADD COLUMN note text;\n', kind: 'sql',
  });
  await w.goto(`${base}?selftest=worker-trap#${fragment}`);
  await w.waitForSelector('#run-note', { timeout: 20000 });
  const note = await w.locator('#run-note').innerText();
  expect(note.includes('The background run stopped') && note.includes('RuntimeError') && note.includes('page is unaffected'), `note: ${note}`);
  expect(await w.locator('#trap, #panic').count() === 0, 'no banner: the page did not stop');
  await shoot(w, 'worker-trap');
  // The same link again (hashchange): a new worker, which traps again.
  await w.evaluate((f) => { location.hash = f; }, `#${fragment}`);
  await w.waitForFunction(() => (globalThis.__rehearseWorker?.runs ?? 0) >= 2, null, { timeout: 20000 });
  await w.waitForSelector('#run-note', { timeout: 20000 });
  // Something small runs on the page, as ever.
  await pick(w, 'Plain SQL migration');
  await waitVerdictOn(w, /\w/);
  await w.close();
});

await test('embeds are sandboxed, send no referrer and have distinct titles', async () => {
  const other = await context.newPage();
  await other.setViewportSize({ width: 1200, height: 800 });
  const from = served.length;
  await other.goto(`${base}embed-example.html`);
  await other.frameLocator('#embed-lesson iframe').locator('#verdict').waitFor({ timeout: 20000 });
  await other.locator('#embed-inline').scrollIntoViewIfNeeded();
  await other.frameLocator('#embed-inline iframe').locator('#verdict').waitFor({ timeout: 20000 });
  const frames = await other.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => ({
    sandbox: f.getAttribute('sandbox'), referrer: f.getAttribute('referrerpolicy'), title: f.title })));
  expect(frames.length === 2, `frames: ${frames.length}`);
  for (const f of frames) {
    expect(f.sandbox === 'allow-scripts allow-same-origin allow-popups', `sandbox: ${f.sandbox}`);
    expect(f.referrer === 'no-referrer', `referrerpolicy: ${f.referrer}`);
  }
  await other.waitForFunction(() => document.querySelector('#embed-lesson iframe')?.title.includes('NOT NULL'), null, { timeout: 5000 });
  const titles = await other.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.title));
  expect(titles[0] === 'Rehearse playground: 2. The NOT NULL trap, and the two-step fix' && titles[1] === 'Rehearse playground: your scenario', `titles: ${titles}`);
  const embedLoads = served.slice(from).filter((r) => r.url.includes('embed=1'));
  expect(embedLoads.length >= 2 && embedLoads.every((r) => r.referer === null), `referers: ${JSON.stringify(embedLoads)}`);
  // "Open in the playground" still opens (a popup).
  const [popup] = await Promise.all([other.waitForEvent('popup'), other.frameLocator('#embed-lesson iframe').locator('#open-full').click()]);
  await waitVerdictOn(popup, /23502/);
  await popup.close();
  await other.close();
});

await test('Verify on PostgreSQL loads PGlite from the site on demand and agrees', async () => {
  const requested = [];
  const onRequest = (r) => requested.push(r.url());
  page.on('request', onRequest);
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  expect(!requested.some((u) => u.includes('/pglite/')), 'nothing of PGlite loads before the button');
  await page.click('#verify');
  await page.waitForFunction(() => /PostgreSQL (agrees|differs)|Could not/.test(document.querySelector('#verify-result')?.innerText ?? ''), null, { timeout: 90000 });
  const verdict = await page.locator('#verify-result').innerText();
  expect(verdict.includes('PostgreSQL agrees') && verdict.includes('23502'), `verdict: ${verdict}`);
  expect(requested.some((u) => u.includes('/pglite/pglite.wasm')), 'PGlite came from the site itself');
  expect(requested.every((u) => u.startsWith(base) || u.startsWith('data:') || u.startsWith('blob:')), `no other host: ${requested.filter((u) => !u.startsWith(base)).join(', ')}`);
  page.off('request', onRequest);
});

await test('per-edit re-run latency (measured by the page itself, printed)', async () => {
  const timings = [];
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  const base = await page.locator('#migration-editor').inputValue();
  for (let i = 0; i < 30; i++) {
    await setMigration(base + `\n# edit ${i}\n`);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction((n) => (document.querySelector('#migration-editor')?.value ?? '').includes(`# edit ${n}`)
      && /ran in/.test(document.querySelector('.timing')?.innerText ?? ''), i, { timeout: 10000 });
    await page.waitForTimeout(30);
    const t = await page.locator('.timing').innerText();
    timings.push(parseFloat(t.replace(/[^0-9.]/g, '')));
  }
  timings.sort((a, b) => a - b);
  const q = (p) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))];
  console.log(`      lesson re-run: p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (${timings.length} edits)`);
  expect(timings.every((t) => Number.isFinite(t)), `timings: ${timings}`);
});

await test('hostile input in the editors: spanned errors, no crash, no freeze', async () => {
  await pick(page, '1. Adding a nullable column');
  await waitVerdict(/committed/);
  const cases = [
    ['deep expression', 'op.execute("SELECT 1' + ' + 1'.repeat(3000) + '")\n', /expression too complex/],
    ['unterminated string', 'op.execute("SELECT \'abc")\n', /Unterminated string literal/],
    ['Python syntax error', 'def upgrade(:\n    pass\n', /line 1/],
    ['SQL in the Python pane', 'ALTER TABLE applications ADD COLUMN x int;\n', /looks like SQL/],
    ['binary junk', Array.from({ length: 2000 }, (_, i) => String.fromCharCode(1 + (i * 7919) % 0xD7FE)).join(''), /./],
  ];
  for (const [name, text, want] of cases) {
    await page.selectOption('#kind', 'alembic');
    await setMigration(text);
    await page.keyboard.press('Control+Enter');
    // The previous case's error stays on screen until this run answers: wait for the
    // answer to this text, not for any error.
    await page.waitForFunction(
      ([source]) => new RegExp(source).test(document.querySelector('.input-error')?.innerText ?? ''),
      [want.source],
      { timeout: 10000 },
    ).catch(() => {});
    const msg = await page.locator('.input-error').innerText();
    expect(want.test(msg) && /line \d+, column \d+/.test(msg), `${name}: ${msg.slice(0, 200)}`);
  }
  // A 2 MB paste: shown unhighlighted, the page answers.
  const big = '-- ' + 'x'.repeat(2 << 20) + '\nALTER TABLE applications ADD COLUMN y int;\n';
  await page.selectOption('#kind', 'sql');
  const t0 = Date.now();
  await setMigration(big);
  await page.waitForFunction(() => /committed/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 30000 });
  console.log(`      2 MB paste: verdict after ${Date.now() - t0} ms`);
  await page.selectOption('#kind', 'auto');
});

await test('a 20k-row table: the run finishes, the page draws a bounded number of rows and stays usable', async () => {
  const rows = 20000;
  const lines = ['CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int);'];
  for (let s = 0; s < rows; s += 1000) {
    const v = [];
    for (let i = s; i < s + 1000; i++) v.push(`(${i + 1}, 'item ${i}', ${i % 97})`);
    lines.push(`INSERT INTO items VALUES ${v.join(', ')};`);
  }
  await loadPreset('Plain SQL migration');
  await waitVerdict(/./);
  await page.click('button[role=tab]:has-text("SQL")');
  const t0 = Date.now();
  await page.fill('#setup-editor', lines.join('\n'));
  await setMigration("ALTER TABLE items ADD COLUMN note text;\nUPDATE items SET note = 'n' WHERE qty = 0;\nALTER TABLE items ALTER COLUMN qty SET NOT NULL;\n");
  await page.waitForFunction(() => /committed: 3 steps/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 60000 });
  console.log(`      20k rows: verdict ${Date.now() - t0} ms after the paste`);
  const drawn = await page.evaluate(() => document.querySelectorAll('.detail tbody tr').length);
  expect(drawn <= 2 * (200 + 300), `rows drawn: ${drawn}`);
  expect((await page.locator('.more-rows').count()) > 0, 'the rest is summarised');
  const t1 = Date.now();
  await page.locator('.timeline .card').nth(1).click();
  await page.waitForFunction(() => /Step 2/.test(document.querySelector('.detail h3')?.innerText ?? ''), null, { timeout: 10000 });
  console.log(`      20k rows: switching steps took ${Date.now() - t1} ms`);
  const cost = await page.locator('.analysis .costs').innerText();
  expect(/writes rows · items \(\d+ rows here\)/.test(cost), `cost: ${cost}`);
});

await test('a 100k-row table runs in a background worker: the page stays responsive, shows progress, cancels, finishes', async () => {
  // A normal page load fetches nothing of the worker.
  const fresh = await context.newPage();
  const fetched = [];
  fresh.on('request', (r) => fetched.push(r.url()));
  await fresh.goto(`${base}?lesson=01-add-nullable-column`);
  await fresh.waitForFunction(() => /\w/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 20000 });
  expect(!fetched.some((u) => u.includes('rehearse-worker')), `the page load fetched the worker: ${fetched.filter((u) => u.includes('worker'))}`);
  await fresh.close();

  const rows = 100000;
  const lines = ['CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int, price numeric(10,2), created timestamp);'];
  for (let s = 0; s < rows; s += 1000) {
    const v = [];
    for (let i = s; i < s + 1000; i++) v.push(`(${i + 1}, 'item ${i}', ${i % 97}, ${(i % 1000) / 10}, '2024-01-01 00:00:00')`);
    lines.push(`INSERT INTO items VALUES ${v.join(', ')};`);
  }
  // Six steps, each over every row: long enough to watch, supersede and cancel.
  const migration = ['ALTER TABLE items ADD COLUMN label text;', 'UPDATE items SET label = name;',
    "ALTER TABLE items ADD COLUMN status text NOT NULL DEFAULT 'new';", 'ALTER TABLE items ALTER COLUMN qty TYPE bigint;',
    'ALTER TABLE items ADD CONSTRAINT items_qty_check CHECK (qty >= 0);', 'ALTER TABLE items RENAME COLUMN name TO title;'].join('\n') + '\n';
  await loadPreset('Plain SQL migration');
  await waitVerdict(/\w/);
  await setMigration(migration);
  const previous = await waitVerdict(/42P01/); // items does not exist yet
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', lines.join('\n'));
  // An edit while the run is in flight supersedes it (the worker is terminated).
  await page.waitForSelector('#run-progress', { timeout: 20000 });
  await setMigration(migration + '-- again\n');
  await page.waitForSelector('#run-progress', { timeout: 20000 });
  const superseded = await page.evaluate(() => globalThis.__rehearseWorker?.cancelled ?? 0);
  await page.screenshot({ path: path.join(shots, 'background-run-progress.png') });

  // While it runs: animation frames keep coming, the page answers at once, and the
  // progress text advances.
  const during = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    let last = t0; let worst = 0; let n = 0;
    const texts = [];
    const tick = () => {
      const now = performance.now();
      worst = Math.max(worst, now - last); last = now; n++;
      const text = document.querySelector('#run-progress .progress-text')?.innerText;
      if (text && texts[texts.length - 1] !== text) texts.push(text);
      // The worker's part of the run; "Building the report" is the answer arriving,
      // decoded on the page (issue 18 measures that apart).
      if (now - t0 < 1200 && document.querySelector('#run-progress') && !/^Building/.test(text ?? '')) requestAnimationFrame(tick);
      else resolve({ worst, n, ms: now - t0, texts });
    };
    requestAnimationFrame(tick);
  }));
  const trips = [];
  for (let i = 0; i < 5; i++) {
    const t = Date.now();
    await page.evaluate(() => document.querySelector('#run-progress .progress-text')?.innerText);
    trips.push(Date.now() - t);
  }
  console.log(`      100k rows, during the run: worst frame gap ${during.worst.toFixed(0)} ms over ${during.n} frames (${during.ms.toFixed(0)} ms); page round trip max ${Math.max(...trips)} ms; progress: ${during.texts.slice(0, 4).join(' | ')} ...`);
  // Structural, not a time budget (the machine's load varies): a run on the main thread
  // would be one long frame; in the worker, frames keep coming all through it. The
  // figures are printed above; issue 18's targets are measured by `cargo xtask bench`.
  // (If the run was already handing its answer back when sampling began, there is no
  // worker phase left to sample: the progress texts below still check the run.)
  expect(during.ms < 200 || (during.n >= 5 && during.worst < during.ms / 2), `frames: ${JSON.stringify(during)}`);
  expect((during.texts.length >= 2 || /^Building/.test(during.texts[0] ?? '')) && during.texts.every((t) => /statement \d+ of \d+|step \d+ of \d+|Starting|Building/.test(t)), `progress texts: ${during.texts}`);
  expect(superseded >= 1, 'the edit terminated the run in flight');

  // Cancel: the run stops, the previous result stays, a note says so. Checked and
  // pressed in one step: the run may end any moment now.
  const pressed = await page.evaluate(() => {
    const cancel = document.querySelector('#cancel-run');
    cancel?.click();
    return Boolean(cancel);
  });
  expect(pressed, 'still running after the measurement (Cancel pressed)');
  await page.waitForSelector('#run-note', { timeout: 5000 });
  expect(await page.locator('#run-progress').count() === 0, 'the progress is gone');
  expect(/cancelled/i.test(await page.locator('#run-note').innerText()), 'the note says cancelled');
  expect(await verdict() === previous, `the previous result stays: ${await verdict()}`);
  await page.screenshot({ path: path.join(shots, 'background-run-cancelled.png') });

  // Run to the end.
  const t0 = Date.now();
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#run-progress', { timeout: 10000 });
  // Polled on animation frames: the first frame with the verdict is when the page
  // is free again after the answer arrived.
  const shownAt = await (await page.waitForFunction(() => /committed: 6 steps/.test(document.querySelector('#verdict')?.innerText ?? '')
    && performance.now(), null, { timeout: 180000, polling: 'raf' })).jsonValue();
  const stats = await page.evaluate(() => globalThis.__rehearseWorker);
  const finish = shownAt - stats.receivedAt;
  console.log(`      100k rows: verdict ${Date.now() - t0} ms after Ctrl+Enter; ${(stats.bytes / 1e6).toFixed(1)} MB from the worker, decoded in ${stats.decodeMs.toFixed(0)} ms; the worker's run ${stats.runMs.toFixed(0)} ms (start ${stats.startMs.toFixed(0)} ms); answer to verdict ${finish.toFixed(0)} ms`);
  expect(await page.locator('#run-note').count() === 0, 'no note after a finished run');
  expect(await page.locator('#run-progress').count() === 0, 'no progress after a finished run');
  expect(finish < 5000, `the page took ${finish.toFixed(0)} ms to show the verdict after the answer`);

  // The finished 100k-row result stays responsive: switching steps (step 2 changes
  // every row) and typing, measured by the page (click to the next frame showing it).
  const switchTo = (i) => page.evaluate((i) => new Promise((resolve) => {
    const t = performance.now();
    document.querySelectorAll('.timeline .card')[i].click();
    const check = () => {
      if ((document.querySelector('.detail h3')?.innerText ?? '').startsWith(`Step ${i + 1} `)) requestAnimationFrame(() => resolve(performance.now() - t));
      else setTimeout(check, 1);
    };
    check();
  }), i);
  const switches = [];
  for (const i of [1, 0, 1, 5, 2]) switches.push(await switchTo(i));
  const drawn = await page.evaluate(() => document.querySelectorAll('.detail tbody tr').length);
  const more = await page.locator('.detail .more-rows').first().innerText();
  await page.focus('#migration-editor');
  await page.keyboard.press('Control+End');
  const keys = [];
  for (const ch of '-- typed\n') {
    const t = Date.now();
    await page.keyboard.type(ch);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    keys.push(Date.now() - t);
  }
  keys.sort((a, b) => a - b);
  console.log(`      100k rows, finished: switching steps ${switches.map((ms) => ms.toFixed(0)).join(', ')} ms (${drawn} rows drawn; "${more}"); a key in the migration: median ${keys[keys.length >> 1]} ms, worst ${keys[keys.length - 1]} ms`);
  expect(Math.max(...switches) < 3000, `switching steps: ${switches}`);
  expect(keys[keys.length - 1] < 3000, `keys: ${keys}`);
  expect(drawn <= 2 * (200 + 200), `rows drawn: ${drawn}`);

  // Escape cancels too, and keeps the 100k-row result.
  const finished = await verdict();
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#run-progress', { timeout: 10000 });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#run-note', { timeout: 5000 });
  expect(await verdict() === finished, 'Escape keeps the finished result');

  // Back to something small: it runs on the page again.
  await loadPreset('Plain SQL migration');
  await waitVerdict(/\w/);
  await page.waitForFunction(() => !document.querySelector('#run-progress'), null, { timeout: 20000 });
});

// The three kinds of answer (issue 14): PostgreSQL's verdict, PostgreSQL's error, and
// "Rehearse cannot simulate X" — the last never shown as a rollback.
async function loadCase(name) {
  await loadPreset('The NOT NULL trap');
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', scenario(name, 'setup.sql'));
  const file = fs.existsSync(path.join(root, 'tests/scenarios', name, 'migration.py')) ? 'migration.py' : 'migration.sql';
  await setMigration(scenario(name, file));
}

await test('a step Rehearse cannot simulate gets a neutral panel, never the rollback banner', async () => {
  await loadCase('sql-unsupported-builtin-step');
  const v = await waitVerdict(/not simulated/);
  expect(v.includes('Rehearse cannot simulate the function pg_column_size('), `verdict: ${v}`);
  expect(await page.locator('.banner.rollback').count() === 0, 'no rollback banner');
  const banner = await page.locator('.banner.unsupported').innerText();
  expect(/not PostgreSQL's answer/.test(banner) && /Verify on PostgreSQL/.test(banner), `banner: ${banner}`);
  expect(await page.locator('.pg-error').count() === 0, 'no PostgreSQL error box');
  const panel = await page.locator('.not-simulated').innerText();
  expect(panel.includes('not a PostgreSQL error'), `panel: ${panel}`);
  // The step after it did not run, but its hazard still shows.
  await page.locator('.timeline .card').nth(2).click();
  const detail = await page.locator('.detail').innerText();
  expect(/Not run/.test(detail) && /add-not-null-column-without-default|NOT NULL column/.test(detail), `detail: ${detail.slice(0, 400)}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('.timeline .card').nth(1).click();
  await page.screenshot({ path: path.join(shots, 'unsupported-projector.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(shots, 'unsupported-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
});

await test('a failure after an autocommit block is a partial commit, with the INVALID index it leaves', async () => {
  await loadCase('alembic-concurrent-unique-index-fails-invalid');
  const v = await waitVerdict(/partially committed/);
  expect(v.includes('23505'), `verdict: ${v}`);
  const banner = await page.locator('.banner.rollback').innerText();
  expect(/Partly committed/.test(banner) && !/unchanged/.test(banner), `banner: ${banner}`);
  const invalid = await page.locator('.invalid-indexes').innerText();
  expect(invalid.includes('ix_users_email') && invalid.includes('INVALID'), `invalid: ${invalid}`);
  const hazards = await page.locator('.timeline').innerText();
  expect(hazards.includes('1 hazard'), `timeline: ${hazards.slice(0, 300)}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: path.join(shots, 'partial-projector.png') });
  await page.setViewportSize({ width: 1440, height: 1000 });
});

await test('Verify on PostgreSQL agrees with a partial commit, INVALID index included, and runs what Rehearse cannot', async () => {
  const verify = async () => {
    await page.click('#verify');
    await page.waitForFunction(() => /PostgreSQL (agrees|differs)|PostgreSQL's own answer|Could not/.test(document.querySelector('#verify-result')?.innerText ?? ''), null, { timeout: 90000 });
    return page.locator('#verify-result').innerText();
  };
  await loadCase('alembic-concurrent-unique-index-fails-invalid');
  await waitVerdict(/partially committed/);
  const partial = await verify();
  expect(partial.includes('PostgreSQL agrees') && partial.includes('partially committed'), `partial: ${partial}`);
  await loadCase('sql-unsupported-builtin-step');
  await waitVerdict(/not simulated/);
  const unsupported = await verify();
  expect(unsupported.includes("PostgreSQL's own answer") && unsupported.includes('rolled back at step 3') && unsupported.includes('Rehearse cannot simulate it') && /PostgreSQL: ok/.test(unsupported), `unsupported: ${unsupported}`);
});

await test('a lossy type change is not "no data lost"', async () => {
  await loadCase('alembic-type-change-rounds-lossy');
  const v = await waitVerdict(/committed/);
  expect(v.includes('3 values changed by a lossy conversion'), `verdict: ${v}`);
  expect(await page.locator('#verdict.warn').count() === 1, 'the verdict is not green');
});

await test("lesson 4's own exercise (the ~ operator) commits", async () => {
  await pick(page, '4. Type changes that fail on real data');
  await waitVerdict(/rolled back/);
  const text = await page.locator('#migration-editor').inputValue();
  // A function, not a string: `$'` in a replacement string means something to JavaScript.
  await setMigration(text.replace('postgresql_using="score::integer"', () => `postgresql_using="CASE WHEN score ~ '^[0-9]+$' THEN score::integer END"`));
  const v = await waitVerdict(/committed/);
  // 'n/a' becomes NULL: a value that does not come back, so not "no data lost".
  expect(v.includes('committed: 1 step, 1 value changed'), `verdict: ${v}`);
});

await test('screenshots: desktop and phone width, light and dark', async () => {
  // The other tabs above saved their scenarios over this one's: keep this tab's.
  if (await page.locator('#keep-mine').count()) await page.click('#keep-mine');
  if (await page.locator('#kept-note button.dismiss').count()) await page.click('#kept-note button.dismiss');
  await loadPreset('Rename by drop + add (loses data)');
  await waitVerdict(/committed/);
  await page.locator('.timeline .card').nth(0).click();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(shots, `desktop-${scheme}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, `phone-${scheme}.png`), fullPage: true });
    const phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(phoneOverflow <= 0, `phone width: the page scrolls sideways by ${phoneOverflow}px`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `page scrolls sideways by ${overflow}px`);
});

await test('a panic that slips through shows a message instead of a dead page', async () => {
  const other = await context.newPage();
  await other.goto(`${base}?selftest=panic`);
  await other.waitForSelector('#panic', { timeout: 15000 });
  const msg = await other.locator('#panic').innerText();
  expect(msg.includes('internal error') && msg.includes('self-test panic') && msg.includes('reload'), `message: ${msg}`);
  await other.close();
});

await test('Content-Security-Policy: strict, enforced, and nothing in the run broke it', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
    "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    expect(policy.split(';').map((x) => x.trim()).includes(d), `policy lacks ${d}: ${policy}`);
  }
  expect(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script in index.html');
  expect(!/<style|\sstyle=/.test(html), 'no inline style in index.html');
  // Everything above ran under it: the worker (large scenarios), PGlite (Verify on
  // PostgreSQL), the embeds, every notice. No violation anywhere.
  expect(cspViolations.length === 0, `violations:\n${cspViolations.join('\n')}`);
  // And it is enforced: an injected inline script does not run, and is reported.
  const p = await context.newPage();
  await p.goto(base);
  await waitVerdictOn(p, /\w/);
  const ran = await p.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    return window.__inline === 1;
  });
  await p.waitForTimeout(200);
  expect(!ran, 'an inline script ran');
  expect(cspViolations.some((v) => v.includes('script-src')), `the blocked script was reported: ${cspViolations}`);
  cspViolations.length = 0;
  await p.close();
}, { always: true });

await test("a real project's revision and its `alembic upgrade --sql` setup run in the page as PostgreSQL ran them", async () => {
  // invenio's 55a700f897b6: module-level sa.table() objects, a Core update() across two
  // tables, op.f(); the setup is the project's own offline script up to it.
  const dir = path.join(root, 'tests/real-world/invenio');
  const script = fs.readFileSync(path.join(dir, 'upgrade.sql'), 'utf8');
  const marker = script.search(/^-- Running upgrade \S+ -> 55a700f897b6$/m);
  expect(marker > 0, 'the revision is in upgrade.sql');
  const file = fs.readdirSync(path.join(dir, 'versions')).find((f) => f.startsWith('55a700f897b6'));
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected', '55a700f897b6.json'), 'utf8')).postgres;
  expect(expected.outcome === 'committed' && expected.steps.length === 6, 'recorded: committed in 6 steps');
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitVerdict(/\w/);
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', script.slice(0, marker) + 'COMMIT;\n');
  await setMigration(fs.readFileSync(path.join(dir, 'versions', file), 'utf8'));
  const v = await waitVerdict(/committed: 6 steps/);
  expect(/committed: 6 steps/.test(v), `verdict: ${v}`);
  await shoot(page, 'real-world-invenio');
  // The same revision on the project's database as pg_dump writes it, with sample rows
  // as COPY data and pg_dump 18's \restrict lines; Verify runs that dump as psql would.
  const dump = fs.readFileSync(path.join(dir, 'dumps', '55a700f897b6.sql'), 'utf8');
  expect(/^COPY public\.name_metadata .* FROM stdin;$/m.test(dump) && /^\\restrict /m.test(dump), 'the dump has COPY data and \\restrict');
  await page.fill('#setup-editor', dump);
  const fromDump = await waitVerdict(/committed: 6 steps/);
  expect(/committed: 6 steps/.test(fromDump), `verdict from the dump: ${fromDump}`);
  await page.click('#verify');
  await page.waitForFunction(() => /PostgreSQL (agrees|differs)|PostgreSQL's own answer|Could not/.test(document.querySelector('#verify-result')?.innerText ?? ''), null, { timeout: 90000 });
  const verified = await page.locator('#verify-result').innerText();
  expect(verified.includes('PostgreSQL agrees'), `verify on the dump: ${verified}`);
});

await test('Verify on PostgreSQL loads a contrib extension the setup creates', async () => {
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', "CREATE EXTENSION IF NOT EXISTS citext;\nCREATE TABLE accounts (id integer PRIMARY KEY, email citext NOT NULL);\n"
    + "INSERT INTO accounts VALUES (1, 'Ada@Example.org'), (2, 'ada@example.org');\n");
  await setMigration('op.create_unique_constraint("uq_accounts_email", "accounts", ["email"])\n');
  const v = await waitVerdict(/rolled back/);
  expect(v.includes('23505'), `citext values equal but for case collide: ${v}`);
  await page.click('#verify');
  await page.waitForFunction(() => /PostgreSQL (agrees|differs)|PostgreSQL's own answer|Could not/.test(document.querySelector('#verify-result')?.innerText ?? ''), null, { timeout: 90000 });
  const verified = await page.locator('#verify-result').innerText();
  expect(verified.includes('PostgreSQL agrees') && verified.includes('23505'), `verify with citext: ${verified}`);
});

await test("a ckan revision that branches on ckan's own helper runs after \"Assume it is false\", as PostgreSQL ran it", async () => {
  // Every ckan revision starts `if skip_based_on_legacy_engine_version(op, __name__): return`:
  // CKAN's own function, which returned None when the recorder ran (SOURCE.md).
  const dir = path.join(root, 'tests/real-world/ckan');
  const script = fs.readFileSync(path.join(dir, 'upgrade.sql'), 'utf8');
  const marker = script.search(/^-- Running upgrade \S+ -> 86fdd8c54775$/m);
  expect(marker > 0, 'the revision is in upgrade.sql');
  const recorded = JSON.parse(fs.readFileSync(path.join(dir, 'expected', '86fdd8c54775.json'), 'utf8'));
  const steps = recorded.postgres.steps.length;
  expect(recorded.postgres.outcome === 'committed' && steps > 0, 'recorded: committed');
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitVerdict(/\w/);
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', script.slice(0, marker) + 'COMMIT;\n');
  await setMigration(fs.readFileSync(path.join(dir, 'versions', recorded.file), 'utf8'));
  const refusal = page.locator('.input-error');
  await refusal.waitFor({ timeout: 15000 });
  const text = await refusal.innerText();
  expect(text.includes('cannot tell whether `skip_based_on_legacy_engine_version(op, __name__)` is true'), `refusal: ${text}`);
  await shoot(page, 'assume-ckan-refused');
  // By keyboard: the button takes the focus and Enter presses it.
  await page.focus('button.assume-false');
  await page.keyboard.press('Enter');
  const v = await waitVerdict(new RegExp(`committed: ${steps} steps`));
  expect(v.includes(`committed: ${steps} steps`), `verdict: ${v}`);
  const stated = await page.locator('.assumptions').innerText();
  expect(stated.includes('Assuming skip_based_on_legacy_engine_version(op, __name__) is false, as you said.'), `assumptions: ${stated}`);
  await shoot(page, 'assume-ckan');
  // Kept with the input: saved, and still there after a reload.
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? 'null')?.assumptions ?? []).length === 1, null, { timeout: 5000 });
  await page.reload();
  await waitVerdictOn(page, new RegExp(`committed: ${steps} steps`));
  // Remove takes it back: the refusal again.
  await page.click('button.remove-assumption');
  await refusal.waitFor({ timeout: 15000 });
  expect(await page.locator('.assumptions:not([hidden])').count() === 0, 'the list is gone');
});

// Accessibility (issue 19): axe-core inside the page or frame (evaluated through the
// DevTools protocol, which the page's Content-Security-Policy does not govern), the
// grid's keyboard, and embeds that fit their content.
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
// Runs axe on a page or frame: throws on any serious or critical violation and prints
// the others.
async function axeCheck(target, label) {
  await target.evaluate(axeSource);
  const result = await target.evaluate(() => window.axe.run(document, { iframes: false, resultTypes: ['violations'] }));
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations.filter((x) => !grave.includes(x))) {
    console.log(`      axe (${label}, ${v.impact}): ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }
  expect(grave.length === 0, `axe (${label}):\n${grave.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n  ')}`).join('\n')}`);
}
// axe in light and in dark.
async function axeBothSchemes(p, targets, label) {
  for (const scheme of ['light', 'dark']) {
    await p.emulateMedia({ colorScheme: scheme });
    for (const [t, name] of targets()) await axeCheck(t, `${label}${name}, ${scheme}`);
  }
  await p.emulateMedia({ colorScheme: null });
}

await test('axe: the playground has no serious or critical violations, light and dark (a failing lesson, lost data, the dialog)', async () => {
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  await page.click('button[role=tab]:has-text("Grid")');
  await axeBothSchemes(page, () => [[page, '']], 'playground: a failing lesson');
  await page.click('#make-safe');
  await page.waitForSelector('.proposal');
  await axeBothSchemes(page, () => [[page, '']], 'playground: the Make it safe dialog');
  await page.keyboard.press('Escape');
  await pick(page, '3. Rename vs drop + add');
  await waitVerdict(/committed/);
  await axeBothSchemes(page, () => [[page, '']], 'playground: lost data');
});

await test('axe: the embed page and both of its playgrounds have no serious or critical violations', async () => {
  const other = await context.newPage();
  await other.setViewportSize({ width: 1200, height: 800 });
  await other.goto(`${base}embed-example.html`);
  await other.frameLocator('#embed-lesson iframe').locator('#verdict').waitFor({ timeout: 20000 });
  await other.locator('#embed-inline').scrollIntoViewIfNeeded();
  await other.frameLocator('#embed-inline iframe').locator('#verdict').waitFor({ timeout: 20000 });
  const frames = () => other.frames().filter((f) => f.url().includes('embed=1'));
  await other.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
  expect(frames().length === 2, `frames: ${frames().length}`);
  await axeBothSchemes(other, () => [[other, 'host page'], ...frames().map((f, i) => [f, ` playground ${i + 1}`])], 'embed page: ');
  await other.close();
});

await test('grid keyboard: one Tab stop per table, arrows/Home/End move, Enter edits, Escape undoes the edit', async () => {
  await pick(page, '2. The NOT NULL trap, and the two-step fix');
  await waitVerdict(/rolled back/);
  await page.click('button[role=tab]:has-text("SQL")');
  const setupBefore = await page.locator('#setup-editor').inputValue();
  await page.click('button[role=tab]:has-text("Grid")');
  const stops = await page.locator('.grid').evaluate((g) => [...g.querySelectorAll('input, button')].filter((e) => e.tabIndex >= 0 && !e.disabled).length);
  expect(stops === 2, `Tab stops in the grid (one table, one "+ row"): ${stops}`);
  const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
  // Tab from the grid's tabs lands in the table, and one more Tab leaves it.
  await page.locator('button[role=tab]:has-text("SQL")').focus();
  await page.keyboard.press('Tab');
  expect(await label() === 'applications row 1 id', `Tab into the grid: ${await label()}`);
  await page.keyboard.press('ArrowRight');
  expect(await label() === 'set applications row 1 id to NULL', `ArrowRight: ${await label()}`);
  await page.keyboard.press('ArrowRight');
  expect(await label() === 'applications row 1 name', `ArrowRight again: ${await label()}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await label() === 'applications row 3 name', `ArrowDown twice: ${await label()}`);
  await page.keyboard.press('End');
  expect(await label() === 'remove applications row 3', `End: ${await label()}`);
  await page.keyboard.press('Home');
  expect(await label() === 'applications row 3 id', `Home: ${await label()}`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await label() === 'applications row 2 name', `ArrowUp, ArrowRight ×2: ${await label()}`);
  await page.keyboard.press('Tab');
  expect(/\+ row in applications/.test(await label()), `one Tab leaves the table: ${await label()}`);
  await page.keyboard.press('Shift+Tab');
  expect(await label() === 'applications row 2 name', `Shift+Tab comes back to the same cell: ${await label()}`);
  // Enter edits in place (the arrows move the caret), Escape undoes the edit.
  const cell = page.locator('input[aria-label="applications row 2 name"]');
  const was = await cell.inputValue();
  await page.keyboard.press('Enter');
  expect(await cell.getAttribute('data-editing') !== null, 'Enter starts an edit');
  await page.keyboard.type(' Jr');
  await page.keyboard.press('ArrowLeft');
  expect(await label() === 'applications row 2 name', `ArrowLeft while editing stays in the cell: ${await label()}`);
  expect(await cell.inputValue() === `${was} Jr`, `typed: ${await cell.inputValue()}`);
  await page.keyboard.press('Escape');
  expect(await cell.inputValue() === was, `Escape undoes: ${await cell.inputValue()}`);
  expect(await cell.getAttribute('data-editing') === null, 'Escape ends the edit');
  await page.keyboard.press('ArrowDown');
  expect(await label() === 'applications row 3 name', `after Escape the arrows move again: ${await label()}`);
  // Typing starts an edit too; Escape undoes that as well; leaving applies nothing.
  await page.keyboard.type('Z');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(400);
  await page.click('button[role=tab]:has-text("SQL")');
  expect(await page.locator('#setup-editor').inputValue() === setupBefore, 'the undone edits changed nothing');
  // F2 edits, Enter applies.
  await page.click('button[role=tab]:has-text("Grid")');
  await page.locator('input[aria-label="applications row 1 name"]').focus();
  await page.keyboard.press('F2');
  await page.keyboard.type(' II');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  await page.click('button[role=tab]:has-text("SQL")');
  expect((await page.locator('#setup-editor').inputValue()).includes("'Ada Lovelace II'"), 'Enter applied the edit');
  await page.click('button[role=tab]:has-text("Grid")');
  await page.click('#reset-lesson');
});

// A host page of our own (served at this origin): the same lesson twice, one of them
// editable, and a frame that is not a playground.
const embedHost = `${base}a11y-embed-host.html`;
await context.route(embedHost, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>embed host</title><script src="embed.js" defer></script></head>
<body><main><h1>Two of the same lesson</h1>
<div id="a" data-rehearse data-lesson="02-not-null-trap" data-readonly data-height="700"></div>
<div id="b" data-rehearse data-lesson="02-not-null-trap" data-height="700"></div>
<iframe id="stranger" title="not a playground" srcdoc="<p>hi</p>"></iframe></main></body></html>` }));

await test('embeds fit their content: a reserved placeholder, then the height the playground reports; other senders are ignored', async () => {
  const other = await context.newPage();
  await other.setViewportSize({ width: 1200, height: 800 });
  await other.goto(`${base}embed-example.html`);
  // The second block is not loaded yet, but already holds its space (no jump later).
  await other.waitForFunction(() => document.querySelector('#embed-inline').offsetHeight >= 620);
  expect(await other.locator('#embed-inline iframe').count() === 0, 'the second playground is not loaded yet');
  const frameBox = (sel) => other.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, sel);
  await other.waitForFunction(() => document.querySelector('#embed-lesson iframe')?.dataset.fitted === '1', null, { timeout: 20000 });
  const frame = other.frames().find((f) => f.url().includes('lesson=02'));
  await frame.waitForSelector('#verdict');
  const fits = async () => {
    const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const outer = await frameBox('#embed-lesson iframe');
    return [inner, outer];
  };
  await other.waitForFunction(() => true);
  let [inner, outer] = await fits();
  expect(Math.abs(outer - (inner + 2)) <= 1, `the frame is as tall as its content: frame ${outer}, content ${inner}`);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1), 'nothing scrolls inside the frame');
  // The content grows: the frame follows.
  await frame.evaluate(() => { const d = document.createElement('div'); d.id = 'grow'; d.style.height = '400px'; document.body.append(d); });
  await other.waitForFunction((h) => document.querySelector('#embed-lesson iframe').getBoundingClientRect().height >= h + 399, outer, { timeout: 5000 });
  await frame.evaluate(() => document.getElementById('grow').remove());
  await other.waitForFunction((h) => Math.abs(document.querySelector('#embed-lesson iframe').getBoundingClientRect().height - h) <= 1, outer, { timeout: 5000 });
  // A height message from anyone but that frame (the page itself; another frame of the
  // same origin) changes nothing.
  await other.evaluate(() => window.postMessage({ type: 'rehearse:height', version: 1, height: 250 }, '*'));
  const stranger = await other.evaluate(() => {
    const f = document.createElement('iframe');
    f.srcdoc = '<p>x</p>';
    f.title = 'stranger';
    document.body.append(f);
    return new Promise((r) => { f.onload = () => { f.contentWindow.eval("parent.postMessage({ type: 'rehearse:height', version: 1, height: 250 }, '*')"); r(true); }; });
  });
  // A message in another version is not this one's either.
  await frame.evaluate(() => parent.postMessage({ type: 'rehearse:height', version: 2, height: 250 }, '*'));
  await other.waitForTimeout(300);
  expect(stranger && Math.abs(await frameBox('#embed-lesson iframe') - outer) <= 1, `other senders were ignored: ${await frameBox('#embed-lesson iframe')} vs ${outer}`);
  // Then the playground's own message is believed again.
  await frame.evaluate(() => parent.postMessage({ type: 'rehearse:height', version: 1, height: 300 }, '*'));
  await other.waitForFunction(() => Math.abs(document.querySelector('#embed-lesson iframe').getBoundingClientRect().height - 302) <= 1, null, { timeout: 3000 });
  // At phone width the frame grows with the stacked layout, the verdict inside it.
  await other.setViewportSize({ width: 390, height: 844 });
  await frame.evaluate(() => window.dispatchEvent(new Event('resize')));
  await other.waitForFunction(() => document.querySelector('#embed-lesson iframe').getBoundingClientRect().height > 900, null, { timeout: 5000 });
  [inner, outer] = await fits();
  expect(Math.abs(outer - (inner + 2)) <= 1, `phone: frame ${outer}, content ${inner}`);
  await shoot(other, 'embed-fitted');
  await other.close();
});

await test('lesson embeds: the lesson text, its sample data, the header folded; read-only is read-only; titles are unique', async () => {
  const other = await context.newPage();
  await other.setViewportSize({ width: 1200, height: 900 });
  await other.goto(embedHost);
  await other.frameLocator('#a iframe').locator('#verdict').waitFor({ timeout: 20000 });
  await other.locator('#b').scrollIntoViewIfNeeded();
  await other.frameLocator('#b iframe').locator('#verdict').waitFor({ timeout: 20000 });
  const ro = other.frameLocator('#a iframe');
  const rw = other.frameLocator('#b iframe');
  for (const f of [ro, rw]) {
    expect((await f.locator('#embed-lesson h2').innerText()).includes('NOT NULL trap'), 'the lesson title');
    expect((await f.locator('#embed-lesson').innerText()).length > 200, 'the lesson text');
    const fold = await f.locator('#folded-head summary').innerText();
    expect(/^Lines 1–14: the revision's header/.test(fold), `folded: ${fold}`);
    expect((await f.locator('#migration-editor').inputValue()).startsWith('def upgrade():'), 'the editor starts at upgrade()');
    expect((await f.locator('.gutter').innerText()).trimStart().startsWith('15'), 'numbered from the real line');
    expect(await f.locator('.ln-marked').innerText() === '16', 'the failing line keeps its number');
  }
  // Read-only: the sample data as tables, nothing that changes the scenario.
  expect(await ro.locator('#sample-data table').count() === 1, 'the read-only embed shows the sample data');
  expect((await ro.locator('#sample-data').innerText()).includes('Grace Hopper'), 'with its rows');
  expect(await ro.locator('#make-safe').isDisabled(), 'Make it safe is disabled');
  expect(await ro.locator('#read-only-note').isVisible(), 'and says why');
  expect(await ro.locator('#kind').isDisabled() && await ro.locator('#check-downgrade').isDisabled(), 'read-as and check downgrade are disabled');
  expect(await ro.locator('#migration-editor').getAttribute('readonly') !== null, 'the editor is read-only');
  expect(await ro.locator('#reset-lesson').count() === 0, 'nothing to reset');
  // Editable: the grid, Make it safe, and Reset to lesson; an edit keeps the header.
  expect(await rw.locator('.grid table').count() === 1, 'the editable embed has the grid');
  await rw.locator('#make-safe').click();
  await rw.locator('#apply-fix').click();
  const rwFrame = other.frames().filter((f) => f.url().includes('lesson=02')).find((f) => !f.url().includes('readonly'));
  await rwFrame.waitForFunction(() => /committed/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  await rw.locator('#reset-lesson').click();
  await rwFrame.waitForFunction(() => /23502/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  expect((await rw.locator('#migration-editor').inputValue()).startsWith('def upgrade():'), 'reset: folded again');
  await rw.locator('#migration-editor').fill('def upgrade():\n    op.add_column("applications", sa.Column("note", sa.Text()))\n');
  await rwFrame.waitForFunction(() => /committed: 1 step/.test(document.querySelector('#verdict')?.innerText ?? ''), null, { timeout: 15000 });
  // Unique titles, the lesson's own.
  await other.waitForFunction(() => [...document.querySelectorAll('[data-rehearse] iframe')].every((f) => f.title.includes('NOT NULL')), null, { timeout: 5000 });
  const titles = await other.evaluate(() => [...document.querySelectorAll('[data-rehearse] iframe')].map((f) => f.title));
  expect(titles[0] === 'Rehearse playground: 2. The NOT NULL trap, and the two-step fix'
    && titles[1] === 'Rehearse playground: 2. The NOT NULL trap, and the two-step fix (2)', `titles: ${titles}`);
  await other.screenshot({ path: path.join(shots, 'embed-lessons-full.png'), fullPage: true });
  await other.close();
});

// The verdict on the first screen (issue 19). Waits for the run of the scenario shown.
async function waitRun(p) {
  await p.waitForFunction(() => {
    const app = document.querySelector('.app');
    return app && app.dataset.ran === app.dataset.revision && document.querySelector('#verdict, .input-error');
  }, null, { timeout: 20000 });
}
// What a page shows about lost data, read from the full results (not the bar), and the
// colours the verdict, the bar and the lossy step cards are drawn in.
const lossColours = (p) => p.evaluate(() => {
  const hex = getComputedStyle(document.documentElement).getPropertyValue('--ok').trim();
  const n = parseInt(hex.slice(1), 16);
  const ok = `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
  const verdict = document.querySelector('#verdict')?.innerText ?? '';
  // Each element judged on what it reports: the upgrade's verdict on its own words,
  // the bar on those and the downgrade's round trip, a step card on its lost badge.
  const verdictLossy = /\d+ values? (lost|changed)/.test(verdict) && !/no data lost/.test(verdict);
  const roundTripLossy = document.querySelector('#round-trip li.lost') !== null;
  const colour = (e) => e && getComputedStyle(e).color;
  const shown = [
    ['#verdict', colour(document.querySelector('#verdict')), verdictLossy],
    ['verdict bar', colour(document.querySelector('#verdict-bar .verdict-bar-button')), verdictLossy || roundTripLossy],
    ...[...document.querySelectorAll('.card')].filter((c) => c.querySelector('.lost-badge'))
      .map((c, i) => [`lossy card ${i + 1} badge`, colour(c.querySelector('.badge')), true]),
  ];
  const lossy = shown.some(([, , l]) => l);
  return { ok, lossy, shown, bar: document.querySelector('#verdict-bar')?.innerText ?? '' };
});

await test('every lesson at 1280×720 and 390×844: the verdict bar is on the first screen, lost data is never in the success colour (screenshots)', async () => {
  const titles = (await page.locator('#preset option').allTextContents()).filter((t) => /^\d+\./.test(t));
  const lessonDirs = fs.readdirSync(path.join(root, 'lessons')).filter((d) => /^\d\d-/.test(d));
  expect(titles.length === lessonDirs.length, `lessons in the picker: ${titles.length}, in lessons/: ${lessonDirs.length}`);
  const size = page.viewportSize();
  // As a first visit sees it: light, the sample data as a grid.
  await page.emulateMedia({ colorScheme: 'light' });
  const gridTab = page.locator('.setup [role=tab]:has-text("Grid")');
  if (await gridTab.getAttribute('aria-selected') !== 'true') await gridTab.click();
  try {
    for (const [w, h, tag] of [[1280, 720, 'desktop'], [390, 844, 'phone']]) {
      await page.setViewportSize({ width: w, height: h });
      for (const title of titles) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await pick(page, title);
        await page.waitForFunction((t) => document.querySelector('#lesson h2')?.innerText === t, title, { timeout: 5000 });
        await waitRun(page);
        const nn = title.match(/^(\d+)/)[1].padStart(2, '0');
        await page.screenshot({ path: path.join(shots, `lesson-${nn}-${tag}.png`) });
        const scrolled = await page.evaluate(() => window.scrollY);
        const box = await page.locator('#verdict-bar').boundingBox();
        expect(scrolled === 0 && box && box.y >= 0 && box.x >= 0 && box.y + box.height <= h && box.x + box.width <= w,
          `${title} at ${w}×${h}: the verdict bar is at ${JSON.stringify(box)} (page scrolled ${scrolled}px)`);
        const c = await lossColours(page);
        const green = c.shown.filter(([, col, l]) => l && col === c.ok).map(([what]) => what);
        if (c.lossy) {
          expect(green.length === 0, `${title}: lost data shown in the success colour (${c.ok}): ${green.join(', ')}`);
          expect(/DATA LOST|FAILED/.test(c.bar), `${title}: the bar marks the loss in words: ${c.bar}`);
        }
        const verdictText = await verdict();
        const barText = await page.locator('#verdict-bar .verdict-text').innerText();
        expect(barText.startsWith(verdictText.slice(0, 40)), `${title}: the bar says the verdict: ${barText} / ${verdictText}`);
      }
    }
  } finally {
    await page.setViewportSize(size);
  }
});

await test('the verdict bar jumps to the step it is about', async () => {
  await pick(page, '3. Rename vs drop + add');
  await waitVerdict(/3 values lost/);
  await page.locator('.timeline .card').nth(0).click();
  await page.click('#verdict-bar button');
  await page.waitForFunction(() => /^Step 2 /.test(document.querySelector('.results .detail h3')?.innerText ?? ''), null, { timeout: 5000 });
  const box = await page.locator('.results .detail').boundingBox();
  const h = page.viewportSize().height;
  expect(box && box.y < h && box.y + box.height > 0, `the step detail is in view: ${JSON.stringify(box)}`);
});

await test('lesson 4: the grid marks the failing row and cell; the BEFORE box shows the column the error names', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await pick(page, '4. Type changes that fail on real data');
  await waitVerdict(/rolled back.*22P02/);
  if (await page.locator('.setup [role=tab]:has-text("Grid")').getAttribute('aria-selected') !== 'true') await page.click('.setup [role=tab]:has-text("Grid")');
  const row = page.locator('.grid tr.failing');
  expect(await row.count() === 1, `failing rows marked in the grid: ${await row.count()}`);
  const described = await row.getAttribute('aria-description');
  expect(/22P02/.test(described ?? ''), `the row's description: ${described}`);
  const cell = await row.locator('td.failing-cell input').inputValue();
  expect(cell === 'n/a', `the marked cell holds the value the error quotes: ${cell}`);
  const cellInView = await row.locator('td.failing-cell').evaluate((td) => {
    const box = td.closest('.scroll').getBoundingClientRect();
    const r = td.getBoundingClientRect();
    return r.left >= box.left - 1 && r.right <= box.right + 1;
  });
  expect(cellInView, 'the grid scrolls the failing cell into sight');
  const mark = await row.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content);
  expect(mark.includes('✗'), `a sign before the row, not colour alone: ${mark}`);
  // The failing step's BEFORE box: the named column scrolled into view beside the pinned key.
  const failing = await page.locator('.results .detail tr.failing').count();
  expect(failing >= 1, 'the BEFORE table marks the failing row');
  const inView = await page.locator('.results .detail th.failing-col').first().evaluate((th) => {
    const box = th.closest('.scroll').getBoundingClientRect();
    const r = th.getBoundingClientRect();
    return r.left >= box.left - 1 && r.right <= box.right + 1;
  });
  expect(inView, 'the column the error names is in sight in the BEFORE box');
});

await test('lesson 1: the added column is in sight in the AFTER box', async () => {
  await pick(page, '1. Adding a nullable column');
  await waitVerdict(/committed/);
  const inView = await page.locator('.results .detail th.added').first().evaluate((th) => {
    const box = th.closest('.scroll').getBoundingClientRect();
    const r = th.getBoundingClientRect();
    return r.left >= box.left - 1 && r.right <= box.right + 1;
  });
  expect(inView, 'the added column is scrolled into view');
});

await test('a lesson opens its revision at the top of the editor', async () => {
  await pick(page, '8. Does the downgrade really undo it?');
  await waitRun(page);
  await page.locator('#migration-editor').evaluate((a) => { a.scrollTop = a.scrollHeight; });
  expect(await page.locator('#migration-editor').evaluate((a) => a.scrollTop) > 0, 'the revision is long enough to scroll');
  await page.click('#next-lesson');
  await page.waitForFunction(() => /^9\./.test(document.querySelector('#lesson h2')?.innerText ?? ''), null, { timeout: 5000 });
  const top = await page.locator('#migration-editor').evaluate((a) => a.scrollTop);
  expect(top === 0, `the editor is at its top: ${top}`);
});

await test('larger text for projectors: a toggle, kept across reloads, the verdict still on the first screen', async () => {
  const size = page.viewportSize();
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await pick(page, '3. Rename vs drop + add');
    await waitRun(page);
    const before = await page.locator('#verdict-bar').evaluate((e) => e.getBoundingClientRect().height);
    await page.click('#large-text');
    expect(await page.locator('#large-text').getAttribute('aria-pressed') === 'true', 'pressed');
    await page.reload();
    await waitRun(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text')), 'kept across a reload');
    const after = await page.locator('#verdict-bar').evaluate((e) => e.getBoundingClientRect().height);
    expect(after > before, `the text is larger: bar ${before}px → ${after}px`);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.locator('#verdict-bar').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720, `larger text: the verdict bar at ${JSON.stringify(box)}`);
    await page.screenshot({ path: path.join(shots, 'lesson-03-desktop-larger-text.png') });
    await page.click('#large-text');
    expect(!(await page.evaluate(() => document.documentElement.classList.contains('large-text'))), 'off again');
  } finally {
    await page.setViewportSize(size);
  }
});

// The engineer's screen (issue 19): a wide editor, rows in key order, the missing table
// added in one click, Generate chained to the editor's revision, Copied, plurals.
async function atDesktop(body) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 720 });
  try { await body(); } finally { await page.setViewportSize(size); }
}
// The first column's texts of a drawn table (a grid's inputs, or a table view's cells).
const firstColumn = (selector) => page.locator(selector).evaluate((t) => [...t.querySelectorAll('tbody tr')]
  .map((tr) => { const c = tr.querySelector('td'); return c?.querySelector('input')?.value ?? c?.innerText ?? ''; }));

await test('engineer: at 1280×720 the migration editor is wide and operation lines are not clipped', async () => {
  await atDesktop(async () => {
    // The default example, then a revision whose longest line is 86 characters (as long
    // as autogenerate's alter_column lines with an existing_type run).
    const long = "    op.alter_column('applications', 'status', existing_type=sa.Text(), nullable=False)";
    for (const title of ['The NOT NULL trap', 'an 86-character operation']) {
      if (title.startsWith('an ')) await setMigration(`from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n${long}\n`);
      else await pick(page, title);
      await page.waitForFunction(() => document.querySelector('#verdict'));
      const box = await page.locator('#migration-editor').evaluate((t) => ({
        width: t.clientWidth, scroll: t.scrollWidth,
        longest: Math.max(...t.value.split('\n').filter((l) => l.includes('op.')).map((l) => l.length)),
      }));
      expect(box.scroll <= box.width + 1, `${title}: the longest operation line (${box.longest} characters) is clipped: ${box.scroll} > ${box.width}`);
      expect(box.width >= 560, `${title}: editor ${box.width}px wide`);
      const results = await page.locator('section.results').evaluate((r) => r.getBoundingClientRect().width);
      expect(results >= 440, `${title}: results ${results}px wide`);
    }
    await page.screenshot({ path: path.join(shots, 'engineer-wide-editor-1280.png') });
  });
});

await test('engineer: ids sort as numbers in the grid and the before/after tables; of 5,000 rows the first 200 by key are drawn', async () => {
  await atDesktop(async () => {
    await page.click('button[role=tab]:has-text("SQL")');
    await page.fill('#setup-editor', "CREATE TABLE t (id integer PRIMARY KEY, name text);\nINSERT INTO t SELECT g, 'n' || g FROM generate_series(1, 5000) g;\nCREATE TABLE m (price numeric, at date);\nINSERT INTO m VALUES (10, '2024-01-02'), (NULL, '2024-01-01'), (9.5, '2023-12-31'), (100, NULL);\n");
    await page.selectOption('#kind', 'sql');
    await setMigration('ALTER TABLE t ADD COLUMN note text;\nUPDATE m SET at = at + 1;\n');
    await waitVerdict(/committed: 2 steps/);
    await page.click('button[role=tab]:has-text("Grid")');
    const grid = await firstColumn('table[aria-label="t sample rows"]');
    expect(grid.length === 200 && grid.slice(0, 4).join() === '1,2,3,4' && grid[199] === '200', `grid ids: ${grid.slice(0, 12).join(', ')} … ${grid[199]}`);
    const prices = await firstColumn('table[aria-label="m sample rows"]');
    expect(prices.join('|') === '9.5|10|100|', `prices in the grid, NULL last: ${prices.join('|')}`);
    await page.locator('.timeline .card').nth(0).click();
    for (const caption of ['before', 'after']) {
      const ids = await firstColumn(`table[aria-label="t ${caption}"]`);
      expect(ids.slice(0, 4).join() === '1,2,3,4' && ids[9] === '10' && ids[199] === '200', `${caption}: ${ids.slice(0, 12).join(', ')}`);
    }
    await page.locator('.timeline .card').nth(1).click();
    const after = await firstColumn('table[aria-label="m after"]');
    expect(after.join('|') === '9.5|10|100|NULL', `m after, by value, NULL last: ${after.join('|')}`);
    await page.screenshot({ path: path.join(shots, 'engineer-sorted-1280.png') });
  });
});

await test('engineer: a revision naming a table the sample data lacks offers to add it, says what it guessed, and Undo puts the setup back', async () => {
  await atDesktop(async () => {
    const setup = 'CREATE TABLE customers (id integer PRIMARY KEY, name text);\n';
    await page.click('button[role=tab]:has-text("SQL")');
    await page.fill('#setup-editor', setup);
    await page.selectOption('#kind', 'alembic');
    await setMigration("from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'a1'\ndown_revision = None\n\ndef upgrade():\n    op.add_column('orders', sa.Column('note', sa.Text(), nullable=True))\n    op.alter_column('orders', 'status', existing_type=sa.String(length=20), nullable=False)\n    op.create_index('ix_orders_customer_id', 'orders', ['customer_id'])\n");
    const failed = await waitVerdict(/rolled back/);
    expect(failed.includes('42P01'), `verdict: ${failed}`);
    const offer = await page.locator('#missing-table').innerText();
    expect(offer.includes('no table "orders"'), `offer: ${offer}`);
    await page.click('#add-missing-table');
    const v = await waitVerdict(/committed/);
    expect(v.includes('committed: 3 steps'), `verdict after adding: ${v}`);
    const note = await page.locator('#generated-note').innerText();
    expect(note.includes('Added table "orders"') && note.includes('status (altered) as text') && note.includes('customer_id (indexed) as integer'), `note: ${note}`);
    const sql = await page.locator('#setup-editor').inputValue();
    expect(sql.startsWith(setup) && sql.includes('CREATE TABLE orders') && !sql.includes('note text'), `setup: ${sql}`);
    expect(await page.locator('#missing-table').count() === 0, 'the offer is gone once the table is there');
    await page.screenshot({ path: path.join(shots, 'engineer-missing-table-1280.png') });
    await page.click('#undo');
    await waitVerdict(/rolled back/);
    expect(await page.locator('#setup-editor').inputValue() === setup, 'Undo puts the setup back exactly');
  });
});

await test('engineer: Generate migration chains down_revision to the revision in the editor', async () => {
  await loadPreset('Rename by drop + add (loses data)');
  await waitVerdict(/lost/);
  await page.selectOption('#kind', 'alembic');
  await setMigration("from alembic import op\n\nrevision = 'c0ffee01'\ndown_revision = None\n\ndef upgrade():\n    pass\n");
  await page.click('#tab-model');
  const model = await page.locator('#model-editor').inputValue();
  await page.fill('#model-editor', model.replace('\n    name: Mapped', '\n    business_name: Mapped'));
  await page.click('#generate-migration');
  await page.waitForSelector('#generated-note');
  const revision = await page.locator('#migration-editor').inputValue();
  expect(revision.includes('Revises: c0ffee01\n') && revision.includes("down_revision: Union[str, Sequence[str], None] = 'c0ffee01'\n"), `generated: ${revision.slice(0, 500)}`);
});

await test('engineer: Copy link says Copied, and one of a thing is singular', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', "CREATE TABLE t (id integer PRIMARY KEY, a text);\nINSERT INTO t VALUES (1, 'x');\n");
  await page.selectOption('#kind', 'sql');
  await setMigration('ALTER TABLE t DROP COLUMN a;\n');
  const v = await waitVerdict(/committed/);
  expect(v.includes('committed: 1 step, 1 value lost'), `verdict: ${v}`);
  const text = await page.locator('body').innerText();
  const wrong = text.match(/\b1 (values|steps|rows|operations)\b/);
  expect(!wrong, `a plural for one: "${wrong?.[0]}"`);
  expect(await page.locator('#copy-status').getAttribute('aria-live') === 'polite', 'the status is a live region');
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('#copy-status')?.innerText === 'Copied', null, { timeout: 5000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied === await page.locator('#share-link').inputValue(), `clipboard: ${copied.slice(0, 80)}`);
  await setMigration('ALTER TABLE t DROP COLUMN a;\n-- edited\n');
  await page.waitForFunction(() => document.querySelector('#copy-status')?.innerText === '', null, { timeout: 5000 });
});

await test('lesson 12: the lock queue of the slow report query, as a chart and a table', async () => {
  await pick(page, '12. One slow report query takes the site down');
  await waitVerdict(/committed/);
  await page.locator('.timeline .card').nth(0).click();
  const queue = page.locator('.lock-queue');
  await queue.waitFor({ timeout: 10000 });
  const text = await queue.innerText();
  expect(text.includes('3600 application queries waited behind it; the longest stall: 29991 ms'), `queue: ${text.slice(0, 400)}`);
  // The chart: the migration's row first, its wait in the loss colour.
  expect((await page.locator('.lq-chart .lq-label').first().textContent()) === 'migration', 'the migration row first');
  expect((await page.locator('.lq-chart rect.lq-wait').count()) > 1, 'waits drawn');
  // The table alternative lists the same intervals.
  await page.locator('.lq-table summary').click();
  const row = await page.locator('.lq-table tbody tr').first().innerText();
  expect(row.includes('migration') && row.includes('waiting') && row.includes('orders (ACCESS EXCLUSIVE)'), `row: ${row}`);
  await queue.screenshot({ path: path.join(shots, 'lock-queue.png') });
});

await test('lesson 12 with CONCURRENTLY: the build waits for the report query, and nobody waits behind it', async () => {
  await pick(page, '12. One slow report query takes the site down');
  await waitVerdict(/committed/);
  await setMigration('COMMIT;\nCREATE INDEX CONCURRENTLY orders_customer ON orders (customer_id);\n');
  await waitVerdict(/committed: 2 steps/);
  await page.locator('.timeline .card').nth(1).click();
  const queue = page.locator('.lock-queue');
  await queue.waitFor({ timeout: 10000 });
  const text = await queue.innerText();
  expect(text.includes('no application query waited'), `queue: ${text.slice(0, 400)}`);
  expect(text.includes('waiting for older transactions to end'), `queue: ${text.slice(0, 400)}`);
  await page.locator('.lq-table summary').click();
  const rows = await page.locator('.lq-table tbody').innerText();
  expect(rows.includes('transactions with a snapshot older than its validation scan'), `rows: ${rows.slice(0, 400)}`);
  await queue.screenshot({ path: path.join(shots, 'lock-queue-concurrently.png') });
});

await test('production size: the form under the sample grid gives each step its estimated time, kept by the autosave', async () => {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitVerdict(/\w/);
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', 'CREATE TABLE users (id bigint PRIMARY KEY, email text, score int);\n'
    + 'CREATE INDEX users_score ON users (score);\n'
    + "INSERT INTO users VALUES (1, 'a@x', 1), (2, 'b@x', 2);\n");
  await setMigration('ALTER TABLE users ALTER COLUMN score TYPE bigint;\nALTER TABLE users ADD COLUMN note text;\n');
  await waitVerdict(/committed/);
  expect(await page.locator('.card .estimate').count() === 0, 'no estimate before a size is given');
  await page.click('button[role=tab]:has-text("Grid")');
  const form = page.locator('details.production-size');
  await form.locator('summary').click();
  await page.fill('input[aria-label="users rows in production"]', '1,000,000');
  await page.press('input[aria-label="users rows in production"]', 'Tab');
  await page.waitForFunction(() => document.querySelectorAll('.card .estimate').length === 2, null, { timeout: 15000 });
  const first = await page.locator('.card .estimate').first().innerText();
  expect(/^≈ [0-9.]+–[0-9.]+ s at 1,000,000 rows \(rewrite \+ 1 more index\)$/.test(first), `the rewrite's estimate: ${first}`);
  const second = await page.locator('.card .estimate').nth(1).innerText();
  expect(second.includes('catalog only'), `the catalog step's estimate: ${second}`);
  await shoot(page, 'production-size');
  // A width that does not read is said, and changes nothing.
  await page.fill('input[aria-label="users bytes per row"]', 'wide');
  await page.press('input[aria-label="users bytes per row"]', 'Tab');
  const error = await form.locator('.error').innerText();
  expect(error.includes('width: expected a whole number'), `error: ${error}`);
  // Kept by the autosave.
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? 'null')?.production ?? []).length === 1, null, { timeout: 5000 });
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.card .estimate').length === 2, null, { timeout: 30000 });
});

await test('production size: the stats query\'s output pasted sets the sizes, kept by the autosave and the share link', async () => {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitVerdict(/\w/);
  await page.click('button[role=tab]:has-text("SQL")');
  await page.fill('#setup-editor', 'CREATE TABLE users (id bigint PRIMARY KEY, email text, score int);\n'
    + "INSERT INTO users VALUES (1, 'a@x', 1), (2, 'b@x', 2);\n");
  await setMigration('ALTER TABLE users ALTER COLUMN score TYPE bigint;\n');
  await waitVerdict(/committed/);
  await page.click('button[role=tab]:has-text("Grid")');
  const form = page.locator('details.production-size');
  await form.locator('summary').click();
  const query = await form.locator('.stats-query').innerText();
  expect(query.includes('pg_relation_size(c.oid) AS heap_bytes'), `the query shown: ${query}`);
  // A table never analysed is refused where it is, and nothing changes.
  await page.fill('textarea[aria-label="stats query output"]', 'relname,reltuples\nusers,-1\n');
  await page.click('button:has-text("Use these sizes")');
  const error = await form.locator('.stats-paste .error').innerText();
  expect(error.startsWith('line 2, column 7: `users` was never analysed'), `error: ${error}`);
  expect(await page.locator('.card .estimate').count() === 0, 'no estimate from a refused paste');
  // psql's aligned output, with a table the setup does not have.
  await page.fill('textarea[aria-label="stats query output"]', ' relname | reltuples | heap_bytes | total_bytes\n'
    + '---------+-----------+------------+-------------\n'
    + ' audit   |       900 |      90000 |      100000\n'
    + ' users   |   2000000 |  240000000 |   300000000\n'
    + '(2 rows)\n');
  await page.click('button:has-text("Use these sizes")');
  const note = await form.locator('.stats-paste .note').innerText();
  expect(note === 'read the size of users (audit is not in the setup)', `note: ${note}`);
  await page.waitForFunction(() => document.querySelectorAll('.card .estimate').length === 1, null, { timeout: 15000 });
  const estimate = await page.locator('.card .estimate').first().innerText();
  expect(/^≈ [0-9.]+–[0-9.]+ s at 2,000,000 rows \(rewrite\)$/.test(estimate), `estimate: ${estimate}`);
  expect(await page.locator('input[aria-label="users rows in production"]').inputValue() === '2000000', 'the form shows the pasted rows');
  expect(await page.locator('input[aria-label="users bytes per row"]').inputValue() === '120', 'and the width, heap bytes / rows');
  await shoot(page, 'production-size-pasted');
  // Kept by the autosave (only the setup's table) and carried by the share link.
  await page.waitForFunction(() => JSON.stringify(JSON.parse(localStorage.getItem('rehearse.scenario.v1') ?? 'null')?.production)
    === '[{"table":"users","rows":2000000,"width":120}]', null, { timeout: 5000 });
  await page.click('#copy-link');
  const link = await page.locator('#share-link').inputValue();
  const p = await context.newPage();
  await p.goto(link);
  await p.waitForFunction(() => [...document.querySelectorAll('.card .estimate')].some((e) => e.innerText.includes('2,000,000 rows')), null, { timeout: 30000 });
  await p.close();
});

await test('no errors in the console', async () => {
  expect(consoleErrors.length === 0, consoleErrors.join('\n'));
}, { always: true });

await context.close();
server.close();
const failed = results.filter(([, e]) => e).length;
console.log(`\ne2e: ${results.length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
