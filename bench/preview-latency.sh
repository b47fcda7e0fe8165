#!/usr/bin/env bash
# Save-to-served latency of the preview:
#   bench/preview-latency.sh [PROJECT_DIR ARTICLE_FILE ARTICLE_PATH] [EDITS]
# Starts `mvn -N broadsheet:serve` for the site project (default: this repository's sample newsroom)
# on a free port and waits until it answers. Then it rewrites the title of ARTICLE_FILE with a fresh
# token (write a new file, rename it over the old one, as editors do), polls ARTICLE_PATH until the
# token is served, and waits PAUSE seconds (default 0.3) before the next save. It prints each of the
# first FIRST saves (default 5: a writer's first saves after starting the preview), then, after
# WARMUP saves in all (default 30), the median and 90th percentile of EDITS more (default 20).
# For a benchmark corpus (bench/run.sh writes them):
#   bench/preview-latency.sh target/bench/10000/corpus/broadsheet content/en/2001/story-0.md /en/2001/01/story-0/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
project=$(cd "${1:-$root}" && pwd)
file=${2:-content/en/2022/ferry-route.md}
path=${3:-/en/2022/03/ferry-route/}
edits=${4:-20}
first=${FIRST:-5}
warmup=${WARMUP:-30}
pause=${PAUSE:-0.3}
(cd "$root" && mvn -q -B install -DskipTests -Dbroadsheet.skip=true) >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
backup=$(mktemp)
cp "$project/$file" "$backup"
(cd "$project" && exec mvn -o -B -N broadsheet:serve -Dbroadsheet.port="$port" >"$log" 2>&1) &
server=$!
trap 'cp "$backup" "$project/$file"; kill $server 2>/dev/null; pkill -f "broadsheet.port=$port" 2>/dev/null; rm -f "$log" "$backup"' EXIT
until grep -q "Broadsheet preview on" "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
url="http://127.0.0.1:$port$path"
times=()
for ((i = 1; i <= warmup + edits; i++)); do
  token="edit$RANDOM$i"
  sleep "$pause"
  start=$(date +%s%N)
  sed "s/^title: .*/title: \"Latency probe $token\"/" "$backup" > "$project/$file.new" && mv "$project/$file.new" "$project/$file"
  until curl -s "$url" | grep -q "$token"; do :; done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  ((i <= first)) && echo "save $i after start-up: $elapsed ms"
  ((i > warmup)) && times+=("$elapsed")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$edits" -v w="$warmup" '{a[NR]=$1} END {
  printf "save-to-served over %d edits after %d: median %d ms, p90 %d ms, min %d ms, max %d ms\n",
    n, w, a[int((n+1)/2)], a[int(n*0.9+0.5)], a[1], a[n] }'
grep -E "(load|assemble|search|render|feeds|check|write) .* ms" "$log" | tail -7
