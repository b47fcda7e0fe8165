#!/usr/bin/env bash
# The worst bodies we know, at the 5 MB limit (or at growing sizes where Flexmark is quadratic):
# bench/hostile.sh [limit] ("limit": only the bodies at the limit, a minute). Builds the generator's classes, then rebuilds a small site in one warm JVM after
# each hostile article and prints the time of each rebuild. Takes a few minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(cd "$root/generator" && mvn -q -B -o compile) >/dev/null
mkdir -p "$root/target/bench"
(cd "$root/generator" && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$root/target/bench/classpath" -DincludeScope=runtime) >/dev/null
cp="$root/generator/target/classes:$(cat "$root/target/bench/classpath")"
# shellcheck disable=SC2046
java ${BENCH_JAVA_OPTS:-} $(cat "$root/.mvn/jvm.config") -cp "$cp" "$root/bench/HostileBench.java" "$root/templates" "$@"
