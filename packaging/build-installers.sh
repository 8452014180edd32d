#!/usr/bin/env bash
# Builds Gizmo Studio's native packages with jpackage and a jlink'd runtime that holds only the modules the app
# needs (jdeps, plus the few the libraries load by reflection).
#
#   packaging/build-installers.sh [TYPE...]        TYPE: app-image deb rpm (Linux), msi exe (Windows), dmg pkg (macOS)
#
# With no TYPE it builds what this OS makes: Linux → app-image deb rpm (rpm only when rpmbuild is installed:
# `apt-get install rpm`); Windows (Git Bash, WiX 3 on the PATH) → msi; macOS → dmg. Output: target/installer/dist.
# Needs a JDK 17 with jmods (Debian: openjdk-17-jdk-headless) as JAVA_HOME or on the PATH; SKIP_BUILD=1 reuses
# target/gizmo-studio.jar and target/lib from an earlier `./mvnw package`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PKG=$ROOT/packaging
OUT=$ROOT/target/installer
NAME=gizmo-studio

JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
JPACKAGE=${JAVA_BIN}jpackage
JLINK=${JAVA_BIN}jlink
JDEPS=${JAVA_BIN}jdeps

case "$(uname -s)" in
  Linux*) OS=linux; DEFAULT_TYPES="app-image deb rpm" ;;
  Darwin*) OS=mac; DEFAULT_TYPES="dmg" ;;
  MINGW*|MSYS*|CYGWIN*) OS=win; DEFAULT_TYPES="msi" ;;
  *) echo "build-installers: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
TYPES=${*:-$DEFAULT_TYPES}

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT → 0.1.0
POM_VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
VERSION=${POM_VERSION%%-*}

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  ./mvnw -B -ntp -DskipTests package
fi
[[ -f target/$NAME.jar && -d target/lib ]] || { echo "build-installers: run ./mvnw package first" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/fxmods" "$OUT/dist"
# JavaFX goes into the runtime as modules (only the platform jars: the plain javafx-*.jar are empty
# placeholders); everything else stays on the class path next to the app jar.
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$OS".jar|javafx-*-"$OS"-aarch64.jar) cp "$jar" "$OUT/fxmods/" ;;
    javafx-*) ;;
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
cp "target/$NAME.jar" "$OUT/input/"

# sqlite-jdbc carries its native library for 30 platforms (14 MB); a package is for one OS and architecture, so
# keep only that one's (the driver looks in org/sqlite/native/<OS>/<arch>).
case "$(uname -m)" in x86_64|amd64) ARCH=x86_64 ;; aarch64|arm64) ARCH=aarch64 ;; *) ARCH=$(uname -m) ;; esac
case $OS in linux) SQLITE_OS=Linux ;; mac) SQLITE_OS=Mac ;; win) SQLITE_OS=Windows ;; esac
for jar in "$OUT"/input/sqlite-jdbc-*.jar; do
  work=$OUT/sqlite-jar
  rm -rf "$work" && mkdir -p "$work" && (cd "$work" && "${JAVA_BIN}jar" xf "$jar")
  [[ -d $work/org/sqlite/native/$SQLITE_OS/$ARCH ]] || { echo "build-installers: sqlite-jdbc has no $SQLITE_OS/$ARCH library" >&2; exit 2; }
  find "$work/org/sqlite/native" -mindepth 2 -maxdepth 2 -type d ! -path "*/native/$SQLITE_OS/$ARCH" -exec rm -rf {} +
  find "$work/org/sqlite/native" -mindepth 1 -maxdepth 1 -type d -empty -delete
  "${JAVA_BIN}jar" --create --file "$jar" --manifest "$work/META-INF/MANIFEST.MF" -C "$work" .
  rm -rf "$work"
done
# Desktop integration files travel inside the image (lib/app/desktop); the Linux package scripts install them.
mkdir -p "$OUT/input/desktop"
cp "$PKG/linux/$NAME.desktop" "$PKG/linux/$NAME-mime.xml" "$PKG/linux/integrate.sh" "$PKG/linux/cds-archive.sh" "$OUT/input/desktop/"
for s in 16 24 32 48 64 128 256 512; do cp "$PKG/icons/$NAME-$s.png" "$OUT/input/desktop/"; done

# Modules: what jdeps finds in the app and its libraries, plus those used only through reflection or
# service loading (TLS to the cloud: jdk.crypto.ec; Unsafe in okio/sqlite/jackson: jdk.unsupported; JUL
# bridging: java.logging; English number and date formats: jdk.localedata).
SEP=:; [[ $OS == win ]] && SEP=';'
FOUND=$("$JDEPS" --ignore-missing-deps --multi-release 17 --print-module-deps \
  --module-path "$OUT/fxmods" --class-path "$OUT/input/*" "$OUT/input/$NAME.jar")
MODULES="$FOUND,jdk.crypto.ec,jdk.unsupported,java.logging,jdk.localedata"
echo "build-installers: modules $MODULES"

"$JLINK" --module-path "$OUT/fxmods" --add-modules "$MODULES" --include-locales en \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$OUT/runtime"
# A class-data sharing archive of the JDK's own classes cuts start-up; -Xshare:auto falls back if it is unusable.
"$OUT/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 || echo "build-installers: no CDS archive (continuing)"

