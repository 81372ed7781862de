"""The bundled fonts: the Arabic enlarged to the Latin's visual size, under its own name."""

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from factsheet.rendering import fonts
from factsheet.rendering.font_scaling import scaled_font, units_per_em
from factsheet.resources import resource

PIXELS = 200.0


def _raw(family: str) -> QRawFont:
    font = QFont(family)
    font.setPixelSize(int(PIXELS))
    raw = QRawFont.fromFont(font)
    assert raw.familyName() == family
    return raw


def _height(raw: QRawFont, text: str) -> float:
    """The tallest ink above the baseline among ``text``'s glyphs, in pixels."""
    return max(-raw.boundingRect(g).top() for g in raw.glyphIndexesForString(text))


def test_arabic_inside_english_is_set_at_the_latin_s_visual_size(qapp: QApplication) -> None:
    fonts.register_fonts()
    latin = _raw(fonts.LATIN_FAMILY)
    arabic = _raw(fonts.ARABIC_FAMILY)
    x_height = _height(latin, "xuvw")
    # Letters without ascenders: the bowl of heh, the tooth of seen, meem.
    body = _height(arabic, "هسم")
    assert 0.85 <= body / x_height <= 1.1, body / x_height
    # The font as shipped stands well under it: that is what the scaling is for.
    shipped = QRawFont(
        QByteArray(resource("fonts", "NotoNaskhArabic-Regular.ttf").read_bytes()), PIXELS
    )
    assert _height(shipped, "هسم") / x_height < 0.8
    # Advances scale alike: the same word is exactly ARABIC_SCALE times as wide.
    word = "القريتين"
    wide = sum(
        arabic.advancesForGlyphIndexes(arabic.glyphIndexesForString(word))[i].x()
        for i in range(len(word))
    )
    narrow = sum(
        shipped.advancesForGlyphIndexes(shipped.glyphIndexesForString(word))[i].x()
        for i in range(len(word))
    )
    assert abs(wide / narrow - fonts.ARABIC_SCALE) < 0.02


def test_the_scaled_font_is_renamed_and_keeps_its_postscript_name(qapp: QApplication) -> None:
    data = resource("fonts", "NotoNaskhArabic-Bold.ttf").read_bytes()
    scaled = scaled_font(data, 1.25, family="Noto Naskh Arabic", renamed="Scaled Naskh Test")
    assert units_per_em(data) == 1000
    assert units_per_em(scaled) == 800
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(scaled))
    assert QFontDatabase.applicationFontFamilies(font_id) == ["Scaled Naskh Test"]
    assert QFontDatabase.styles("Scaled Naskh Test") == ["Bold"]
    raw = QRawFont(QByteArray(scaled), PIXELS)
    assert raw.familyName() == "Scaled Naskh Test"
    assert "NotoNaskhArabic-Bold".encode("utf-16-be") in scaled  # a PDF names it so


def test_a_font_that_is_not_truetype_is_skipped(qapp: QApplication) -> None:
    assert fonts._add(b"not a font", arabic=True) == -1


def test_widgets_keep_a_latin_font_when_the_desktop_names_a_generic_one(
    qapp: QApplication,
) -> None:
    # An X server without a desktop gives "Sans Serif", which no family in a list matches:
    # the widgets were drawn in the Arabic fallback, its tall lines widening every header.
    before = QApplication.font()
    try:
        fonts.register_fonts()
        QApplication.setFont(QFont("Sans Serif", 10))
        fonts._fall_back_to_bundled_fonts()  # what register_fonts does the first time
        shown = QFontInfo(QApplication.font()).family()
        assert shown not in fonts.FALLBACK_FAMILIES
        assert QApplication.font().families()[-2:] == list(fonts.FALLBACK_FAMILIES)
    finally:
        QApplication.setFont(before)
