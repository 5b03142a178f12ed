#!/usr/bin/env bash
# Builds the Rehearse engine for the differential tester (generate.mjs):
#
#   tests/differential/build.sh
#
# 1. the wasm adapter (crates/rehearse-wasm) for Node, into tests/differential/pkg/
#    (gitignored), which generate.mjs calls in-process;
# 2. the native CLI (target/release/rehearse), which generate.mjs falls back to for
#    the few reports the wasm adapter cannot hand to JavaScript (integers beyond 2^53).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --target wasm32-unknown-unknown -p rehearse-wasm
wasm-bindgen --target nodejs --out-dir tests/differential/pkg \
  "$target/wasm32-unknown-unknown/release/rehearse_wasm.wasm"
cargo build --release -p rehearse-cli
# generate.mjs finds the CLI here whatever CARGO_TARGET_DIR is.
mkdir -p target/release
[ "$target" = target ] || cp "$target/release/rehearse" target/release/rehearse
