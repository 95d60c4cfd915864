#!/bin/bash
# Night Cramp Guide's launcher on Linux: bin/night-cramp-guide in the app image and the package.
# Package.java puts it in place of jpackage's native launcher, which at every start asks rpm and
# then dpkg which package owns it (rpm -qf, dpkg -S, dpkg -L): some 170 ms on the build machine,
# more on a desktop with many packages, before Java even starts. This starts the same Java with
# the same options and class path, read from the .cfg that jpackage wrote beside the jars.
set -e
self=$(readlink -f "$0")
image=${self%/bin/*}
appdir=$image/lib/app
options=()
classpath=
main=
while IFS= read -r line || [[ -n $line ]]; do
    line=${line//\$APPDIR/$appdir}
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done < "$appdir/night-cramp-guide.cfg"
exec "$image/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$self" -cp "$classpath" "$main" "$@"
