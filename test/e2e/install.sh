#!/usr/bin/env bash
# Installs the in-editor test harness (code-server + playwright-core) offline: the only network
# these machines reach is the npm registry and Debian's packages, so every step that would
# download a binary from elsewhere is fed locally first. Needs Debian's chromium, libkrb5-dev
# and ripgrep (see .ci/run). Idempotent: a second run with node_modules in place is quick.
set -euo pipefail
cd "$(dirname "$0")"

# @vscode/ripgrep's postinstall downloads rg from GitHub and fails the whole install: seed its
# download cache with Debian's rg, under the same TMPDIR the install runs with.
tmp="$(node -p 'require("os").tmpdir()')"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$tarball" ]; then
  rg="$(command -v rg || true)"
  if [ -z "$rg" ]; then echo "install.sh: ripgrep is missing (apt-get install -y ripgrep)" >&2; exit 1; fi
  mkdir -p "$cache"
  stage="$(mktemp -d)"
  cp "$rg" "$stage/rg"
  tar -czf "$tarball" -C "$stage" rg
  rm -rf "$stage"
fi

# As root, code-server's postinstall demands unsafe-perm; node-pty's postinstall runs
# `npx node-gyp`, which must not stop to ask (the machine's npmrc says yes=false).
export npm_config_unsafe_perm=true
export npm_config_yes=true

installed() { node -e 'const v=(m)=>require("./node_modules/"+m+"/package.json").version; const p=require("./package.json").dependencies; process.exit(v("code-server")===p["code-server"]&&v("playwright-core")===p["playwright-core"]?0:1)' 2>/dev/null; }
if installed && [ -x node_modules/.bin/code-server ]; then
  echo "e2e harness already installed"
elif [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
test -x node_modules/.bin/code-server
echo "e2e harness installed: code-server $(node -p "require(\"./node_modules/code-server/package.json\").version")"
