"""The claims range chart: rows and marks for the sample, the axis, and what gets painted."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from sheet_pdf_helpers import flat, pdf_pages

from factsheet.i18n import Language, using_language
from factsheet.loading.loader import load_incident
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.wording import figure_mark
from factsheet.rendering.chart_labels import fitted_label
from factsheet.rendering.claims_chart import (
    PLOT_SHARE,
    ChartLayout,
    claims_chart_height,
    layout_claims_chart,
    paint_claims_chart,
)
from factsheet.rendering.fonts import register_fonts
from factsheet.rendering.sheet_document import chart_font, layout_device
from factsheet.views.chart import ChartRow, chart_rows
from factsheet.views.wording import joined_names

# Fonts and font metrics need a QGuiApplication.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def incident(sample_path: Path) -> Incident:
    return load_incident(sample_path)


def with_claims(incident: Incident, *claims: CasualtyClaim) -> Incident:
    # Validated afresh: model_copy would carry over the cached claims_by_id of the original.
    data = incident.model_dump()
    data["claims"] = [c.model_dump() for c in claims]
    return Incident.model_validate(data)


def _render(incident: Incident, width: float = 700) -> tuple[QImage, QRectF, QFont]:
    font = QFont()
    font.setPointSizeF(9)
    height = claims_chart_height(incident, width, font)
    image = QImage(int(width) + 20, int(height) + 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    rect = QRectF(10, 10, width, height)
    painter = QPainter(image)
    paint_claims_chart(painter, rect, incident, font, QColor("black"))
    painter.end()
    return image, rect, font


def _ink_near(image: QImage, x: float, y: float, radius: int = 2) -> bool:
    return any(
        image.pixelColor(int(x) + dx, int(y) + dy).lightness() < 128
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
    )


def test_marks_are_painted_where_the_layout_puts_them(incident: Incident) -> None:
    image, rect, font = _render(incident)
    chart = layout_claims_chart(incident, rect, font, image)
    rows = {row.claim.id: r for row, r in chart.rows if row.claim}
    sohr = rows["sohr-128-documented"]
    assert _ink_near(image, chart.x_of(128), sohr.center().y())
    # No mark at 128 in the row of the 67 names, and none at all for an unquantified claim.
    names = rows["pcc-67-named"]
    assert _ink_near(image, chart.x_of(67), names.center().y())
    assert not _ink_near(image, chart.x_of(128), names.center().y())
    streets = rows["pcc-bodies-in-streets"]
    assert not _ink_near(image, chart.x_of(chart.top_value * 0.9), streets.center().y(), radius=4)
    # The "at least" arrow reaches right of the dot.
    assert _ink_near(image, chart.x_of(128) + chart.arrow * 0.6, sohr.center().y(), radius=1)


def test_nothing_is_painted_below_the_announced_height(incident: Incident) -> None:
    image, rect, font = _render(incident)
    below = int(rect.bottom()) + 2
    assert all(
        image.pixelColor(x, y).lightness() > 250
        for y in range(below, image.height())
        for x in range(0, image.width(), 3)
    )
    # ...and the caption is there, inside the space the layout gave it. (Its last line's
    # exact height depends on which fonts earlier tests registered, so no pixel row is fixed.)
    caption = layout_claims_chart(incident, rect, font, image).caption
    assert any(
        image.pixelColor(x, y).lightness() < 128
        for y in range(int(caption.top()), int(caption.bottom()))
        for x in range(10, image.width() - 10, 2)
    )


def test_height_follows_the_device_resolution(incident: Incident) -> None:
    font = QFont()
    font.setPointSizeF(9)
    screen = QImage(10, 10, QImage.Format.Format_RGB32)
    screen.setDotsPerMeterX(3780)  # 96 dpi
    screen.setDotsPerMeterY(3780)
    paper = QImage(10, 10, QImage.Format.Format_RGB32)
    paper.setDotsPerMeterX(11811)  # 300 dpi
    paper.setDotsPerMeterY(11811)
    small = claims_chart_height(incident, 700, font, screen)
    large = claims_chart_height(incident, 700 * 300 / 96, font, paper)
    assert 2.5 < large / small < 3.8


def test_a_file_without_claims_paints_a_sentence(incident: Incident) -> None:
    empty = with_claims(incident)
    assert chart_rows(empty) == []
    image, _, _ = _render(empty)
    assert _ink_near(image, 20, 18, radius=8)


def _chart_pdf_text(
    incident: Incident, tmp_path: Path, width_pt: float, numbers: dict[str, str] | None = None
) -> str:
    """Paint the chart on a PDF page as the sheet does, and read the page's text back."""
    register_fonts()
    output = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(output))
    writer.setResolution(600)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    assert painter.begin(writer)
    rect = QRectF(300, 300, width_pt * 600 / 72, 0)
    paint_claims_chart(painter, rect, incident, chart_font(), QColor("black"), numbers=numbers)
    painter.end()
    del writer
    return flat("\n".join(pdf_pages(output)))


