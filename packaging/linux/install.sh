#!/bin/sh
# Register Factsheet with the desktop for this user only (no root): menu entry, icons, the
# incident file type (*.incident.yaml), and Factsheet as its default application.
# Usage: ./install.sh [APP_DIR]   APP_DIR holds the `factsheet` executable; by default the
# folder of this script (it ships inside dist/factsheet/). Undo with ./uninstall.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_dir=$(cd "${1:-$here}" && pwd)
executable=$app_dir/factsheet
[ -x "$executable" ] || { echo "install.sh: no executable 'factsheet' in $app_dir" >&2; exit 2; }

# The bundle carries its icons under _internal/; a checkout keeps them in resources/.
icons=$app_dir/_internal/factsheet/_resources/icons
[ -d "$icons/hicolor" ] || icons=$here/../../resources/icons
[ -d "$icons/hicolor" ] || { echo "install.sh: cannot find the icons" >&2; exit 2; }

case $executable in
    *[\"\`\$\\%]* | *"
"*)
        # The desktop-entry Exec key would need escaping rules no file manager agrees on.
        echo "install.sh: move the app to a folder whose path has no \" \` \$ \\ % or newline" >&2
        exit 2 ;;
esac

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
state=${XDG_STATE_HOME:-$HOME/.local/state}/factsheet
applications=$data_home/applications
mkdir -p "$applications" "$data_home/mime/packages"

# Make desktop_id the default application for each MIME type after it.
set_default() {
    desktop_id=$1
    shift
    if command -v xdg-mime >/dev/null 2>&1; then
        xdg-mime default "$desktop_id" "$@"
        return
    fi
    # What xdg-mime writes on any desktop: the user's mimeapps.list names the default.
    mkdir -p "$config_home"
    list=$config_home/mimeapps.list
    grep -q '^\[Default Applications\]' "$list" 2>/dev/null || printf '[Default Applications]\n' >> "$list"
    for mime_type in "$@"; do
        grep -v "^$mime_type=" "$list" | awk -v line="$mime_type=$desktop_id" '
            { print }
            /^\[Default Applications\]$/ && !done { print line; done = 1 }' > "$list.new"
        mv "$list.new" "$list"
    done
}

# Plain YAML: Factsheet joins its "Open with" list (the .desktop names application/yaml) but
# must not become what a double-click on every .yaml file does. GLib prefers an app naming
# the exact type over editors that name only text/plain, so the app that opens YAML today is
# made the explicit default first, unless the user already chose one. Where that cannot be
# found out (no gio), Factsheet stays out of YAML's list instead.
yaml_types="application/yaml application/x-yaml"
pinned=""
mime_types=$(sed -n 's/^MimeType=//p' "$here/factsheet.desktop")
if grep -qE '^application/(x-)?yaml=' "$config_home/mimeapps.list" 2>/dev/null; then
    :  # the user's own choice stands
elif command -v gio >/dev/null 2>&1; then
    # shared-mime-info before 2.3 knows only x-yaml; gio's first line ends in the default.
    for yaml_type in $yaml_types; do
        [ -n "$pinned" ] || pinned=$(gio mime "$yaml_type" 2>/dev/null |
            sed -n '1s/.*[: ]\([^ :]*\.desktop\)$/\1/p')
    done
    [ "$pinned" != factsheet.desktop ] || pinned=""
else
    mime_types=application/x-factsheet-incident\;
fi

# Quoted so that a folder with spaces works; TryExec hides the entry if the app is moved.
sed -e "s|^TryExec=.*|TryExec=$executable|" \
    -e "s|^Exec=.*|Exec=\"$executable\" %f|" \
    -e "s|^MimeType=.*|MimeType=$mime_types|" \
    "$here/factsheet.desktop" > "$applications/factsheet.desktop"
cp "$here/factsheet-incident.xml" "$data_home/mime/packages/factsheet-incident.xml"

for size_dir in "$icons"/hicolor/*x*; do
    size=$(basename "$size_dir")
    for context in apps mimetypes; do
        mkdir -p "$data_home/icons/hicolor/$size/$context"
    done
    cp "$size_dir/apps/factsheet.png" "$data_home/icons/hicolor/$size/apps/factsheet.png"
    cp "$size_dir/apps/factsheet.png" \
        "$data_home/icons/hicolor/$size/mimetypes/application-x-factsheet-incident.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$icons/factsheet.svg" "$data_home/icons/hicolor/scalable/apps/factsheet.svg"

# Each tool is optional: a desktop without it picks the files up on its next scan.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data_home/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$applications"
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache --quiet "$data_home/icons/hicolor" || true
fi
touch "$data_home/icons/hicolor"
set_default factsheet.desktop application/x-factsheet-incident
if [ -n "$pinned" ]; then
    # shellcheck disable=SC2086 # two MIME types
    set_default "$pinned" $yaml_types
    # uninstall.sh takes back exactly this, if the user has not changed it since.
    mkdir -p "$state"
    printf '%s\n' "$pinned" > "$state/yaml-default-kept"
fi

echo "Factsheet is installed for $(id -un): double-click an .incident.yaml file to open it."
echo "To undo: $here/uninstall.sh"
