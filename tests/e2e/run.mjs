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
async function waitVerdict(re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#verdict')?.innerText ?? ''), re.source, { timeout: 15000 });
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
  await page.fill('#drift-editor', '');
  await page.waitForFunction(() => !document.querySelector('#drift-result'), null, { timeout: 5000 });
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

await test('no errors in the console', async () => {
  expect(consoleErrors.length === 0, consoleErrors.join('\n'));
}, { always: true });

await context.close();
server.close();
const failed = results.filter(([, e]) => e).length;
console.log(`\ne2e: ${results.length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
