#!/bin/sh
# The kill -9 test of the data files (issue 14): a process saving settings, answers, relief,
# reminder and voice through the real storage code is killed with SIGKILL at a random moment,
# COUNT times (200 unless given), and after each kill every file and its backup must be there and
# parse strictly, and no load may have set one aside. Prints the count; exits 1 on the first fault.
#
#   scripts/kill-test.sh [COUNT] [FOLDER]
set -eu
cd "$(dirname "$0")/.."
count=${1:-200}
folder=${2:-$(mktemp -d "${TMPDIR:-/tmp}/kill-test.XXXXXX")}
mvn -o -q test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/runtime-classpath.txt)" \
    org.nightcramp.app.KillNineRun "$count" "$folder"
