#!/usr/bin/env bash
# The engine alone, in-process and warm: bench/engine.sh [N] [RUNS] [SAVES]   (default: 10000 pairs, 5 runs, 0 saves)
# Writes the corpus of N pairs if missing (as bench/run.sh does), then builds it RUNS times in one JVM
# with the JVM options of the corpus's .mvn/jvm.config, printing each build's time and article pages/s;
# then, with SAVES, times the preview's rebuild after each of SAVES saves of one article.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
runs=${2:-5}
saves=${3:-0}
version=$(grep -m1 -o "<version>[^<]*" "$root/generator/pom.xml" | cut -d">" -f2)
(cd "$root" && mvn -q -B -o install -DskipTests -Dbroadsheet.skip=true) >/dev/null
corpus="$root/target/bench/$n/corpus"
[[ -d "$corpus/broadsheet/content" ]] || java "$root/bench/CorpusGenerator.java" "$n" "$corpus" "$root/templates" "$version" >/dev/null
(cd "$root/generator" && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$root/target/bench/classpath" -DincludeScope=runtime) >/dev/null
cp="$root/generator/target/classes:$(cat "$root/target/bench/classpath")"
# shellcheck disable=SC2046
java ${BENCH_JAVA_OPTS:-} $(cat "$corpus/broadsheet/.mvn/jvm.config") -cp "$cp" "$root/bench/EngineBench.java" "$corpus/broadsheet" "$runs" "$saves"
