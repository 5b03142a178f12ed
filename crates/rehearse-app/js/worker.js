// Every run, and every other piece of engine work, happens in a Web Worker
// (crates/rehearse-worker): the page's wasm links no engine. The worker starts at page
// load (workerStart), while the page's own wasm loads, so the first run finds it warm.
//
// Runs: one in flight at a time, the latest wins. A run asked while another is in
// flight waits for it if that one is young (a lesson's run takes milliseconds: killing
// the worker and loading a new one would cost far more); once the one in flight has
// run SUPERSEDE_MS, it is terminated (the worker cannot be interrupted any other way)
// and a fresh worker takes the new run. A waiting run replaced by a newer one is never
// posted. The page drops a superseded run's answer by its revision.
//
// Tasks (Make it safe, Generate, a grid edit's write-back, Verify's request and
// comparison, ...): posted at once, answered in order behind the run in flight. A
// worker terminated to supersede a run takes its unanswered tasks to the next worker;
// a worker that fails (a trap) fails everything it held.
//
// workerStart()
// workerRun(job, shown, onProgress(phase, done, total, rows), onDone(Uint8Array), onError(text))
//   (shown: the page shows this run's progress, with Cancel)
// workerTask(task, onReply(text), onError(text))
// workerCancel() -> whether a shown run was in flight (it is cancelled; others are not)
// globalThis.__rehearseWorker: figures for the tests (bytes received, timings).
const SUPERSEDE_MS = 100;
let worker = null;
let ready = null;
let nextId = 0;
let run = null; // the run in flight: { id, job, onProgress, onDone, onError, posted }
let waiting = null; // the run asked while one is in flight
let timer = null;
const tasks = new Map(); // id -> { task, onReply, onError }
const stats = (globalThis.__rehearseWorker = { runs: 0, cancelled: 0, tasks: 0, bytes: 0, runMs: 0, decodeMs: 0, startMs: 0, receivedAt: 0, spawns: 0 });

// Resolves when worker `w` listens (its `{ready: true}`); rejects if it fails to load.
// web/loader.js does the same for the worker it starts before the page's wasm.
function readiness(w) {
  return new Promise((resolve, reject) => {
    w.addEventListener('message', (e) => { if (e.data && e.data.ready) resolve(); });
    w.addEventListener('error', (e) => reject(e.message || 'the background engine could not load'));
  });
}

function spawn() {
  // The first worker is the one web/loader.js started beside the page's own wasm.
  const early = globalThis.__rehearseEarlyWorker;
  globalThis.__rehearseEarlyWorker = null;
  const w = early ? early.worker : new Worker(new URL('rehearse-worker_loader.js', document.baseURI));
  const t0 = early ? early.t0 : performance.now();
  stats.spawns += 1;
  ready = (early ? early.ready : readiness(w)).then(() => {
    stats.startMs = performance.now() - t0;
    w.onmessage = (e) => receive(w, e.data);
  });
  // Failing to load fails what is waiting for it (below); nothing else to report.
  ready.catch(() => {});
  w.addEventListener('error', (e) => {
    e.preventDefault();
    if (worker === w) failed(e.message || 'the background run failed');
  });
  worker = w;
}

// Posts a message once the current worker is ready (a worker that fails to load fails
// everything it held).
function post(message, transfer) {
  const w = worker;
  ready.then(() => { if (worker === w) w.postMessage(message, transfer ?? []); },
    (why) => { if (worker === w) failed(why); });
}

function receive(w, m) {
  if (!m || worker !== w) return;
  if (run && m.id === run.id) {
    if (m.progress) run.onProgress(m.progress[0], m.progress[1], m.progress[2], m.progress[3]);
    else if (m.done) {
      const done = run;
      run = null;
      stats.bytes = m.done.byteLength;
      stats.receivedAt = performance.now();
      stats.runMs = stats.receivedAt - done.posted;
      done.onDone(m.done);
      next();
    } else if (m.error) {
      const done = run;
      run = null;
      done.onError(String(m.error));
      next();
    }
  } else if (tasks.has(m.id)) {
    const t = tasks.get(m.id);
    tasks.delete(m.id);
    if (m.reply !== undefined) t.onReply(m.reply);
    else t.onError(String(m.error));
  }
}

// The worker stopped (a trap) or never loaded: everything it held fails, and the next
// use makes a new one.
function failed(message) {
  const w = worker;
  worker = null;
  if (w) w.terminate();
  clearTimeout(timer);
  const held = [run, waiting, ...tasks.values()].filter(Boolean);
  run = null;
  waiting = null;
  tasks.clear();
  for (const h of held) h.onError(String(message));
}

function postRun(r) {
  if (!worker) spawn();
  run = r;
  stats.runs += 1;
  r.posted = performance.now();
  post({ id: r.id, job: r.job });
}

function next() {
  clearTimeout(timer);
  if (waiting) {
    const w = waiting;
    waiting = null;
    postRun(w);
  }
}

// Terminates the worker (its run in flight is dropped), makes a new one and gives it
// the unanswered tasks.
function restart() {
  if (worker) worker.terminate();
  worker = null;
  run = null;
  spawn();
  for (const [id, t] of tasks) post({ id, task: t.task });
}

function supersede() {
  if (!run) return next();
  stats.cancelled += 1;
  restart();
  next();
}

export function workerStart() {
  if (!worker) spawn();
}

export function workerRun(job, shown, onProgress, onDone, onError) {
  const r = { id: ++nextId, job, shown, onProgress, onDone, onError, posted: 0 };
  if (!run) return postRun(r);
  waiting = r;
  clearTimeout(timer);
  const age = performance.now() - run.posted;
  if (age >= SUPERSEDE_MS) supersede();
  else timer = setTimeout(supersede, SUPERSEDE_MS - age);
}

export function workerTask(task, onReply, onError) {
  if (!worker) spawn();
  const id = ++nextId;
  stats.tasks += 1;
  tasks.set(id, { task, onReply, onError });
  post({ id, task });
}

export function workerCancel() {
  // Only a run whose progress is shown: Escape pressed while a lesson's run takes its
  // few milliseconds must not lose that run's verdict.
  const was = Boolean(run?.shown || waiting?.shown);
  if (!was) return false;
  waiting = null;
  clearTimeout(timer);
  if (run) {
    stats.cancelled += 1;
    restart();
  }
  return was;
}

export function noteDecode(ms) {
  stats.decodeMs = ms;
}
