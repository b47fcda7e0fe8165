#!/usr/bin/env bash
# Imports real archives and builds them: bench/import-archives.sh KIND:DIR [KIND:DIR …]
#   KIND is jekyll or hugo; DIR a checked-out copy of an old site (never committed: see bench/README.md).
# For each archive: a fresh project under target/bench/import/NAME (the repository's theme, no content),
# `mvn broadsheet:import`, then `mvn package`. Prints the posts and pairs imported, the redirects written,
# the length of import-report.md (and the decisions it asks a human to check), the import's own time (the
# sum of its logged stages), its CPU time and wall time with Maven, the build's wall time and result, and how many old
# addresses of posts answer after the build (a page or a redirect in site/, by import-report-full.md; one that got no
# redirect counts as not answering).
# Extra import options for every archive in IMPORT_OPTS (e.g. IMPORT_OPTS=-Dbroadsheet.oldHost=https://old.example.org).
# SKIP_INSTALL=1 uses the plugin already installed in ~/.m2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[[ $# -gt 0 ]] || { sed -n '2,10p' "$0"; exit 1; }
version=$(grep -m1 -o "<version>[^<]*" "$root/generator/pom.xml" | cut -d">" -f2)
plugin="org.broadsheet:broadsheet-maven-plugin:$version"
[[ ${SKIP_INSTALL:-} == 1 ]] || (cd "$root" && mvn -q -B install -DskipTests -Dbroadsheet.skip=true) >/dev/null

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time"; exit 1; }
printf "%-28s %6s %6s %9s %7s %6s %8s %9s %9s %8s %6s %s\n" archive posts pairs redirects report check import_s import_cpu mvn_imp_s build_s build answering
for spec in "$@"; do
  kind=${spec%%:*}
  source=$(cd "${spec#*:}" && pwd)
  name=$(basename "$source")
  project="$root/target/bench/import/$name"
  rm -rf "$project" && mkdir -p "$project"
  cp -r "$root/templates" "$project/templates"
  cat > "$project/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.broadsheet.bench</groupId>
  <artifactId>imported-archive</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.broadsheet</groupId>
        <artifactId>broadsheet-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
  start=$(date +%s.%N)
  (cd "$project" && /usr/bin/time -f "%U %S" -o import.time mvn -o -B "$plugin:import" -Dbroadsheet.from="$kind" \
      -Dbroadsheet.source="$source" ${IMPORT_OPTS:-} > import.log 2>&1) \
    || { echo "$name: import failed"; tail -20 "$project/import.log"; continue; }
  imported=$(date +%s.%N)
  if (cd "$project" && mvn -o -B package > build.log 2>&1); then result=passed; else result=FAILED; fi
  built=$(date +%s.%N)
  summary=$(grep -o "Imported [0-9,]* posts\?.*" "$project/import.log" | head -1)
  posts=$(sed -E 's/Imported ([0-9,]+) posts?.*/\1/' <<<"$summary")
  pairs=$(grep -oE "[0-9,]+ translation pairs?" <<<"$summary" | cut -d" " -f1)
  redirects=$(grep -oE "[0-9,]+ old address(es)? redirected" <<<"$summary" | cut -d" " -f1)
  check=$(grep -oE "[0-9,]+ to check" "$project/import.log" | head -1 | cut -d" " -f1)
  engine=$(grep -oE "import: [a-z]+ +[0-9]+ ms" "$project/import.log" | awk '{s+=$3} END {printf "%.1f", s/1000}')
  # every old address of a post: a file of site/ must answer it (unanswered ones go to unanswered.txt)
  read -r answering total < <(python3 - "$project" <<'PY'
import os, sys, urllib.parse
project = sys.argv[1]
text = open(os.path.join(project, "import-report-full.md"), encoding="utf-8").read()
olds = [line[2:].split(" → ")[0] for line in text.split("## Old addresses", 1)[1].splitlines() if line.startswith("- /")]
# an old address that got no redirect at all answers nothing
refused = sorted({line.split("no redirect from the old address ", 1)[1].split(", which")[0]
                  for line in text.splitlines() if "no redirect from the old address " in line})
missing = list(refused)
for old in olds:
    path = os.path.join(project, "site", urllib.parse.unquote(old).lstrip("/"))
    if not (os.path.isfile(path) or os.path.isfile(os.path.join(path, "index.html"))):
        missing.append(old)
open(os.path.join(project, "unanswered.txt"), "w", encoding="utf-8").write("".join(m + "\n" for m in missing))
print(len(olds) + len(refused) - len(missing), len(olds) + len(refused))
PY
)
  cpu=$(awk '{printf "%.1f", $1 + $2}' "$project/import.time")
  printf "%-28s %6s %6s %9s %7s %6s %8s %9s %9.1f %8.1f %6s %s/%s\n" "$name" "$posts" "$pairs" "$redirects" \
    "$(wc -l < "$project/import-report.md")" "${check:-0}" "$engine" "$cpu" "$(echo "$imported - $start" | bc)" \
    "$(echo "$built - $imported" | bc)" "$result" "$answering" "$total"
  [[ $result == passed ]] || grep -E "ERROR|broken" "$project/build.log" | head -10
done
