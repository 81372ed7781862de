"""The bundled fonts (Noto Sans, Noto Naskh Arabic): registered once, used on screen and paper."""

import struct

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from factsheet.rendering.font_scaling import scaled_font
from factsheet.resources import resource

#: Latin first, then the fallbacks Qt tries, in order, for characters the first lacks:
#: Arabic, and the few symbols figures use (≥ ≤ ↳ →) that Noto Sans does not have.
LATIN_FAMILY = "Noto Sans"
#: Noto Naskh Arabic, drawn ARABIC_SCALE times larger so that Arabic inside English text
#: looks the size of the Latin around it (font_scaling.py), under a name of its own.
ARABIC_FAMILY = "Factsheet Naskh"
ARABIC_SOURCE_FAMILY = "Noto Naskh Arabic"
ARABIC_SCALE = 1.25
SYMBOLS_FAMILY = "Factsheet Symbols"
SHEET_FAMILIES = (LATIN_FAMILY, ARABIC_FAMILY, SYMBOLS_FAMILY)
FALLBACK_FAMILIES = (ARABIC_FAMILY, SYMBOLS_FAMILY)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "FactsheetSymbols-Regular.ttf",
)

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database; return their families (call-safe twice).

    Also gives the application font the bundled Arabic font as its fallback, so the screen
    shows Arabic names shaped even on a system without Arabic fonts.

    Needs a QGuiApplication. A missing or unreadable file is skipped: the sheet then falls
    back to the system's fonts, which is worse (Arabic may print as boxes) but not a crash.
    """
    global _registered  # noqa: PLW0603 - Qt's font database is process-wide too
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    for name in FONT_FILES:
        try:
            data = resource("fonts", name).read_bytes()
        except OSError:  # FileNotFoundError too
            continue
        font_id = _add(data, arabic=name.startswith("NotoNaskh"))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    _fall_back_to_bundled_fonts()
    return list(families)


def _add(data: bytes, *, arabic: bool) -> int:
    """Register a font file's bytes (the Arabic enlarged and renamed); its id, or -1."""
    if arabic:
        try:
            data = scaled_font(
                data, ARABIC_SCALE, family=ARABIC_SOURCE_FAMILY, renamed=ARABIC_FAMILY
            )
        except (ValueError, KeyError, struct.error):
            return -1  # not the font we bundle: better the system's Arabic than a broken one
    return QFontDatabase.addApplicationFontFromData(QByteArray(data))


def _fall_back_to_bundled_fonts() -> None:
    """Keep the desktop's own UI font, but let every widget find Arabic letters in ours."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    font = QGuiApplication.font()
    # The family the desktop's font resolves to first: a generic name ("Sans Serif", which
    # an X server without a desktop gives) matches no family in a list of families, and Qt
    # would then draw every widget in the first fallback, the Arabic (taller lines too).
    resolved = QFontInfo(font).family()
    named = [f for f in font.families() or [font.family()] if f not in FALLBACK_FAMILIES]
    families = list(dict.fromkeys([resolved, *named]))
    font.setFamilies([*families, *FALLBACK_FAMILIES])
    QGuiApplication.setFont(font)
