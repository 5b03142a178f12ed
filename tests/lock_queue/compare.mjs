// Checks the lock-queue simulation against a real PostgreSQL: for each case folder
// (setup.sql, migration.sql, traffic.sql: the deployed code's queries with their
// annotations, in the simulation's time), plays the same schedule on Debian's
// PostgreSQL 15, one psql connection per query and one for the migration, while a
// monitor connection samples pg_stat_activity (wait_event_type = 'Lock') and
// pg_blocking_pids every 10 ms. It compares what PostgreSQL did — who waited on whom,
// in which order the waits ended, which connection hit lock_timeout — with the case's
// expected.json (`--record` writes it from PostgreSQL). The simulation is checked
// against the same expected.json by crates/rehearse-core/tests/lock_queue.rs.
//
// The migration's `rehearse: retry N after D` directive is played too: compare.mjs
// reruns the migration (a new connection, as a deploy tool does) D after a lock
// timeout, and every attempt's error is listed.
//
// Usage: node tests/lock_queue/compare.mjs [--record] [case-dir ...]
// Time is scaled: the migration starts OFFSET ms after every connection opened.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";
const OFFSET = 500;
const args = process.argv.slice(2);
const record = args.includes("--record");
const caseDirs = args.filter((a) => !a.startsWith("--"));
const cases = caseDirs.length
  ? caseDirs
  : fs.readdirSync(here).map((d) => path.join(here, d)).filter((d) => fs.existsSync(path.join(d, "traffic.sql")));

// --- annotations, as crates/rehearse-core/src/lock_queue reads them -------------
function ms(text) {
  const m = /^\s*([\d.]+)\s*(ms|s|min)\s*$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * { ms: 1, s: 1000, min: 60000 }[m[2]];
}

function traffic(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const m = /^(.*;)\s*--\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, sql, note] = m;
    let t;
    if ((t = /^already running for (.*)$/.exec(note))) out.push({ sql, start: 0, end: OFFSET + ms(t[1]) });
    else if ((t = /^at ([^,]*), takes (.*)$/.exec(note))) out.push({ sql, start: OFFSET + ms(t[1]), takes: ms(t[2]) });
    else throw new Error(`compare.mjs plays only \`already running for\` and \`at ..., takes ...\`: ${note}`);
  }
  return out;
}

// The migration as one psql script: its directives become pg_sleep calls; it stops at
// its first error (its transaction is rolled back), as a deploy does. `wait`: the
// pause before it (the first attempt waits for every connection to open).
function migrationScript(text, wait) {
  const body = text
    .split("\n")
    .map((line) => {
      const hold = /^(.*;)\s*--\s*rehearse:\s*hold\s+(.*)$/.exec(line);
      return hold ? `${hold[1]}\nSELECT pg_sleep(${ms(hold[2]) / 1000});` : line.replace(/--.*$/, "");
    })
    .join("\n");
  const pause = wait ? `SELECT pg_sleep(${wait / 1000});\n` : "";
  return `\\set ON_ERROR_STOP on\n${pause}BEGIN;\n${body}\nCOMMIT;\n`;
}

// `-- rehearse: retry N after D`: the deploy reruns the migration D after lock_timeout
// cancelled it, at most N times (the directive as the simulation reads it).
function retryPolicy(text) {
  const m = /--\s*rehearse:\s*retry\s+(\d+)\s+after\s+(.*)$/m.exec(text);
  return m ? { times: Number(m[1]), after: ms(m[2].trim()) } : { times: 0, after: 0 };
}

const LOCK_ERROR = /ERROR:\s+(canceling statement due to lock timeout|deadlock detected)/;

// Runs the migration with its retries; every attempt's error is reported.
async function playMigration(port, text, db) {
  const retry = retryPolicy(text);
  const errors = [];
  let attempt = await psql(port, "migration", migrationScript(text, OFFSET), db);
  for (let left = retry.times; ; left--) {
    const m = LOCK_ERROR.exec(attempt.err);
    if (m) errors.push(m[1]);
    if (!m || !m[0].includes("lock timeout") || left === 0) break;
    await new Promise((r) => setTimeout(r, retry.after));
    attempt = await psql(port, "migration", migrationScript(text, 0), db);
  }
  return errors;
}

