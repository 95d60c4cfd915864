#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg -i, starts the installed app under Xvfb, checks that a
# window with the app's title appears, that the desktop entry has its two actions and that the
# ahead-of-time cache is the one made from the installed jars and is used, then uninstalls it
# and checks that the user's data is still there. Run as root on Debian or Ubuntu:
#
#   packaging/check-deb.sh            # builds with -Dinstaller.jdk=$INSTALLER_JDK if set
#   packaging/check-deb.sh FILE.deb   # checks a .deb built before
#
# Uses $DISPLAY when set, else starts Xvfb on :57. INSTALLER_JDK picks the runtime's JDK
# (for example /usr/lib/jvm/temurin-25-jdk-amd64); MVN_FLAGS adds Maven flags such as -o.
# Needs: xvfb, xdotool, imagemagick, fakeroot, dpkg (and Maven with a JDK to build).
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=night-cramp-guide
APP=/opt/$PKG
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# A display for the cache's training start and for the check: the caller's, else a private Xvfb.
if [[ -z ${DISPLAY:-} ]]; then
    DISPLAY=:57
    Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    sleep 1
fi
export DISPLAY

deb=${1:-}
if [[ -z $deb ]]; then
    step "building the .deb (mvn -Pinstaller package)"
    jdk=()
    [[ -n ${INSTALLER_JDK:-} ]] && jdk=(-Dinstaller.jdk="$INSTALLER_JDK")
    mvn -q -B -Pinstaller -DskipTests ${MVN_FLAGS:-} "${jdk[@]}" package
    deb=$(ls target/installer/${PKG}_*.deb | head -1)
fi
[[ -f $deb ]] || fail "no .deb found"
echo "package: $deb ($(du -h "$deb" | cut -f1))"

step "installing with dpkg -i"
# The package's own dependencies (libgtk-3-0, xdg-utils, ...) come from the system's archive.
missing=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' \
    | while read -r p; do [[ -n $p ]] && ! dpkg -s "$p" >/dev/null 2>&1 && echo "$p"; done || true)
if [[ -n $missing ]]; then
    echo "installing its dependencies first: $(echo $missing)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null
fi
# A desktop system has the menu folders; a bare server lacks them and xdg-desktop-menu gives up.
mkdir -p /usr/share/applications /usr/share/desktop-directories
dpkg -i "$deb" >/dev/null
[[ -x $APP/bin/$PKG ]] || fail "no launcher at $APP/bin/$PKG"
desktop=$(ls /usr/share/applications/*$PKG*.desktop 2>/dev/null | head -1)
[[ -n $desktop ]] || fail "no desktop entry installed"
grep -q '^Actions=cramp-now;before-bed;' "$desktop" || fail "desktop entry lacks the actions"
grep -q "^Exec=$APP/bin/$PKG --relief cramp-now" "$desktop" || fail "Cramp now action does not run --relief cramp-now"
grep -q "^Exec=$APP/bin/$PKG --relief before-bed" "$desktop" || fail "Before bed action does not run --relief before-bed"
grep -q "^Icon=$APP/lib/$PKG.png" "$desktop" || fail "desktop entry icon is not the app's"
echo "desktop entry: $desktop (actions Cramp now, Before bed; icon $(grep ^Icon= "$desktop" | cut -d= -f2))"

step "the cache is the one made from the installed jars"
cfg=$APP/lib/app/$PKG.cfg
cache=$(sed -n 's/^java-options=-XX:AOTCache=\$APPDIR\///p' "$cfg")
[[ -n $cache && -f $APP/lib/app/$cache ]] || fail "launcher names no cache, or it is missing: '$cache'"
# Package.java names the cache by the SHA-256 of the jars, in the launcher's class path order.
jars=$(sed -n 's/^app.classpath=\$APPDIR\///p' "$cfg" | sed "s|^|$APP/lib/app/|")
sum=$(cat $jars | sha256sum | cut -c1-12)
[[ $cache == *-$sum.aot ]] || fail "cache $cache was not made from the installed jars (their SHA-256 starts $sum)"
echo "cache: $cache ($(du -h "$APP/lib/app/$cache" | cut -f1)), made from the installed jars (SHA-256 $sum...)"

step "starting the installed app as a returning user, with a fresh config folder"
home=$(mktemp -d)
mkdir -p "$home/config/$PKG"
cat > "$home/config/$PKG/settings.json" <<'JSON'
{"schema":1,"locale":"en","theme":"light","textScale":1.0,
 "window":{"x":-1.0,"y":-1.0,"width":1100.0,"height":760.0,"maximized":false},
 "disclaimerAcknowledged":true}
JSON
# -Xlog:class+load shows whether classes come from the cache ("shared objects file").
cp "$cfg" "$home/cfg.orig"
echo "java-options=-Xlog:class+load:file=$home/classes.log" >> "$cfg"
HOME=$home XDG_CONFIG_HOME=$home/config "$APP/bin/$PKG" >"$home/out.log" 2>&1 &
app=$!
window=""
for _ in $(seq 1 60); do
    window=$(xdotool search --onlyvisible --name "Night Cramp Guide" 2>/dev/null | head -1 || true)
    [[ -n $window ]] && break
    sleep 1
done
cp "$home/cfg.orig" "$cfg"
[[ -n $window ]] || { cat "$home/out.log"; kill $app; fail "no window appeared within 60 s"; }
echo "window: $window \"$(xdotool getwindowname "$window")\""
sleep 2
import -window root "target/installer/check-deb.png" 2>/dev/null || true
kill "$app"; wait "$app" 2>/dev/null || true
if grep -v '^Dec\|^Jan\|^Feb\|^Mar\|^Apr\|^May\|^Jun\|^Jul\|^Aug\|^Sep\|^Oct\|^Nov' "$home/out.log" | grep -qi "warning\|error\|exception"; then
    cat "$home/out.log"; fail "the start printed warnings or errors"
fi
shared=$(grep -c "source: shared objects file" "$home/classes.log" || true)
total=$(wc -l < "$home/classes.log")
grep -q "org.nightcramp.app.Launcher source: shared objects file" "$home/classes.log" \
    || fail "the app's classes did not come from the cache"
echo "classes from the cache: $shared of $total; the console was quiet"
echo "settings kept in $home/config/$PKG: $(ls "$home/config/$PKG" | tr '\n' ' ')"

step "the installed app exports a bedtime reminder with its time zone"
# Its ical4j has no java.time zone provider entry (pom.xml, antrun): the reminder must not need it.
TZ=Europe/Berlin HOME=$home XDG_CONFIG_HOME=$home/config "$APP/bin/$PKG" --export-reminder "$home/reminder.ics" \
    --time 22:30 >"$home/reminder.log" 2>&1 || { cat "$home/reminder.log"; fail "--export-reminder failed"; }
grep -q "^TZID:Europe/Berlin" "$home/reminder.ics" && grep -q "^BEGIN:VTIMEZONE" "$home/reminder.ics" \
    || fail "the reminder has no Europe/Berlin VTIMEZONE"
echo "reminder: $(grep -c '' "$home/reminder.ics") lines, VTIMEZONE Europe/Berlin"

step "uninstalling"
dpkg -r "$PKG" >/dev/null
[[ ! -e $APP ]] || fail "$APP is still there after dpkg -r"
[[ -f $home/config/$PKG/settings.json ]] || fail "uninstalling removed the user's settings"
echo "removed $APP; the user's settings.json is still in place"
rm -rf "$home"
echo "PASS"
