#!/bin/sh
# Re-measure every reference file: sh tests/oracle/reference/gen_all.sh (from anywhere)
cd "$(dirname "$0")/.." || exit 1
for g in reference/gen_*.mjs; do node "$g" || exit 1; done