// --- a throwaway PostgreSQL ------------------------------------------------------
function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lockqueue-pg-"));
  const asPostgres = process.getuid && process.getuid() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  if (asPostgres.length) spawnSync("chown", ["postgres", dir]);
  const run = (cmd, argv) => {
    const full = [...asPostgres, path.join(BIN, cmd), ...argv];
    const r = spawnSync(full[0], full.slice(1), { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  };
  run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const full = [...asPostgres, path.join(BIN, "postgres"), "-D", path.join(dir, "data"), "-p", String(port), "-k", dir,
    "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "deadlock_timeout=10s"];
  const server = spawn(full[0], full.slice(1), { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    const r = spawnSync(path.join(BIN, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port)]);
    if (r.status === 0) {
      const stop = () => {
        // runuser does not pass signals on: pg_ctl stops the server itself.
        const argv = [...asPostgres, path.join(BIN, "pg_ctl"), "-D", path.join(dir, "data"), "-m", "immediate", "-w", "stop"];
        spawnSync(argv[0], argv.slice(1), { stdio: "ignore" });
        server.unref();
        fs.rmSync(dir, { recursive: true, force: true });
      };
      return { port, stop, dir };
    }
    spawnSync("sleep", ["0.1"]);
  }
  server.kill("SIGKILL");
  throw new Error("PostgreSQL did not start");
}

function psql(port, name, script, db) {
  return new Promise((resolve) => {
    const p = spawn(path.join(BIN, "psql"), ["-X", "-q", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", db, "-At"], {
      env: { ...process.env, PGAPPNAME: name },
    });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("close", () => resolve({ out, err }));
    p.stdin.end(script);
  });
}

// The monitor runs in another database and writes nothing (its samples are NOTICEs):
// a CONCURRENTLY command waits for the transactions of its own database with an
// older snapshot, and an assigned transaction id anywhere would hold every
// snapshot's xmin back — either would make the monitor part of the workload.
const MONITOR = (seconds, db) => `
DO $$
DECLARE stop timestamptz := clock_timestamp() + interval '${seconds} s';
        r record;
BEGIN
  WHILE clock_timestamp() < stop LOOP
    PERFORM pg_stat_clear_snapshot();
    -- A heartbeat per sample: a sample where nobody waits still ends waits.
    RAISE NOTICE 'lq||%', extract(epoch FROM clock_timestamp()) * 1000;
    FOR r IN
      SELECT a.application_name AS name,
             (SELECT string_agg(b.application_name, ',' ORDER BY b.application_name)
                FROM pg_stat_activity b WHERE b.pid = ANY (pg_blocking_pids(a.pid))) AS blockers
        FROM pg_stat_activity a
       WHERE a.wait_event_type = 'Lock' AND a.datname = '${db}'
    LOOP
      RAISE NOTICE 'lq|%|%', r.name, coalesce(r.blockers, '');
    END LOOP;
    PERFORM pg_sleep(0.01);
  END LOOP;
END $$;
`;

// What PostgreSQL did: each wait (a connection seen waiting in consecutive samples)
// with the blockers first seen, in order of start; the order the waits ended; errors.
// Waits that end within TIE ms of each other (one wake-up, seen over two samples on a
// loaded machine) count as ending together: in the order they began, as the
// simulation orders waits ending at one instant — not in backend or scheduling order.
const TIE = 50;

function observe(samples, errors) {
  const waits = [];
  const ends = []; // [time, index in waits, name]
  let open = new Map(); // name -> index in waits
  let current = null;
  let now = 0;
  const close = (seen) => {
    for (const [name, index] of open) if (!seen.has(name)) ends.push([now, index, name]);
    const next = new Map();
    for (const name of seen) next.set(name, open.get(name));
    open = next;
  };
  for (const [name, blockers, time] of samples) {
    if (name === "") {
      // A new sample: the previous one is complete.
      if (current) close(current);
      current = new Set();
      now = Number(time);
      continue;
    }
    current.add(name);
    if (!open.has(name)) {
      open.set(name, waits.length);
      waits.push({ connection: name, waits_for: blockers ? blockers.split(",").sort() : [] });
    }
  }
  if (current) close(current);
  close(new Set());
  const ended = [];
  for (let i = 0; i < ends.length; ) {
    let j = i;
    while (j < ends.length && ends[j][0] - ends[i][0] <= TIE) j++;
    ended.push(...ends.slice(i, j).sort((a, b) => a[1] - b[1]).map((e) => e[2]));
    i = j;
  }
  return { waits, ended, errors };
}

async function playCase(server, dir) {
  const db = "lq_" + path.basename(dir).replace(/\W/g, "_");
  await psql(server.port, "setup", `CREATE DATABASE ${db};`, "postgres");
  await psql(server.port, "setup", fs.readFileSync(path.join(dir, "setup.sql"), "utf8"), db);
  const queries = traffic(fs.readFileSync(path.join(dir, "traffic.sql"), "utf8"));
  const migration = fs.readFileSync(path.join(dir, "migration.sql"), "utf8");
  const last = Math.max(...queries.map((q) => q.end ?? q.start + q.takes)) + 3000;
  const monitor = psql(server.port, "monitor", MONITOR(last / 1000, db), "postgres");
  await new Promise((r) => setTimeout(r, 100));
  const runs = [playMigration(server.port, migration, db)];
  queries.forEach((q, i) => {
    const script = q.end !== undefined
      ? `BEGIN;\n${q.sql}\nSELECT pg_sleep(${q.end / 1000});\nCOMMIT;\n`
      // Idle until its arrival, as a pooled connection is: a shell sleep, not
      // pg_sleep (a statement holds a snapshot, which a CONCURRENTLY build waits for).
      : `\\! sleep ${q.start / 1000}\nBEGIN;\n${q.sql}\nSELECT pg_sleep(${q.takes / 1000});\nCOMMIT;\n`;
    runs.push(psql(server.port, `query ${i + 1}`, script, db));
  });
  const results = await Promise.all(runs);
  const names = ["migration", ...queries.map((_, i) => `query ${i + 1}`)];
  const errors = [];
  for (const message of results[0]) errors.push({ connection: "migration", message });
  results.slice(1).forEach((r, i) => {
    const m = LOCK_ERROR.exec(r.err);
    if (m) errors.push({ connection: names[i + 1], message: m[1] });
  });
  const { err } = await monitor;
  const samples = err.split("\n").filter((l) => /NOTICE:\s+lq\|/.test(l)).map((l) => {
    const [, name, blockers] = l.split("|");
    return name === "" ? ["", "", blockers] : [name, blockers];
  });
  return observe(samples, errors);
}

const haveServer = fs.existsSync(path.join(BIN, "postgres"));
if (!haveServer) {
  console.log(`lock queue: no PostgreSQL at ${BIN}; skipped (apt-get install postgresql)`);
  process.exit(0);
}
const server = startServer();
let failed = 0;
try {
  for (const dir of cases) {
    const seen = await playCase(server, dir);
    const file = path.join(dir, "expected.json");
    const text = JSON.stringify(seen, null, 2) + "\n";
    if (record) {
      fs.writeFileSync(file, text);
      console.log(`recorded ${path.relative(process.cwd(), file)}`);
    } else if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) {
      failed++;
      console.log(`DIFFERS ${dir}\n  PostgreSQL: ${JSON.stringify(seen)}\n  expected:   ${fs.existsSync(file) ? fs.readFileSync(file, "utf8").replace(/\s+/g, " ") : "(none)"}`);
    } else {
      console.log(`ok ${path.basename(dir)}`);
    }
  }
} finally {
  server.stop();
}
console.log(`lock queue: ${cases.length - failed} of ${cases.length} cases as PostgreSQL 15 does them`);
process.exitCode = failed ? 1 : 0;
