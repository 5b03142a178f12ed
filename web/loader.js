// Starts the playground: loads the app's wasm-bindgen module and its wasm. Trunk would
// write this as an inline <script> in index.html, whose hash changes with every build;
// as a file, the page's Content-Security-Policy allows no inline script at all. Trunk
// writes the built files' hashed names into this script's tag (Trunk.toml,
// pattern_script): data-js and data-wasm.
const tag = document.getElementById('rehearse-loader');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
