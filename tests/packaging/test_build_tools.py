"""The build helpers: Qt trimming rules, the ICU data repacker, and the rendered icons."""

import ctypes
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    # packaging/ is not a package (its name would shadow PyPI's "packaging"): load by path.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle_trim = _load("factsheet_bundle_trim", PACKAGING / "bundle_trim.py")
icu_trim = _load("factsheet_icu_trim", PACKAGING / "icu_trim.py")
render_icons = _load("factsheet_render_icons", PACKAGING / "icons" / "render_icons.py")


@pytest.mark.parametrize(
    ("bundle_name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/QtWidgets.abi3.so", True),
        ("pydantic_core/_pydantic_core.so", True),
    ],
)
def test_plugin_rules(bundle_name: str, kept: bool) -> None:
    assert bundle_trim.keep_plugin(bundle_name) is kept


def test_qt_translations_are_recognised() -> None:
    assert bundle_trim.is_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_trim.is_qt_translation("factsheet/_resources/fonts/OFL.txt")
    assert not bundle_trim.is_qt_translation("factsheet/_resources/translations/factsheet_ar.qm")


def test_only_the_arabic_qt_base_catalogue_is_kept() -> None:
    datas = [
        ("PySide6/Qt/translations/qtbase_ar.qm", "/s/qtbase_ar.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/s/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qt_ar.qm", "/s/qt_ar.qm", "DATA"),
        ("PySide6/Qt/translations/qtmultimedia_ar.qm", "/s/mm_ar.qm", "DATA"),
        ("factsheet/_resources/translations/factsheet_ar.qm", "/s/f_ar.qm", "DATA"),
    ]
    kept = [name for name, _, _ in bundle_trim.trim_datas(datas, [], [])]
    assert kept == [
        "PySide6/Qt/translations/qtbase_ar.qm",
        "factsheet/_resources/translations/factsheet_ar.qm",
    ]


