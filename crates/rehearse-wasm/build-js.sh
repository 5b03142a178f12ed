#!/usr/bin/env bash
# Builds the JavaScript package of the Rehearse core into target/js-api/:
#
#   crates/rehearse-wasm/build-js.sh [out-dir]
#
#   rehearse.js         the ES module (Rehearse class with PGlite's API, run())
#   rehearse.d.ts       its TypeScript types
#   rehearse_wasm.js    wasm-bindgen's `--target web` glue (loaded by rehearse.js)
#   rehearse_wasm_bg.wasm
#   package.json
#
# Needs the wasm32-unknown-unknown target and the wasm-bindgen CLI matching Cargo.lock
# (`cargo xtask test` installs both). Runs wasm-opt when web/node_modules has it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out="${1:-target/js-api}"
cargo build --release --target wasm32-unknown-unknown -p rehearse-wasm
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" --out-name rehearse_wasm \
  target/wasm32-unknown-unknown/release/rehearse_wasm.wasm
if [ -x web/node_modules/.bin/wasm-opt ]; then
  web/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/rehearse_wasm_bg.wasm" -o "$out/rehearse_wasm_bg.wasm"
fi
cp crates/rehearse-wasm/js/rehearse.js crates/rehearse-wasm/js/rehearse.d.ts "$out/"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
cat > "$out/package.json" <<JSON
{
  "name": "rehearse",
  "version": "$version",
  "description": "PostgreSQL 18 semantics in WebAssembly with PGlite's query/exec API, and the Rehearse migration report",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "rehearse.js",
  "types": "rehearse.d.ts",
  "exports": { ".": { "types": "./rehearse.d.ts", "default": "./rehearse.js" } },
  "files": ["rehearse.js", "rehearse.d.ts", "rehearse_wasm.js", "rehearse_wasm.d.ts", "rehearse_wasm_bg.wasm"],
  "sideEffects": false
}
JSON
echo "js-api package: $out ($(wc -c < "$out/rehearse_wasm_bg.wasm") bytes of wasm)"
