"""Render resources/icons/factsheet.svg to hicolor PNGs, a Windows .ico and a macOS .icns.

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python
packaging/icons/render_icons.py``; the outputs are committed so a build needs no renderer.
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SVG = ICONS / "factsheet.svg"
# The sizes the freedesktop hicolor theme lists for application icons.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold PNG data: (type code, pixel size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 512),
    (b"ic14", 1024),
)  # fmt: skip


def hicolor_png(size: int) -> Path:
    """Where the PNG of one size lives, laid out as in a hicolor icon theme."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "factsheet.png"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square, antialiased on transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A .ico whose images are PNG-compressed (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, images = b"", b""
    for size, png in sorted(pngs.items()):
        # Width and height 0 mean 256 in the ICO directory.
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A .icns of PNG entries: the form macOS 10.7 and later read."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write every rendered form of the icon next to the SVG."""
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)  # noqa: T201
        return 1
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render(renderer, size) for size in sizes}
    for size in HICOLOR_SIZES:
        hicolor_png(size).parent.mkdir(parents=True, exist_ok=True)
        hicolor_png(size).write_bytes(pngs[size])
    (ICONS / "factsheet.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "factsheet.icns").write_bytes(icns(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
