#!/bin/sh
# Desktop integration of an installed Gizmo Studio, shared by the .deb and .rpm package scripts (it travels inside
# the app image as lib/app/desktop/integrate.sh):
#   integrate.sh install   the gizmo-studio command on the PATH, the menu entry, icons and robot-description types,
#                          and the launcher's class-data sharing archive (cds-archive.sh)
#   integrate.sh remove    takes all of that away again (the user's library and settings stay)
# Written out by hand: jpackage's xdg-desktop-menu calls fail on a minimal system ("No writable system menu
# directory found") and leave the package half-installed.
set -e
APP=/opt/gizmo-studio
SHARE=$APP/lib/app/desktop
SIZES="16 24 32 48 64 128 256 512"
refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
}
case "$1" in
  install)
    ln -sf "$APP/bin/gizmo-studio" /usr/bin/gizmo-studio
    install -D -m 0644 "$SHARE/gizmo-studio.desktop" /usr/share/applications/gizmo-studio.desktop
    install -D -m 0644 "$SHARE/gizmo-studio-mime.xml" /usr/share/mime/packages/gizmo-studio.xml
    for s in $SIZES; do
      install -D -m 0644 "$SHARE/gizmo-studio-$s.png" "/usr/share/icons/hicolor/${s}x${s}/apps/gizmo-studio.png"
    done
    sh "$SHARE/cds-archive.sh" create "$APP"
    refresh
    ;;
  remove)
    if [ "$(readlink /usr/bin/gizmo-studio 2>/dev/null)" = "$APP/bin/gizmo-studio" ]; then rm -f /usr/bin/gizmo-studio; fi
    rm -f /usr/share/applications/gizmo-studio.desktop /usr/share/mime/packages/gizmo-studio.xml
    for s in $SIZES; do rm -f "/usr/share/icons/hicolor/${s}x${s}/apps/gizmo-studio.png"; done
    refresh
    ;;
  *) echo "usage: integrate.sh install|remove" >&2; exit 2 ;;
esac
