#!/bin/sh
# The launcher's class-data sharing archive (start-up: about a third faster to the window), made where the app is
# installed because the archive records the jars' absolute paths (it travels as lib/app/desktop/cds-archive.sh):
#   cds-archive.sh create [APP]   dumps lib/app/gizmo-studio.jsa from the class list recorded when the package
#                                 was built (lib/app/gizmo-studio.classlist); about 10 s, no display needed
#   cds-archive.sh remove [APP]   deletes it (package removal; dpkg/rpm do not know the file)
# APP defaults to /opt/gizmo-studio; for an unpacked app image pass its folder. Without the archive (not made, or
# the folder moved since) the launcher starts as before: it asks for the archive with -Xshare:auto semantics.
set -e
APP=${2:-/opt/gizmo-studio}
LIB=$APP/lib/app
ARCHIVE=$LIB/gizmo-studio.jsa
case "$1" in
  create)
    if [ ! -f "$LIB/gizmo-studio.classlist" ]; then
      echo "cds-archive: no class list in $LIB; the launcher starts without an archive" >&2
      exit 0
    fi
    CP=$(sed -n 's|^app.classpath=\$APPDIR/||p' "$LIB/gizmo-studio.cfg" | sed "s|^|$LIB/|" | paste -sd: -)
    rm -f "$ARCHIVE"
    if ! "$APP/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$LIB/gizmo-studio.classlist" \
        -XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP" >/dev/null 2>&1; then
      rm -f "$ARCHIVE"
      echo "cds-archive: could not make the archive; the launcher starts without one" >&2
    fi
    ;;
  remove) rm -f "$ARCHIVE" ;;
  *) echo "usage: cds-archive.sh create|remove [APP]" >&2; exit 2 ;;
esac
exit 0
