// The JavaScript API's parity check in Debian's Chromium (playwright-core): the same
// script as parity.mjs, in a page importing PGlite's browser build and the built
// package over http on 127.0.0.1.
//
//   crates/rehearse-wasm/build-js.sh && node tests/js-api/browser.mjs [package-dir]
//
// Serves /            browser.html      /script.mjs   the shared script
//        /pkg/...     target/js-api     /pglite/...   PGlite's dist folder
// Prints the page's summary (`js-api (Chromium): N statements, all equal`); exits 1 on
// any difference, page error or console error.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(process.argv[2] ?? path.join(here, '../../target/js-api'));
const pglite = path.join(here, 'node_modules/@electric-sql/pglite/dist');

const mounts = [
  ['/pkg/', pkg],
  ['/pglite/', pglite],
  ['/', here],
];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const pathname = decodeURIComponent(url.pathname === '/' ? '/browser.html' : url.pathname);
  const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p));
  const file = path.join(dir, pathname.slice(prefix.length));
  if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    console.log(`404 ${req.url}`);
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-js-api-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let status = 1;
try {
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    else if (m.text().startsWith('DIFF')) console.log(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(base);
  await page.waitForFunction(() => window.parity !== undefined, null, { timeout: 120000 });
  const parity = await page.evaluate(() => window.parity);
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1]));
  if (parity.error) {
    console.log(`js-api (Chromium): the page failed: ${parity.error}`);
  } else {
    console.log(`${parity.summary.replace('js-api:', 'js-api (Chromium):')} (Chromium ${version})`);
    if (parity.report.outcome !== 'rolled_back' || parity.report.sqlstate !== '23502') {
      problems.push(`run(): expected a 23502 rollback, got ${JSON.stringify(parity.report)}`);
    }
    for (const p of problems) console.log(`FAIL  ${p}`);
    status = parity.differences.length === 0 && problems.length === 0 ? 0 : 1;
  }
} finally {
  await context.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
