"""Which Qt plugins, translations and libraries the frozen app keeps (used by factsheet.spec)."""

import posixpath
import re
import struct
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# A PyInstaller table-of-contents entry: (name inside the bundle, source path, type code).
TocEntry = tuple[str, str, str]
# Maps a binary's source path to the names of the shared libraries it links against.
LinkedNames = Callable[[str], Iterable[str]]

# Qt plugins kept, by plugin folder; None keeps the whole folder. Everything else goes:
# eglfs/linuxfb/vnc (kiosk platforms), evdev input (used by eglfs only), OpenGL glue
# (widgets paint with the raster engine), the virtual keyboard (needs Qt Quick), the GTK3
# theme (it would drag the host's GTK into the bundle), image formats nobody opens here.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen and minimal run headless (tests, the smoke run); xcb and wayland are the
    # Linux desktops; windows and cocoa are the other two systems.
    "platforms": frozenset(
        {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"}
    ),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": None,
    # Dead keys (compose) and input methods (ibus: Arabic, CJK) for typing in filter boxes.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # The desktop portal gives native file dialogs on Flatpak/GNOME/KDE without GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # SVG for the app icon; JPEG, PNG (built into QtGui) and ICO for pictures and icons.
    "imageformats": frozenset({"qsvg", "qjpeg", "qico"}),
    "iconengines": None,
    # cups lists printers on Linux and macOS; Windows prints through QtPrintSupport itself.
    "printsupport": None,
    # The native look on Windows and macOS.
    "styles": None,
}

_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<kind>[^/]+)/(?P<file>[^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)translations/[^/]+\.qm$")
# Qt's own libraries as PySide6 ships them: libQt6Gui.so.6, Qt6Gui.dll, QtGui.framework/...
_QT_LIBRARY = re.compile(
    r"(?:^|/)(?:lib)?Qt6[A-Za-z0-9]+(?:\.so(?:\.[0-9.]+)?|\.dll)$|(?:^|/)(Qt[A-Za-z0-9]+)\.framework/"
)


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".", 1)[0]
    return stem.removeprefix("lib")


def keep_plugin(bundle_name: str) -> bool:
    """Whether a file in a Qt plugins folder stays; files outside plugin folders always stay."""
    match = _PLUGIN.search(PurePosixPath(bundle_name).as_posix())
    if match is None or "PySide6" not in bundle_name:
        return True
    kind = match.group("kind")
    if kind not in KEPT_PLUGINS:
        return False
    allowed = KEPT_PLUGINS[kind]
    return allowed is None or _plugin_stem(match.group("file")) in allowed


#: Qt's own catalogues the app loads (rendering/translations.py): qtbase holds the words of
#: QtWidgets' and QtPrintSupport's dialogs, in the interface's languages other than English.
KEPT_QT_TRANSLATIONS = frozenset({"qtbase_ar.qm"})


def is_qt_translation(bundle_name: str) -> bool:
    """One of Qt's own .qm catalogues (of any language or module)."""
    return "PySide6" in bundle_name and _TRANSLATION.search(bundle_name) is not None


def keep_qt_translation(bundle_name: str) -> bool:
    """Whether one of Qt's catalogues stays: only those of the interface's languages."""
    return PurePosixPath(_posix(bundle_name)).name in KEPT_QT_TRANSLATIONS


def qt_library_key(bundle_name: str) -> str | None:
    """The link name a Qt library is known by (its file or framework name), else None."""
    posix = PurePosixPath(bundle_name).as_posix()
    match = _QT_LIBRARY.search(posix)
    if match is None:
        return None
    # Windows compares DLL names without regard to case.
    return (match.group(1) or PurePosixPath(posix).name).lower()


def _link_key(linked_name: str) -> str:
    # macOS names frameworks "@rpath/QtGui.framework/Versions/A/QtGui": its last part is the key.
    return PurePosixPath(linked_name.replace("\\", "/")).name.lower()


# Left to the system on purpose: libcups must match the host's CUPS daemon and its
# configuration, and a desktop without it has no printers to list (Qt still prints to PDF);
# not bundling it leaves out GnuTLS, Kerberos and Avahi. libdbus-1 (ABI-stable since 2006)
# is on every desktop that has a session bus to talk to; bundling it would bring libsystemd
# and its compression and crypto libraries.
SYSTEM_PROVIDED = frozenset({"libcups.so.2", "libdbus-1.so.3"})


def _prunable(entry: TocEntry) -> bool:
    """Libraries collected only because something links to them: Qt's and top-level ones."""
    name, _, typecode = entry
    if typecode != "BINARY":
        return False
    if qt_library_key(name) is not None:
        return True
    path = _posix(name)
    # The Python runtime library is loaded by the bootloader itself, never linked to.
    return len(path.parts) == 1 and not path.name.lower().startswith(("libpython", "python"))


