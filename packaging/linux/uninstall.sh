#!/bin/sh
# Undo install.sh for this user: menu entry, icons, the incident file type and the default
# association. The app folder itself is left alone; delete it yourself if you wish.
set -eu
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}

rm -f "$data_home/applications/factsheet.desktop" \
    "$data_home/mime/packages/factsheet-incident.xml" \
    "$data_home/icons/hicolor/scalable/apps/factsheet.svg"
for size_dir in "$data_home"/icons/hicolor/*x*; do
    [ -d "$size_dir" ] || continue
    rm -f "$size_dir/apps/factsheet.png" \
        "$size_dir/mimetypes/application-x-factsheet-incident.png"
done

# Forget the default we set, any association a file manager recorded for our type, and the
# YAML default install.sh wrote down for the user (only if it is still the one it wrote).
state=${XDG_STATE_HOME:-$HOME/.local/state}/factsheet
kept=$(cat "$state/yaml-default-kept" 2>/dev/null || true)
for list in "$config_home/mimeapps.list" "$data_home/applications/mimeapps.list"; do
    [ -f "$list" ] || continue
    grep -v -e '^application/x-factsheet-incident=' \
        ${kept:+-e "^application/yaml=$kept\$" -e "^application/x-yaml=$kept\$"} \
        "$list" > "$list.new" || true
    mv "$list.new" "$list"
done
rm -f "$state/yaml-default-kept"
rmdir "$state" 2>/dev/null || true

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime" ]; then
    update-mime-database "$data_home/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
    update-desktop-database "$data_home/applications"
fi
if [ -d "$data_home/icons/hicolor" ]; then
    touch "$data_home/icons/hicolor"
fi
echo "Factsheet's desktop registration is removed for $(id -un)."
