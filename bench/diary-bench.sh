#!/bin/sh
# Times the cramp diary with 365 and 3,650 entries: loading diary.json, the trend, "What changed"
# and the warnings, and the advice sheet laid out with its "My last weeks" chart (medians).
# Usage: bench/diary-bench.sh   (from the repository root; add -o to mvn for offline use)
set -e
cd "$(dirname "$0")/.."
mvn -q ${MVN_OPTS:-} test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.nightcramp.diary.DiaryBenchmark