def _library_key(entry: TocEntry) -> str:
    return qt_library_key(entry[0]) or _link_key(entry[0])


def trim_binaries(binaries: list[TocEntry], linked_names: LinkedNames) -> list[TocEntry]:
    """Drop unused plugins, then every library that no kept binary links to, transitively.

    PyInstaller collects the libraries of every plugin its Qt hooks pick up; once those
    plugins are gone, Qt6Quick, Qt6Qml, Qt6OpenGL, GTK's cairo and pango and friends hang
    on nothing. ``linked_names`` must give the direct dependencies (DT_NEEDED, PE imports,
    Mach-O load commands) of a file.
    """
    plugins_kept = [entry for entry in binaries if keep_plugin(entry[0])]
    libraries: dict[str, list[TocEntry]] = {}
    pending: list[str] = []
    for entry in plugins_kept:
        if _prunable(entry):
            libraries.setdefault(_library_key(entry), []).append(entry)
        elif entry[2] != "SYMLINK":
            pending.append(entry[1])
    reached: set[str] = set()
    while pending:
        for name in linked_names(pending.pop()):
            key = _link_key(name)
            if key in libraries and key not in reached and key not in SYSTEM_PROVIDED:
                reached.add(key)
                pending.extend(entry[1] for entry in libraries[key])
    kept = [
        entry for entry in plugins_kept if not _prunable(entry) or _library_key(entry) in reached
    ]
    return drop_links_into(kept, _dropped(binaries, kept))


def _posix(name: str) -> PurePosixPath:
    return PurePosixPath(name.replace("\\", "/"))


def _dropped(before: list[TocEntry], after: list[TocEntry]) -> set[PurePosixPath]:
    kept = {entry[0] for entry in after}
    return {_posix(name) for name, _, code in before if code != "SYMLINK" and name not in kept}


def _framework_folder(path: PurePosixPath) -> PurePosixPath | None:
    for index, part in enumerate(path.parts):
        if part.endswith(".framework"):
            return PurePosixPath(*path.parts[: index + 1])
    return None


def drop_links_into(entries: list[TocEntry], dropped: set[PurePosixPath]) -> list[TocEntry]:
    """Drop symbolic links to dropped files, and links inside or into a dropped framework.

    PyInstaller links libQt6Gui.so.6 -> PySide6/Qt/lib/libQt6Gui.so.6 on Linux, and
    QtGui.framework/QtGui -> Versions/Current/QtGui on macOS (Current itself a link to A):
    a link whose target cannot be told is kept, so only links into what was dropped go.
    """
    frameworks = {folder for path in dropped if (folder := _framework_folder(path))}
    kept = []
    for entry in entries:
        name, target, typecode = entry
        if typecode == "SYMLINK":
            link = _posix(name)
            # PyInstaller writes the target relative to the link's folder.
            resolved = PurePosixPath(posixpath.normpath((link.parent / target).as_posix()))
            inside = {_framework_folder(link), _framework_folder(resolved)} & frameworks
            if resolved in dropped or inside:
                continue
        kept.append(entry)
    return kept


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED entries of an ELF file: its direct library dependencies (ldd is transitive)."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    header = struct.Struct(order + ("QQQ" if wide else "III"))  # e_entry, e_phoff, e_shoff
    shoff = header.unpack_from(data, 24)[2]
    shentsize, shnum = struct.unpack_from(order + "HH", data, 58 if wide else 46)
    section = struct.Struct(order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII"))
    sections = [section.unpack_from(data, shoff + index * shentsize) for index in range(shnum)]
    dyn = struct.Struct(order + ("qQ" if wide else "iI"))
    needed = []
    for _, kind, _, _, offset, size, link, _, _, _ in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings_offset = sections[link][4]
        for start in range(offset, offset + size, dyn.size):
            tag, value = dyn.unpack_from(data, start)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strings_offset + value)
                needed.append(data[strings_offset + value : end].decode("utf-8", "replace"))
    return needed


def trim_datas(
    datas: list[TocEntry], binaries_before: list[TocEntry], binaries_after: list[TocEntry]
) -> list[TocEntry]:
    """Drop unused Qt translations, and plugin or framework data whose binaries went."""
    dropped = _dropped(binaries_before, binaries_after)
    frameworks = {folder for path in dropped if (folder := _framework_folder(path))}
    result = []
    for entry in datas:
        name = entry[0]
        if (is_qt_translation(name) and not keep_qt_translation(name)) or not keep_plugin(name):
            continue
        if _framework_folder(_posix(name)) in frameworks:
            continue
        result.append(entry)
    return drop_links_into(result, dropped)
