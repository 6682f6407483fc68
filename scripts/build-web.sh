#!/usr/bin/env bash
# Installs the pinned front-end libraries (npm, web/) and copies the files the page uses into
# src/Sitrep.Web/wwwroot/lib, where the build embeds them: the page never loads anything from
# outside the app. Does nothing when the copies are newer than the lock file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"
lib="$root/src/Sitrep.Web/wwwroot/lib"

if [ ! -d "$web/node_modules" ] || [ "$web/package-lock.json" -nt "$web/node_modules" ]; then
  command -v npm >/dev/null 2>&1 || { echo "build-web: npm (Node.js) is needed to fetch the page's libraries" >&2; exit 2; }
  echo "build-web: installing front-end packages (npm ci)…" >&2
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$web/node_modules"
fi

if [ ! -f "$lib/.stamp" ] || [ "$web/node_modules" -nt "$lib/.stamp" ] || [ "$0" -nt "$lib/.stamp" ]; then
  rm -rf "$lib"
  mkdir -p "$lib/leaflet/images"
  m="$web/node_modules"
  cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$lib/leaflet/"
  cp "$m/leaflet/dist/images/"*.png "$lib/leaflet/images/"
  cp "$m/leaflet.markercluster/dist/leaflet.markercluster.js" "$m/leaflet.markercluster/dist/MarkerCluster.css" \
     "$m/leaflet.markercluster/dist/MarkerCluster.Default.css" "$lib/leaflet/"
  cp "$m/topojson-client/dist/topojson-client.min.js" "$lib/"
  cp "$m/world-atlas/countries-50m.json" "$lib/"
  touch "$lib/.stamp"
fi
