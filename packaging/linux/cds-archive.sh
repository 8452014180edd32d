#!/bin/sh
# The launcher's class-data sharing archive (start-up: roughly 40 % faster to the window), made where the app is
# installed because the archive records the jars' absolute paths (it travels as lib/app/desktop/cds-archive.sh):
#   cds-archive.sh create [APP]   dumps the class list recorded when the package was built
#                                 (lib/app/gizmo-studio.classlist: the JDK's, JavaFX's and the app's classes of a
#                                 real start) into the runtime's default archive, lib/runtime/lib/server/classes.jsa;
#                                 about 10 s, no display needed
# APP defaults to /opt/gizmo-studio; for an unpacked app image pass its folder. The default archive's place needs no
# launcher option: until this runs (or if it fails) the runtime keeps the JDK-only archive the build made, so a
# start is never slower than that. The package owns the file, so removing the package removes it.
set -e
APP=${2:-/opt/gizmo-studio}
LIB=$APP/lib/app
ARCHIVE=$APP/lib/runtime/lib/server/classes.jsa
case "$1" in
  create)
    if [ ! -f "$LIB/gizmo-studio.classlist" ]; then
      echo "cds-archive: no class list in $LIB; the launcher keeps the JDK's archive" >&2
      exit 0
    fi
    CP=$(sed -n 's|^app.classpath=\$APPDIR/||p' "$LIB/gizmo-studio.cfg" | sed "s|^|$LIB/|" | paste -sd: -)
    NEW=$ARCHIVE.new
    rm -f "$NEW"
    if "$APP/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$LIB/gizmo-studio.classlist" \
        -XX:SharedArchiveFile="$NEW" -cp "$CP" >/dev/null 2>&1 && [ -s "$NEW" ]; then
      mv -f "$NEW" "$ARCHIVE"
    else
      rm -f "$NEW"
      echo "cds-archive: could not make the archive; the launcher keeps the JDK's archive" >&2
    fi
    ;;
  *) echo "usage: cds-archive.sh create [APP]" >&2; exit 2 ;;
esac
exit 0