def test_the_painted_caption_says_figures_are_not_added(incident: Incident, tmp_path: Path) -> None:
    text = _chart_pdf_text(incident, tmp_path, 480)
    assert "figures are not added together" in text
    assert "not confidence intervals" in text
    assert "arrows mean 'at least'" in text


def _with_claimant_name(incident: Incident, actor_id: str, name: str) -> Incident:
    data = incident.model_dump()
    for actor in data["actors"]:
        if actor["id"] == actor_id:
            actor["name"] = name
    return Incident.model_validate(data)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Local Coordination Committee of the Eastern Qalamoun Villages", id="long"),
        pytest.param("لجنة التنسيق المحلية في قرى القلمون الشرقي", id="arabic"),
    ],
)
def test_a_cut_label_shortens_the_claimant_and_keeps_date_and_basis(
    incident: Incident, tmp_path: Path, name: str
) -> None:
    renamed = _with_claimant_name(incident, "activists", name)
    text = _chart_pdf_text(renamed, tmp_path, 360)
    # The name does not fit and is cut…
    assert name not in text
    # …while every row's date and counting basis are printed whole, "basis not stated" too.
    # (pdftotext reads a line with Arabic in its own order, so the "·" before the date is
    # not asserted on.)
    assert "23 October 2017 · basis not stated" in text
    rows = [r for r in chart_rows(renamed) if r.claim]
    for row in rows:
        assert row.claim is not None
        date_and_basis = row.details.removeprefix(" · ").split(" · ")[:2]
        assert " · ".join(date_and_basis) in text
    # At the sheet's width every row's details are whole: part of which claim, independence.
    wide = _chart_pdf_text(renamed, tmp_path, 480)
    for details in {r.details for r in rows}:
        wanted = sum(r.details == details for r in rows)
        assert wide.count(details.removeprefix(" · ")) >= wanted, details


def test_rows_carry_the_claim_numbers_the_sheet_gives(incident: Incident, tmp_path: Path) -> None:
    numbers = {c.id: f"C{n}" for n, c in enumerate(incident.claims, start=1)}
    text = _chart_pdf_text(incident, tmp_path, 480, numbers)
    sohr = numbers["sohr-128-documented"]
    assert f"{sohr} SOHR · by 23 October 2017 · documented deaths" in text
    # The screen passes no numbers and gets none.
    plain = _chart_pdf_text(incident, tmp_path, 480)
    assert f"{sohr} SOHR" not in plain
    assert "SOHR · by 23 October 2017 · documented deaths" in plain


@pytest.mark.parametrize("count", [47_000_000, 1_234_567, 99_999])
def test_axis_tick_labels_never_touch(incident: Incident, count: int) -> None:
    base = incident.claims_by_id["pcc-67-named"]
    large = base.model_copy(update={"id": "large", "count": count})
    small = base.model_copy(update={"id": "small", "count": 3})
    chart_incident = with_claims(incident, large, small)
    font = chart_font()
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    for width in (400.0, 700.0, 1000.0):
        chart = layout_claims_chart(chart_incident, QRectF(0, 0, width, 0), font, image)
        ticks = round(chart.top_value / chart.step)
        assert chart.top_value >= count
        metrics = QFontMetricsF(font, image)
        widest = max(metrics.horizontalAdvance(f"{i * chart.step:,.0f}") for i in range(ticks + 1))
        spacing = chart.x_of(chart.step) - chart.x_of(0)
        assert widest < spacing, (width, chart.step)


@pytest.mark.parametrize("maximum", [3, 7, 12, 13, 26, 35, 128, 2_600])
def test_ticks_are_whole_numbers_of_people_from_zero(incident: Incident, maximum: int) -> None:
    base = incident.claims_by_id["pcc-67-named"]
    chart_incident = with_claims(incident, base.model_copy(update={"count": maximum}))
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    for width in (300.0, 500.0, 900.0):
        chart = layout_claims_chart(chart_incident, QRectF(0, 0, width, 0), chart_font(), image)
        assert chart.step == int(chart.step), (maximum, width, chart.step)  # no 2.5, no 7.5
        assert chart.top_value >= maximum
        assert chart.x_of(0) == chart.plot_left  # the axis starts at 0


def test_labels_are_whole_where_the_page_has_room(incident: Incident, tmp_path: Path) -> None:
    numbers = {c.id: f"C{n}" for n, c in enumerate(incident.claims, start=1)}
    text = _chart_pdf_text(incident, tmp_path, 493, numbers)  # the A4 sheet's body
    for row in chart_rows(incident):
        if row.claim is not None:
            assert row.text in text, row.text
    assert "…" not in text


def _sheet_layout(incident: Incident, width_pt: float) -> tuple[ChartLayout, QFontMetricsF]:
    """The chart laid out as the sheet lays it out: its font, device, width and numbers."""
    register_fonts()
    device = layout_device()
    numbers = {c.id: f"C{n}" for n, c in enumerate(incident.claims, start=1)}
    rect = QRectF(0, 0, width_pt * device.logicalDpiX() / 72, 0)
    chart = layout_claims_chart(incident, rect, chart_font(), device, numbers=numbers)
    return chart, QFontMetricsF(chart_font(), device)


