#!/usr/bin/env bash
# Start-up benchmark: launch to first page painted, and peak memory (VmHWM), of the app against a
# bare JavaFX window with one button (same JavaFX jars, the system JDK), alternating runs whose
# order turns round every pair.
#
#   packaging/startup-bench.sh [PAIRS] [APP_LAUNCHER]
#
# PAIRS defaults to 6. APP_LAUNCHER, when given (for example the installed
# /opt/night-cramp-guide/bin/night-cramp-guide or the app image's launcher), is measured as a
# third column. `java -jar` runs the app in a second Java (JarLaunch); its figures are of both
# Javas, memory and CPU added. Needs a display ($DISPLAY; run under Xvfb on a server) and
# `mvn package` first (target/night-cramp-guide.jar, target/lib, target/test-classes). Every run
# is a returning user: a prepared data folder whose settings say the disclaimer was acknowledged.
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${1:-6}
LAUNCHER=${2:-}
JAVA=${JAVA:-java}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for f in target/night-cramp-guide.jar target/test-classes/org/nightcramp/startup/BareWindow.class; do
    [[ -e $f ]] || { echo "missing $f: run mvn package first" >&2; exit 2; }
done
: "${DISPLAY:?needs a display (for example Xvfb :99 & DISPLAY=:99)}"

# The settings of someone who has used the app before, in English, light theme, 1100 x 760.
mkdir -p "$WORK/data"
cat > "$WORK/data/settings.json" <<'JSON'
{"schema":1,"locale":"en","theme":"light","textScale":1.0,
 "window":{"x":-1.0,"y":-1.0,"width":1100.0,"height":760.0,"maximized":false},
 "disclaimerAcknowledged":true}
JSON
# The JavaFX jars the app's manifest names: target/lib may also hold those of an earlier build.
FX_CP=$(unzip -p target/night-cramp-guide.jar META-INF/MANIFEST.MF | tr -d '\r' \
    | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | sed -n 's/^Class-Path: //p' | tr ' ' '\n' \
    | grep '^lib/javafx-' | sed 's|^|target/|' | paste -sd: -)

# Runs one command; prints "<ms from launch to painted> <VmHWM kB> <CPU ms>".
measure() {
    local mark=$WORK/mark
    rm -f "$mark"
    local start
    start=$(date +%s%6N)
    NIGHTCRAMP_STARTUP_MARK=$mark XDG_CONFIG_HOME=$WORK/xdg XDG_CACHE_HOME=$WORK/cache "$@" >"$WORK/out.log" 2>&1 || true
    if [[ ! -s $mark ]]; then
        echo "no start-up mark from: $*" >&2
        cat "$WORK/out.log" >&2
        exit 1
    fi
    local painted hwm cpu
    painted=$(sed -n 's/.*painted=\([0-9]*\).*/\1/p' "$mark")
    hwm=$(sed -n 's/.*vmhwm=\([0-9]*\).*/\1/p' "$mark")
    cpu=$(sed -n 's/.*cpu=\([0-9]*\).*/\1/p' "$mark")
    echo "$(( (painted - start) / 1000 )) $hwm $cpu"
}

bare()  { measure "$JAVA" -cp "target/test-classes:$FX_CP" org.nightcramp.startup.BareWindow; }
jar()   { measure "$JAVA" -jar target/night-cramp-guide.jar --data-dir "$WORK/data"; }
image() { measure "$LAUNCHER" --data-dir "$WORK/data"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "warming up (one untimed run each)"
# java -jar's first start in a fresh cache folder writes its class archive when it exits (JarLaunch).
bare >/dev/null; echo "java -jar, first start (no class archive yet): $(jar) (ms kB cpu-ms)"
[[ -n $LAUNCHER ]] && image >/dev/null
: > "$WORK/bare"; : > "$WORK/jar"; : > "$WORK/image"
printf '%-5s %22s %22s %22s\n' pair "bare ms kB cpu-ms" "java -jar ms kB cpu-ms" "launcher ms kB cpu-ms"
for ((i = 1; i <= PAIRS; i++)); do
    # The order turns round every pair (bare, jar, launcher; then launcher, jar, bare): in A/B runs
    # on the 2-core build machine, the same command came out up to 75 ms apart by its place alone.
    l="-"
    if ((i % 2)); then
        b=$(bare); j=$(jar); [[ -n $LAUNCHER ]] && l=$(image)
    else
        [[ -n $LAUNCHER ]] && l=$(image); j=$(jar); b=$(bare)
    fi
    [[ -n $LAUNCHER ]] && echo "$l" >> "$WORK/image"
    echo "$b" >> "$WORK/bare"; echo "$j" >> "$WORK/jar"
    printf '%-5s %22s %22s %22s\n' "$i" "$b" "$j" "$l"
done

# The ratio of the medians, and the median of each pair's own ratio: the machine's speed drifts
# during a run, and a pair's runs, taken one after another, share the moment's speed.
report() {
    local name=$1 file=$2
    local t m c bt bm bc pr
    t=$(cut -d' ' -f1 "$file" | median); m=$(cut -d' ' -f2 "$file" | median); c=$(cut -d' ' -f3 "$file" | median)
    bt=$(cut -d' ' -f1 "$WORK/bare" | median); bm=$(cut -d' ' -f2 "$WORK/bare" | median)
    bc=$(cut -d' ' -f3 "$WORK/bare" | median)
    pr=$(paste -d' ' "$file" "$WORK/bare" | awk '{ printf "%.4f\n", $1 / $4 }' | median)
    awk -v n="$name" -v t="$t" -v m="$m" -v c="$c" -v bt="$bt" -v bm="$bm" -v bc="$bc" -v pr="$pr" 'BEGIN {
        printf "%-12s painted %6.0f ms %4.2fx bare (pairs %4.2fx) | peak %6.1f MB %4.2fx bare | CPU %6.0f ms %4.2fx bare\n",
            n, t, t / bt, pr, m / 1024, m / bm, c, c / bc }'
}
echo
report "bare window" "$WORK/bare"
report "java -jar" "$WORK/jar"
[[ -n $LAUNCHER ]] && report "launcher" "$WORK/image"

# Each page's first opening after start-up: click to the first frame that shows it laid out,
# and the FX thread's own CPU time in that span (steadier than wall time on a busy machine).
pages() {
    rm -f "$WORK/pages"
    NIGHTCRAMP_PAGE_TIMES=$WORK/pages measure "$@" >/dev/null
    sed -n 's/^page nav\([A-Za-z]*\) \([0-9]*\) cpu \([0-9]*\)$/\1 \2 ms (FX thread CPU \3 ms)/p' "$WORK/pages" | tr '\n' ' '
}
# Clicked at once after the first paint, and after 3 s on the home page, as a person reads it
# first (the pages are built ahead meanwhile, one at a time: PagePrewarm; the clicks wait for it).
echo
for wait in 0 3000; do
    export NIGHTCRAMP_PAGE_TIMES_WAIT_MS=$wait
    echo "first opening of each page ${wait} ms after start-up, java -jar: $(pages "$JAVA" -jar target/night-cramp-guide.jar --data-dir "$WORK/data")"
    [[ -n $LAUNCHER ]] && echo "first opening of each page ${wait} ms after start-up, launcher: $(pages "$LAUNCHER" --data-dir "$WORK/data")"
done
exit 0
