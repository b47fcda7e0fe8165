#!/usr/bin/env bash
# Markdown alone, warm, one thread: bench/markdown.sh [N] [WARMUP] [ROUNDS]   (default: 1000 pairs, 5, 10)
# Renders every article body of the corpus of N pairs with Flexmark, Flexmark with the fast path, and
# commonmark-java (a benchmark-only dependency, copied into target/bench/commonmark), printing the
# median and fastest round of each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
warmup=${2:-5}
rounds=${3:-10}
commonmark=0.32.0
version=$(grep -m1 -o "<version>[^<]*" "$root/generator/pom.xml" | cut -d">" -f2)
(cd "$root" && mvn -q -B -o install -DskipTests -Dbroadsheet.skip=true) >/dev/null
corpus="$root/target/bench/$n/corpus"
[[ -d "$corpus/broadsheet/content" ]] || java "$root/bench/CorpusGenerator.java" "$n" "$corpus" "$root/templates" "$version" >/dev/null
out="$root/target/bench/markdown"
mkdir -p "$out/classes" "$out/commonmark"
for artifact in commonmark commonmark-ext-gfm-tables commonmark-ext-gfm-strikethrough commonmark-ext-autolink; do
  [[ -f "$out/commonmark/$artifact-$commonmark.jar" ]] || (cd "$root/generator" && mvn -q -B dependency:copy \
    -Dartifact="org.commonmark:$artifact:$commonmark" -DoutputDirectory="$out/commonmark") >/dev/null
done
[[ -n "$(ls "$out/commonmark"/autolink-*.jar 2>/dev/null)" ]] || (cd "$root/generator" && mvn -q -B dependency:copy \
  -Dartifact=org.nibor.autolink:autolink:0.12.0 -DoutputDirectory="$out/commonmark") >/dev/null
(cd "$root/generator" && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$out/classpath" -DincludeScope=runtime) >/dev/null
# commonmark-java's jars first: its autolink extension needs autolink 0.12, which Flexmark's 0.6 would shadow
cp="$(ls "$out"/commonmark/*.jar | tr '\n' ':')$root/generator/target/classes:$(cat "$out/classpath")"
# compiled, not run as a source file: the source launcher's own class loader could not reach Markdown's package
javac -d "$out/classes" -cp "$cp" "$root/bench/MarkdownBench.java"
java ${BENCH_JAVA_OPTS:-} -cp "$out/classes:$cp" org.broadsheet.markdown.MarkdownBench "$corpus/broadsheet/content" "$warmup" "$rounds"