@pytest.mark.usefixtures("shipped_arabic")
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("which", ["sample", "fidelity"])
@pytest.mark.parametrize("width_pt", [493.0, 540.0], ids=["a4", "letter"])
def test_a_label_that_fits_the_page_is_never_cut(
    sample_path: Path, fidelity_path: Path, language: Language, which: str, width_pt: float
) -> None:
    # The Arabic labels are longer (the Arabic font is drawn larger, fonts.py): the column
    # takes the room the plot does not need rather than cut "TRT World" to "TRT Wo…".
    with using_language(language):
        incident = load_incident(sample_path if which == "sample" else fidelity_path)
        chart, metrics = _sheet_layout(incident, width_pt)
        for row, _ in chart.rows:
            if row.claim is not None:
                _, room = chart.label_span(row)
                assert fitted_label(row, metrics, room) == row.text
        # …and the plot still has a quarter of the width for its bars (to a rounding).
        width = chart.right - chart.label_left
        assert chart.plot_right - chart.plot_left >= PLOT_SHARE * width * 0.9999


def test_the_plot_reaches_as_far_as_its_largest_value_allows(incident: Incident) -> None:
    chart, metrics = _sheet_layout(incident, 493)
    # The "≥128" after the largest mark's arrow ends at the chart's edge, within a letter:
    # no empty room is left on the right that the labels could have used.
    end = chart.logical_x(128) + chart.arrow + metrics.height() * 0.44
    end += metrics.horizontalAdvance(figure_mark(incident.claims_by_id["sohr-128-documented"]))
    assert chart.right - metrics.horizontalAdvance("M") <= end <= chart.right + 0.5


def _joint_row(fidelity_path: Path) -> ChartRow:
    incident = load_incident(fidelity_path)
    return next(r for r in chart_rows(incident) if r.claim and len(r.claim.claimant) > 1)


@pytest.mark.usefixtures("shipped_arabic")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_cut_joint_label_keeps_every_claimant(fidelity_path: Path, language: Language) -> None:
    register_fonts()
    metrics = QFontMetricsF(chart_font(), layout_device())
    with using_language(language):
        row = _joint_row(fidelity_path)
        first, second = row.names
        and_word = joined_names(["", ""]).strip()
        whole = metrics.horizontalAdvance(row.text)
        for short_by in ("activists", "government and Local", "Syrian government and"):
            width = whole - metrics.horizontalAdvance(short_by)
            label = fitted_label(row, metrics, width)
            assert metrics.horizontalAdvance(label) <= width
            assert label.endswith(row.details)  # date, basis and independence whole
            name = label.removesuffix(row.details)
            # Both claimants are there, joined as a list, each at least begun.
            assert and_word in name, label
            assert first[:1] in name.split(and_word)[0]
            assert second[:1] in name.split(and_word)[-1]
            assert "…" in name


@pytest.mark.usefixtures("shipped_arabic")
def test_an_arabic_chart_runs_right_to_left(incident: Incident) -> None:
    with using_language("ar"):
        rows = chart_rows(incident)
        image, rect, font = _render(incident)
        chart = layout_claims_chart(incident, rect, font, image, rows)
    assert chart.mirrored
    # Zero on the right of the plot, the figures growing leftwards.
    assert chart.x_of(0) > chart.x_of(50) > chart.x_of(100)
    placed = {row.claim.id: r for row, r in chart.rows if row.claim}
    sohr = placed["sohr-128-documented"]
    assert _ink_near(image, chart.x_of(128), sohr.center().y())
    # The "at least" arrow points left, away from zero; nothing to the right of the dot.
    assert _ink_near(image, chart.x_of(128) - chart.arrow * 0.6, sohr.center().y(), radius=1)
    assert not _ink_near(image, chart.x_of(128) + chart.arrow * 0.6, sohr.center().y())
    # Every label stands right of the axis's zero line, and its ink ends near the right edge.
    for row, row_rect in chart.rows:
        if row.claim is None:
            continue
        start, width = chart.label_span(row)
        box = chart.visual_rect(start, width, row_rect)
        assert box.left() > chart.x_of(0)
        assert box.right() == pytest.approx(rect.right() - (start - rect.left()))
    first = next(r for row, r in chart.rows if row.claim)
    assert _ink_in(image, QRectF(rect.right() - 40, first.top(), 40, first.height()))
    assert not _ink_in(image, QRectF(rect.left(), first.top(), 20, first.height()))


def _ink_in(image: QImage, box: QRectF) -> bool:
    return any(
        image.pixelColor(x, y).lightness() < 128
        for x in range(int(box.left()), int(box.right()))
        for y in range(int(box.top()), int(box.bottom()))
    )


def test_the_english_chart_is_not_mirrored(incident: Incident) -> None:
    image, rect, font = _render(incident)
    chart = layout_claims_chart(incident, rect, font, image)
    assert not chart.mirrored
    assert chart.x_of(0) == chart.plot_left < chart.x_of(100)
