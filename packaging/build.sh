#!/bin/sh
# Build the frozen app into dist/factsheet/ (PyInstaller onedir) from a clean virtual
# environment, then archive it and print its size. Usage: sh packaging/build.sh (or
# ./dev.sh package). PYTHON picks the interpreter; the venv is rebuilt when it or
# pyproject.toml changes, so nothing from the developer's .venv is ever collected.
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s)

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

# The venv holds the app's dependencies and PyInstaller, nothing else.
wanted="$("$PYTHON" -c 'import sys; print(sys.version)' | head -n 1) $(cksum < pyproject.toml)"
if [ ! -x "$venv_python" ] || [ "$(cat "$venv/.wanted" 2>/dev/null)" != "$wanted" ]; then
    echo "build.sh: creating a clean build environment in $venv"
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv_python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$venv_python" -m pip install --quiet --disable-pip-version-check . "pyinstaller==6.22.3"
    printf '%s\n' "$wanted" > "$venv/.wanted"
fi

# The spec reads the code from src/ and resources from resources/ and data/ directly, so a
# source change needs no reinstall; --noconfirm replaces the previous dist/factsheet.
"$venv_python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/factsheet.spec

if [ "$platform" = linux ]; then
    # Desktop registration travels with the app: ./install.sh inside the folder.
    cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/factsheet.desktop \
        packaging/linux/factsheet-incident.xml packaging/linux/README.txt dist/factsheet/
fi

version=$("$venv_python" -c 'import sys; sys.path.insert(0, "src"); import factsheet; print(factsheet.__version__)')
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
echo "build.sh: dist/factsheet: $((on_disk_kib / 1024)) MiB on disk; $archive: $((archive_kib / 1024)) MiB"
echo "build.sh: built in $(($(date +%s) - started)) s"
