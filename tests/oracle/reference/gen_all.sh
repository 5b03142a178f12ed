#!/bin/sh
# Re-measure every reference file: sh tests/oracle/reference/gen_all.sh (from anywhere)
cd "$(dirname "$0")/.." || exit 1
for g in reference/gen_*.mjs; do [ "$g" = reference/gen_locks.mjs ] && continue; node "$g" || exit 1; done
node reference/gen_locks.mjs > reference/locks.md.tmp && mv reference/locks.md.tmp reference/locks.md || exit 1
