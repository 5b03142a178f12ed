// Large scenarios run in a Web Worker (crates/rehearse-worker), created on the first
// large run only: a normal page load fetches none of it. One run at a time; a new run
// or a cancel terminates the one in flight (the worker cannot be interrupted any other
// way), and a fresh worker starts loading at once, so the next run (after the typing
// pause) finds it warm. A worker that finished its run stays for the next.
//
// workerRun(job, onProgress(phase, done, total, rows), onDone(Uint8Array), onError(text))
// workerCancel() -> whether a run was in flight
// globalThis.__rehearseWorker: figures for the tests (bytes received, timings).
let worker = null;
let ready = null;
let current = 0;
let inFlight = false;
const stats = (globalThis.__rehearseWorker = { runs: 0, cancelled: 0, bytes: 0, runMs: 0, decodeMs: 0, startMs: 0, receivedAt: 0 });

function spawn() {
  const w = new Worker(new URL('rehearse-worker_loader.js', document.baseURI));
  const t0 = performance.now();
  ready = new Promise((resolve, reject) => {
    w.onmessage = (e) => {
      if (e.data && e.data.ready) {
        stats.startMs = performance.now() - t0;
        resolve();
      }
    };
    w.onerror = (e) => reject(e.message || 'the background engine could not load');
  });
  // A spare started after a cancel may fail with no run waiting: the next run reports it.
  ready.catch(() => {});
  worker = w;
}

export function workerRun(job, onProgress, onDone, onError) {
  workerCancel();
  if (!worker) spawn();
  const id = ++current;
  const w = worker;
  inFlight = true;
  stats.runs += 1;
  const fail = (message) => {
    if (id !== current) return;
    inFlight = false;
    // A worker that failed mid-run is not reused.
    if (worker === w) { w.terminate(); worker = null; }
    onError(String(message));
  };
  let posted = 0;
  ready.then(() => {
    if (id !== current) return;
    w.onmessage = (e) => {
      const m = e.data;
      if (!m || m.id !== id) return;
      if (m.progress) onProgress(m.progress[0], m.progress[1], m.progress[2], m.progress[3]);
      else if (m.done) {
        inFlight = false;
        stats.bytes = m.done.byteLength;
        stats.receivedAt = performance.now();
        stats.runMs = stats.receivedAt - posted;
        onDone(m.done);
      } else if (m.error) fail(m.error);
    };
    w.onerror = (e) => { e.preventDefault(); fail(e.message || 'the background run failed'); };
    posted = performance.now();
    w.postMessage({ id, job });
  }, fail);
}

export function workerCancel() {
  const was = inFlight;
  current += 1;
  inFlight = false;
  if (was && worker) {
    worker.terminate();
    stats.cancelled += 1;
    spawn();
  }
  return was;
}

export function noteDecode(ms) {
  stats.decodeMs = ms;
}