# The launcher gets the options `./mvnw javafx:run` uses: prism.forceGPU keeps 3D on software OpenGL (Mesa
# llvmpipe, VMs, remote desktops), where JavaFX would otherwise turn 3D off.
# The app's own class-data sharing archive is made where the package is installed (cds-archive.sh: it records
# absolute jar paths, and at ~60 MB it would not fit the installer); it replaces the runtime's default archive, so
# the launcher needs no option for it and keeps the JDK-only archive until it exists.
JAVA_OPTIONS=(--java-options "-Dprism.forceGPU=true" --java-options "-Xss2m" --java-options "-Xshare:auto")

case $OS in
  linux) ICON=$PKG/icons/$NAME-256.png ;;
  mac) ICON=$PKG/icons/$NAME.icns ;;
  win) ICON=$PKG/icons/$NAME.ico ;;
esac

COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "Gizmo Studio"
  --description "Articulated 3D assets and simulation scenes for robotics engineers"
  --copyright "Copyright 2026 Gizmo Studio" --icon "$ICON")

"$JPACKAGE" --type app-image --dest "$OUT/image" "${COMMON[@]}" \
  --input "$OUT/input" --main-jar "$NAME.jar" --main-class io.gizmostudio.Main \
  --runtime-image "$OUT/runtime" "${JAVA_OPTIONS[@]}"
IMAGE=$OUT/image/$NAME
[[ $OS == mac ]] && IMAGE=$OUT/image/$NAME.app

# The class list of a real start (window, built-in engine, first frames), recorded by one training run of the
# image: what cds-archive.sh dumps at install time. Linux needs a display for it (Xvfb when there is none).
if [[ $OS == linux ]]; then
  TRAIN=$(mktemp -d)
  RUN=("$IMAGE/bin/$NAME")
  [[ -z ${DISPLAY:-} ]] && command -v xvfb-run >/dev/null && RUN=(xvfb-run -a -s "-screen 0 1280x900x24" "${RUN[@]}")
  if [[ -n ${DISPLAY:-} || ${RUN[0]} == xvfb-run ]] && HOME=$TRAIN XDG_DATA_HOME=$TRAIN/data XDG_CONFIG_HOME=$TRAIN/config \
      JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$IMAGE/lib/app/$NAME.classlist -Dgizmo.startup.training=true" \
      timeout 120 "${RUN[@]}" >"$TRAIN/log" 2>&1 && [[ -s $IMAGE/lib/app/$NAME.classlist ]]; then
    echo "build-installers: class list of a start, $(wc -l <"$IMAGE/lib/app/$NAME.classlist") classes"
  else
    rm -f "$IMAGE/lib/app/$NAME.classlist"
    echo "build-installers: no display for the start-up training run: no class-data sharing archive (continuing)" >&2
  fi
  rm -rf "$TRAIN"
fi

for type in $TYPES; do
  case $type in
    app-image)
      (cd "$OUT/image" && XZ_OPT=-9 tar cJf "$OUT/dist/$NAME-$VERSION-$OS-app-image.tar.xz" "$(basename "$IMAGE")") ;;
    deb)
      # Our own postinst/prerm (resource dir): jpackage's call xdg-desktop-menu, which fails on a minimal system.
      "$JPACKAGE" --type deb --dest "$OUT/dist" "${COMMON[@]}" --app-image "$IMAGE" \
        --resource-dir "$PKG/linux/deb" --install-dir /opt \
        --linux-package-name "$NAME" --linux-app-category science --linux-deb-maintainer "packages@gizmo.studio" \
        --linux-package-deps "libgtk-3-0, libgl1, libgl1-mesa-dri" ;;
    rpm)
      if ! command -v rpmbuild >/dev/null; then
        echo "build-installers: skipping rpm (install rpmbuild: apt-get install rpm / dnf install rpm-build)" >&2
        continue
      fi
      "$JPACKAGE" --type rpm --dest "$OUT/dist" "${COMMON[@]}" --app-image "$IMAGE" \
        --resource-dir "$PKG/linux/rpm" --install-dir /opt \
        --linux-package-name "$NAME" --linux-app-category Science \
        --linux-package-deps "gtk3, mesa-libGL, mesa-dri-drivers" ;;
    msi|exe)
      "$JPACKAGE" --type "$type" --dest "$OUT/dist" "${COMMON[@]}" --app-image "$IMAGE" \
        --win-menu --win-menu-group "Gizmo Studio" --win-shortcut --win-dir-chooser --win-per-user-install \
        --win-upgrade-uuid 6f1c2b7e-4d1a-4f0e-9a57-3c0d6f2e8b41 \
        --file-associations "$PKG/associations/urdf.properties" \
        --file-associations "$PKG/associations/xacro.properties" \
        --file-associations "$PKG/associations/scene.properties" ;;
    dmg|pkg)
      "$JPACKAGE" --type "$type" --dest "$OUT/dist" "${COMMON[@]}" --app-image "$IMAGE" \
        --mac-package-identifier studio.gizmo.app --mac-package-name "Gizmo Studio" \
        --file-associations "$PKG/associations/urdf.properties" \
        --file-associations "$PKG/associations/xacro.properties" \
        --file-associations "$PKG/associations/scene.properties" ;;
    *) echo "build-installers: unknown type $type" >&2; exit 2 ;;
  esac
done

echo "build-installers: runtime $(du -sh "$OUT/runtime" | cut -f1), image $(du -sh "$IMAGE" | cut -f1)"
ls -l "$OUT/dist"
