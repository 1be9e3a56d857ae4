#!/usr/bin/env bash
# Wrapper: records all scenarios (or the ones named) against the real engine. See record.mjs.
set -eu
cd "$(dirname "$0")"
exec node record.mjs "$@"