def test_trim_keeps_exactly_what_kept_binaries_link_to() -> None:
    links = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libpyside6.abi3.so.6.12"],
        "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libQt6Core.so.6", "libfreetype.so.6"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/s/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
        "/s/libqcups.so": ["libcups.so.2"],
        "/s/libcups.so.2": ["libgnutls.so.30"],
        "/s/libQt6Quick.so.6": ["libQt6Qml.so.6"],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/libpyside6.abi3.so.6.12", "/s/libpyside6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/s/egl", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/s/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/s/libQt6Qml.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/s/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libqcups.so", "/s/libqcups.so", "BINARY"),
        ("libfreetype.so.6", "/s/libfreetype.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
    ]

    kept = bundle_trim.trim_binaries(binaries, lambda path: links.get(path, []))

    names = {name for name, _, _ in kept}
    assert names == {
        "PySide6/QtWidgets.abi3.so",
        "PySide6/libpyside6.abi3.so.6.12",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/printsupport/libqcups.so",
        "libfreetype.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
        "libQt6Gui.so.6",
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_elf_needed_lists_direct_dependencies_only() -> None:
    widgets = Path(sys.modules["PySide6.QtGui"].__file__ or "").parent / "QtWidgets.abi3.so"
    needed = bundle_trim.elf_needed(str(widgets))
    assert "libQt6Widgets.so.6" in needed
    # libQt6Widgets links Gui and Core, but the binding itself names libicu nowhere.
    assert not [name for name in needed if name.startswith("libicu")]
    assert bundle_trim.elf_needed(str(ROOT / "pyproject.toml")) == []


def _archive(items: dict[str, bytes]) -> bytes:
    """A tiny ICU common-data archive laid out as ICU writes one."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes(12)
    header += bytes(32 - len(header))
    names = sorted(items)
    table_size = 4 + 8 * len(names)
    name_blob = b"".join(name.encode() + b"\0" for name in names)
    data_start = (table_size + len(name_blob) + 15) // 16 * 16
    offsets, body, name_offset, entries = [], b"", table_size, b""
    for name in names:
        offsets.append(data_start + len(body))
        body += items[name] + bytes(-len(items[name]) % 16)
    for name, offset in zip(names, offsets, strict=True):
        entries += struct.pack("<II", name_offset, offset)
        name_offset += len(name) + 1
    padding = bytes(data_start - table_size - len(name_blob))
    return header + struct.pack("<I", len(names)) + entries + name_blob + padding + body


def _read_archive(archive: bytes) -> dict[str, bytes]:
    toc = struct.unpack_from("<H", archive, 0)[0]
    count = struct.unpack_from("<I", archive, toc)[0]
    entries = [struct.unpack_from("<II", archive, toc + 4 + 8 * i) for i in range(count)]
    result = {}
    for index, (name_at, data_at) in enumerate(entries):
        name = archive[toc + name_at : archive.index(b"\0", toc + name_at)].decode()
        end = toc + entries[index + 1][1] if index + 1 < count else len(archive)
        result[name] = archive[toc + data_at : end].rstrip(b"\0")
    return result


def test_icu_archive_keeps_collation_and_drops_display_names() -> None:
    items = {
        "icudt73l/ar.res": b"locale-ar",
        "icudt73l/coll/ar.res": b"collation-ar",
        "icudt73l/coll/root.res": b"collation-root",
        "icudt73l/lang/ar.res": b"language-names-ar",
        "icudt73l/zone/en.res": b"zone-names-en",
        "icudt73l/ibm-1047_P100-1995.cnv": b"ebcdic",
        "icudt73l/nfkc.nrm": b"normalisation",
    }
    archive = _archive(items)
    library = b"\x7fELF" + bytes(60) + archive + b"trailing symbols"

    trimmed, kept = icu_trim.trimmed_archive(library, archive_size=len(archive))

    assert kept == sorted(
        ["icudt73l/ar.res", "icudt73l/coll/ar.res", "icudt73l/coll/root.res", "icudt73l/nfkc.nrm"]
    )
    assert _read_archive(trimmed) == {name: items[name] for name in kept}


@pytest.mark.skipif(not icu_trim.can_build(), reason="needs binutils (objcopy, objdump, ld)")
def test_trimmed_icu_library_exports_the_data_symbol(tmp_path: Path) -> None:
    original = next(
        Path(sys.modules["PySide6.QtGui"].__file__ or "").parent.glob("Qt/lib/libicudata.so.*"),
        None,
    )
    if original is None:
        pytest.skip("this PySide6 uses the system's ICU")
    output = tmp_path / original.name
    kept = icu_trim.build_trimmed_library(original, output)
    assert any("/coll/" in name for name in kept)
    assert not any("/lang/" in name for name in kept)
    assert output.stat().st_size < original.stat().st_size / 2
    # What libicuuc does: resolve icudtNN_dat and read a common-data header there.
    symbol = original.name.replace("libicudata.so.", "icudt").split(".")[0] + "_dat"
    library = ctypes.CDLL(str(output))
    header = ctypes.string_at(ctypes.addressof(ctypes.c_char.in_dll(library, symbol)), 16)
    assert header[2:4] == b"\xda\x27"
    assert header[12:16] == b"CmnD"


@pytest.mark.parametrize("size", render_icons.HICOLOR_SIZES)
def test_hicolor_icons_are_current_renders_of_the_svg(qapp: object, size: int) -> None:
    committed = QImage(str(render_icons.hicolor_png(size)))
    fresh = QImage.fromData(
        render_icons.render(render_icons.QSvgRenderer(str(render_icons.SVG)), size)
    )
    assert committed.size() == fresh.size()
    old = bytes(committed.convertToFormat(QImage.Format.Format_RGBA8888).constBits())
    new = bytes(fresh.convertToFormat(QImage.Format.Format_RGBA8888).constBits())
    # Antialiasing may differ by a step between Qt versions; a changed drawing differs a lot.
    differing = sum(
        1
        for start in range(0, len(old), 4)
        if max(
            abs(a - b) for a, b in zip(old[start : start + 4], new[start : start + 4], strict=True)
        )
        > 8
    )
    assert differing <= size * size // 50, "run packaging/icons/render_icons.py"


def test_ico_holds_every_windows_size(qapp: object) -> None:
    reader = QImageReader(str(render_icons.ICONS / "factsheet.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sorted(sizes) == sorted(render_icons.ICO_SIZES)


def test_icns_entries_are_pngs_of_their_sizes(qapp: object) -> None:
    data = (render_icons.ICONS / "factsheet.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, found = 8, {}
    while offset < len(data):
        code, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        found[code] = QImage.fromData(data[offset + 8 : offset + length]).width()
        offset += length
    assert found == dict(render_icons.ICNS_TYPES)


def test_framework_links_go_with_their_framework_and_stay_with_it() -> None:
    lib = "PySide6/Qt/lib"
    links = {"/s/QtWidgets.so": ["@rpath/QtWidgets.framework/Versions/A/QtWidgets"]}
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.so", "EXTENSION"),
        (f"{lib}/QtWidgets.framework/Versions/A/QtWidgets", "/s/w", "BINARY"),
        (f"{lib}/QtNetwork.framework/Versions/A/QtNetwork", "/s/n", "BINARY"),
    ]
    datas = [
        # Chained links: the naive target (Versions/Current/...) is itself behind a link.
        (f"{lib}/QtWidgets.framework/QtWidgets", "Versions/Current/QtWidgets", "SYMLINK"),
        (f"{lib}/QtWidgets.framework/Versions/Current", "A", "SYMLINK"),
        (f"{lib}/QtWidgets.framework/Resources/Info.plist", "/s/wi", "DATA"),
        (f"{lib}/QtNetwork.framework/QtNetwork", "Versions/Current/QtNetwork", "SYMLINK"),
        (f"{lib}/QtNetwork.framework/Versions/Current", "A", "SYMLINK"),
        (f"{lib}/QtNetwork.framework/Resources/Info.plist", "/s/ni", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/s/de.qm", "DATA"),
        ("factsheet/_data/al-qaryatayn-2017.yaml", "/s/sample", "DATA"),
    ]

    kept_binaries = bundle_trim.trim_binaries(binaries, lambda path: links.get(path, []))
    kept_datas = bundle_trim.trim_datas(datas, binaries, kept_binaries)

    assert [name for name, _, _ in kept_binaries] == [
        "PySide6/QtWidgets.abi3.so",
        f"{lib}/QtWidgets.framework/Versions/A/QtWidgets",
    ]
    assert [name for name, _, _ in kept_datas] == [
        f"{lib}/QtWidgets.framework/QtWidgets",
        f"{lib}/QtWidgets.framework/Versions/Current",
        f"{lib}/QtWidgets.framework/Resources/Info.plist",
        "factsheet/_data/al-qaryatayn-2017.yaml",
    ]
