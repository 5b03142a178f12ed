// Starts the playground: loads the app's wasm-bindgen module and its wasm. Trunk would
// write this as an inline <script> in index.html, whose hash changes with every build;
// as a file, the page's Content-Security-Policy allows no inline script at all. Trunk
// writes the built files' hashed names into this script's tag (Trunk.toml,
// pattern_script): data-js and data-wasm.
//
// It also starts the background worker (crates/rehearse-worker: every run happens
// there) first, so that it loads beside the page's wasm instead of after it;
// crates/rehearse-app/js/worker.js adopts it.
const started = performance.now();
const early = new Worker(new URL('rehearse-worker_loader.js', document.baseURI));
globalThis.__rehearseEarlyWorker = {
  worker: early,
  t0: started,
  ready: new Promise((resolve, reject) => {
    early.addEventListener('message', (e) => { if (e.data && e.data.ready) resolve(); });
    early.addEventListener('error', (e) => reject(e.message || 'the background engine could not load'));
  }),
};
globalThis.__rehearseEarlyWorker.ready.catch(() => {});
const tag = document.getElementById('rehearse-loader');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
