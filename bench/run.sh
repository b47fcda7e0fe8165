#!/usr/bin/env bash
# Full-build benchmark: bench/run.sh [N ...]   (default: 1000 10000; 100000 works too, slowly)
# For each N, writes a bilingual corpus of N article pairs (bench/CorpusGenerator.java) under
# target/bench/N, then builds it cold (no site/, no target/) with `mvn -o -q package`, Maven start-up
# included — and, where `hugo` is installed (apt-get install hugo), builds the equivalent Hugo site,
# alternating the two, RUNS times each. Prints medians of wall time, CPU time (user+sys), peak RSS
# and pages per second, and the Broadsheet/Hugo ratio of wall times. Then three repeated Broadsheet
# builds on the last cold one: with nothing changed, with one English article edited, then one Korean.
# HUGO=no leaves Hugo out (it takes 3-4 GiB at 10,000 pairs, growing with the pages; not tried at 100,000).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time"; exit 1; }
version=$(grep -m1 -o "<version>[^<]*" "$root/generator/pom.xml" | cut -d">" -f2)
(cd "$root" && mvn -q -B install -DskipTests -Dbroadsheet.skip=true) >/dev/null

# Old outputs are set aside (renamed) and deleted only when the script ends: on this machine's ext4,
# which has no journal, the kernel skips inodes deleted in the last minutes one by one when it makes
# a new one, so a build right after `rm -rf` of 60,000 files spent seconds of system time on that scan.
trash="$root/target/bench/trash"
mkdir -p "$trash"
trap 'rm -rf "$trash"' EXIT
set_aside() { local path; for path in "$@"; do [[ ! -e $path ]] || mv "$path" "$(mktemp -d "$trash/XXXXXX")"; done; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# measure LABEL DIR COMMAND...: one cold run; appends "wall cpu rss" to $out/LABEL.times
measure() {
  local label=$1 dir=$2; shift 2
  (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$out/$label.time" "$@" >/dev/null 2>"$out/$label.err") \
    || { echo "$label failed:"; tail -20 "$out/$label.err"; exit 1; }
  awk '{printf "%.2f %.2f %d\n", $1, $2+$3, $4}' "$out/$label.time" >> "$out/$label.times"
}

printf "%-7s %-10s %8s %8s %9s %7s %9s\n" pairs generator wall_s cpu_s rss_MiB pages pages/s
for n in "${sizes[@]}"; do
  out="$root/target/bench/$n"
  set_aside "$out/corpus"
  java "$root/bench/CorpusGenerator.java" "$n" "$out/corpus" "$root/templates" "$version" >/dev/null
  rm -f "$out"/*.times
  for ((i = 1; i <= runs; i++)); do
    # sync: the last run's pages are flushed first, not during this run
    set_aside "$out/corpus/broadsheet/site" "$out/corpus/broadsheet/target" && sync
    measure broadsheet "$out/corpus/broadsheet" mvn -o -q -B package
    if [[ ${HUGO:-yes} != no ]] && command -v hugo >/dev/null; then
      set_aside "$out/corpus/hugo/public" "$out/corpus/hugo/resources" && sync
      measure hugo "$out/corpus/hugo" hugo --quiet
    fi
  done
  # repeated builds on the last cold build's site/ and target/: nothing changed, then one article edited
  rm -f "$out/noop.times" "$out/edit.times" "$out/edit-ko.times"
  sync
  measure noop "$out/corpus/broadsheet" mvn -o -q -B package
  for lang in en ko; do
    article=$(find "$out/corpus/broadsheet/content/$lang" -name '*.md' | sort | sed -n 1p)
    printf '\nOne more paragraph, added for the benchmark.\n' >> "$article"
    sync
    measure "edit$([[ $lang == en ]] || echo "-$lang")" "$out/corpus/broadsheet" mvn -o -q -B package
  done
  for label in broadsheet hugo; do
    [[ -f "$out/$label.times" ]] || continue
    dir=$([[ $label == broadsheet ]] && echo "$out/corpus/broadsheet/site" || echo "$out/corpus/hugo/public")
    pages=$(find "$dir" -name '*.html' | wc -l)
    wall=$(cut -d' ' -f1 "$out/$label.times" | median)
    cpu=$(cut -d' ' -f2 "$out/$label.times" | median)
    rss=$(cut -d' ' -f3 "$out/$label.times" | median)
    printf "%-7s %-10s %8.2f %8.2f %9.0f %7d %9.0f\n" "$n" "$label" "$wall" "$cpu" "$((rss / 1024))" "$pages" \
      "$(echo "$pages / $wall" | bc -l)"
    eval "${label}_wall=$wall"
  done
  for lang in en ko; do
    index="$out/corpus/broadsheet/site/$lang/search"
    docs=$(grep -o '"documents":[0-9]*' "$index/meta.json" | cut -d: -f2)
    bytes=$(du -sb "$index" | cut -f1)
    printf "%-7s search index %s: %.1f MB for %d articles (%.2f MB per 1,000)\n" "$n" "$lang" \
      "$(echo "$bytes / 1000000" | bc -l)" "$docs" "$(echo "$bytes / 1000000 / $docs * 1000" | bc -l)"
  done
  node "$root/bench/search-query.js" "$out/corpus/broadsheet/site" ko 운영 "서울 시장" 2>/dev/null | sed "s/^/$n      /" || true
  node "$root/bench/search-query.js" "$out/corpus/broadsheet/site" en harbor "city budget" 2>/dev/null | sed "s/^/$n      /" || true
  for label in noop edit edit-ko; do
    read -r wall cpu rss < "$out/$label.times"
    printf "%-7s %-10s %8.2f %8.2f %9.0f   (rebuild: %s)\n" "$n" "$label" "$wall" "$cpu" "$((rss / 1024))" \
      "$(case $label in noop) echo "nothing changed";; edit) echo "one English article edited";;
         *) echo "one Korean article edited";; esac)"
  done
  if [[ -f "$out/hugo.times" ]]; then
    printf "%-7s ratio Broadsheet/Hugo (median wall): %.2f\n" "$n" "$(echo "$broadsheet_wall / $hugo_wall" | bc -l)"
  fi
done
