#!/bin/sh
# Build the frozen app into dist/factsheet/ (PyInstaller onedir) from a clean virtual
# environment, then archive it and print its size. Usage: sh packaging/build.sh (or
# ./dev.sh package). PYTHON picks the interpreter; the venv is rebuilt when it or
# pyproject.toml or packaging/constraints.txt (the pinned versions) change, so nothing
# from the developer's .venv is ever collected.
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s)

# One build at a time in this tree: several engineers' test runs may start one at once.
# mkdir is atomic; a lock older than 30 minutes is from a killed build and is taken over.
mkdir -p build
while ! mkdir build/.lock 2>/dev/null; do
    if [ -n "$(find build/.lock -maxdepth 0 -mmin +30 2>/dev/null)" ]; then
        rmdir build/.lock 2>/dev/null || true
        continue
    fi
    echo "build.sh: waiting for another build in this folder to finish" >&2
    sleep 5
done
trap 'rmdir build/.lock 2>/dev/null' EXIT
trap 'exit 130' INT TERM

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
    # 3.11 first: the version the app is developed and tested on. Each candidate is run, not
    # just looked up, because version-manager shims exist for interpreters that do not.
    for candidate in python3.11 python3.12 python3.13 python3 python; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            PYTHON=$candidate
            break
        fi
    done
fi
[ -n "$PYTHON" ] || { echo "build.sh: Python 3.11 or newer is needed" >&2; exit 2; }

venv=build/venv
case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) venv_python=$venv/Scripts/python.exe; platform=windows ;;
    Darwin) venv_python=$venv/bin/python; platform=macos ;;
    *) venv_python=$venv/bin/python; platform=linux ;;
esac

# Qt's xcb platform plugin links these; PyInstaller bundles whichever the build machine has,
# and a desktop without them (libxcb-cursor0 is missing on stock Ubuntu 22.04) could not
# show a window. So a Debian/Ubuntu build machine gets them first (root or sudo -n).
if [ "$platform" = linux ] && command -v dpkg >/dev/null 2>&1; then
    missing=""
    for package in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
        libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0; do
        dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        if [ "$(id -u)" = 0 ]; then as_root=""; else as_root="sudo -n"; fi
        # shellcheck disable=SC2086 # word splitting of the package list is intended
        { $as_root apt-get update -qq && $as_root apt-get install -y -qq $missing; } >/dev/null ||
            echo "build.sh: warning: install$missing so that the bundle carries them" >&2
    fi
fi

# The venv holds the app's dependencies and PyInstaller, nothing else.
wanted="$("$PYTHON" -c 'import sys; print(sys.version)' | head -n 1) $(cat pyproject.toml packaging/constraints.txt | cksum)"
if [ ! -x "$venv_python" ] || [ "$(cat "$venv/.wanted" 2>/dev/null)" != "$wanted" ]; then
    echo "build.sh: creating a clean build environment in $venv"
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv_python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    pip_install="$venv_python -m pip install --quiet --disable-pip-version-check"
    # shellcheck disable=SC2086 # $pip_install is a command line
    if ! $pip_install --constraint packaging/constraints.txt . "pyinstaller==6.22.3"; then
        # A dependency range in pyproject.toml moved past the pins: build anyway, loudly.
        echo "build.sh: warning: packaging/constraints.txt conflicts with pyproject.toml;" \
            "building with the newest versions pyproject.toml allows. Update the pins." >&2
        $pip_install . "pyinstaller==6.22.3"
    fi
    printf '%s\n' "$wanted" > "$venv/.wanted"
fi

# The spec reads the code from src/ and resources from resources/ and data/ directly, so a
# source change needs no reinstall; --noconfirm replaces the previous dist/factsheet.
warnings=build/pyinstaller-warnings.log
"$venv_python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/factsheet.spec 2> "$warnings" ||
    { cat "$warnings" >&2; exit 1; }
# Libraries the build machine lacks are left for the user's system to provide; most belong
# to plugins the spec drops anyway (GTK theme, OpenGL glue). Listed so a release can check.
if grep -q "Library not found" "$warnings"; then
    echo "build.sh: not bundled (the user's system must have them if a kept plugin needs them):"
    sed -n "s/.*could not resolve '\([^']*\)', dependency of '.*\/\([^/']*\)'.*/  \1 (for \2)/p" \
        "$warnings" | sort -u
fi

if [ "$platform" = linux ]; then
    # Desktop registration travels with the app: ./install.sh inside the folder.
    cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/factsheet.desktop \
        packaging/linux/factsheet-incident.xml packaging/linux/README.txt dist/factsheet/
fi

version=$("$venv_python" -c 'import sys; sys.path.insert(0, "src"); import factsheet; sys.stdout.write(factsheet.__version__)')
machine=$(uname -m)
archive=dist/factsheet-$version-$platform-$machine.tar.gz
rm -f "$archive"
if [ "$platform" = macos ]; then
    tar -C dist -czf "$archive" Factsheet.app
else
    tar -C dist -czf "$archive" factsheet
fi

on_disk_kib=$(du -sk dist/factsheet | cut -f1)
archive_kib=$(du -k "$archive" | cut -f1)
mib() { awk -v kib="$1" 'BEGIN { printf "%.1f", kib / 1024 }'; }
echo "build.sh: dist/factsheet: $(mib "$on_disk_kib") MiB on disk; $archive: $(mib "$archive_kib") MiB"
echo "build.sh: built in $(($(date +%s) - started)) s"
