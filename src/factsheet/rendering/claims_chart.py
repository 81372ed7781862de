"""The claims range chart: one row per claim on one axis, painted alike on screen and paper.

In a right-to-left language the chart is mirrored, as the page around it is: the numbers
and labels stand on the right, the axis's zero on the right of the plot, and the marks and
their arrows grow leftwards. The layout works in left-to-right ("logical") positions, from
the side a line starts on; ChartLayout.visual_x says where each is drawn.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextOption,
)

from factsheet.model.incident import Incident
from factsheet.rendering.chart_axis import (
    fitted_plot,
    latest_plot_start,
    mark_reaches,
    readable_axis,
)
from factsheet.rendering.chart_labels import PART_MARK, fitted_label
from factsheet.views.bidi import right_to_left_now
from factsheet.views.chart import (
    NO_CLAIMS,
    ChartRow,
    axis_title,
    caption_text,
    chart_rows,
    nice_axis,
    tick_text,
)

#: The share of the chart's width its plot keeps, at least, when the labels are long: the
#: labels take the rest (less what the values beside the marks need) before they are cut.
#: A sixth: the labels also name each row's own firmness under a heading with several, and
#: on A4 a sixth still draws 0–150 legibly (the plot is as wide as the labels leave it).
PLOT_SHARE = 0.17


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """Where everything goes for one width: rows, plot span, axis and caption.

    plot_left and plot_right are logical positions (from the side lines start on); x_of
    and visual_x give positions on the page, mirrored in a right-to-left chart.
    """

    rows: tuple[tuple[ChartRow, QRectF], ...]
    plot_left: float
    plot_right: float
    label_left: float
    axis_y: float
    top_value: float
    step: float
    caption: QRectF
    height: float
    line: float
    indent: float
    arrow: float
    #: Each claim row's number where the chart stands beside a numbered table ("C5").
    numbers: Mapping[str, str] = field(default_factory=dict)
    #: The width of the number column (0 without numbers).
    number_width: float = 0.0
    #: The chart's right edge (label_left is its left).
    right: float = 0.0
    #: True when the chart runs right to left (an Arabic sheet or window).
    mirrored: bool = False
    #: The width of the arrow before a part's label ("↳ "; 0 where no font has it).
    part_mark: float = 0.0
    #: A letter's width: the space between the labels and the axis.
    gap: float = 0.0

    def visual_x(self, x: float) -> float:
        """Where a logical position is drawn: itself, or mirrored in the chart's span."""
        return self.label_left + self.right - x if self.mirrored else x

    def logical_x(self, value: float) -> float:
        """A value's position on the axis, counted from the side lines start on."""
        return self.plot_left + value / self.top_value * (self.plot_right - self.plot_left)

    def x_of(self, value: float) -> float:
        """The horizontal position of a value on the axis, on the page."""
        return self.visual_x(self.logical_x(value))

    def visual_rect(self, left: float, width: float, row: QRectF) -> QRectF:
        """The stretch of ``row`` from logical ``left``, ``width`` wide, on the page."""
        start = self.visual_x(left)
        return QRectF(start - width if self.mirrored else start, row.top(), width, row.height())

    def label_span(self, row: ChartRow) -> tuple[float, float]:
        """(start, width) of a claim row's label, logical: after its number, indent and a
        part's arrow, and a letter short of the axis, so its last word never touches it."""
        start = self.label_left + _label_start(row, self.number_width, self.indent, self.part_mark)
        return start, self.plot_left - start - self.gap

    def row_at(self, point: QPointF) -> ChartRow | None:
        """The row under a point, for tooltips and clicks."""
        return next((row for row, rect in self.rows if rect.contains(point)), None)


def layout_claims_chart(
    incident: Incident,
    rect: QRectF,
    font: QFont,
    device: QPaintDevice | None = None,
    rows: list[ChartRow] | None = None,
    *,
    numbers: Mapping[str, str] | None = None,
    right_to_left: bool | None = None,
) -> ChartLayout:
    """Lay the chart out in ``rect`` (its height is ignored: the layout says how tall it is).

    ``rows`` are chart_rows(incident), for a caller that keeps them between layouts.
    ``numbers`` label each claim's row as the table beside it does (the sheet's "C5"); the
    screen passes none. ``right_to_left`` mirrors the chart; by default it runs as the
    current language is written.
    """
    metrics = _metrics(font, device)
    italic = _metrics(_italic(font), device)
    line = metrics.height() * 1.4
    indent = metrics.horizontalAdvance("MM")
    arrow = metrics.horizontalAdvance("MMM")
    gap = metrics.horizontalAdvance("M")
    if rows is None:
        rows = chart_rows(incident)
    numbers = numbers or {}
    claim_rows = [r for r in rows if r.claim is not None]
    widest_number = max(
        (metrics.horizontalAdvance(numbers.get(r.claim.id, "")) for r in claim_rows if r.claim),
        default=0.0,
    )
    number_width = widest_number + gap if widest_number else 0.0
    part_mark = metrics.horizontalAdvance(PART_MARK + " ") if metrics.inFont(PART_MARK) else 0.0

    def start_of(row: ChartRow) -> float:
        return _label_start(row, number_width, indent, part_mark)

    # Measured with the font each script is drawn in (the Arabic one scaled, fonts.py):
    # QFontMetricsF shapes the text with the same fallbacks QPainter draws it with. A
    # little slack, or the longest label is cut by a hair.
    widest_label = max(
        (start_of(r) + metrics.horizontalAdvance(r.text + " ") for r in claim_rows),
        default=0.0,
    )
    # A narrow chart still gives every row its date, basis and independence (cut only as
    # a last resort) beside a few letters of the claimant's name: at least 45 % of the
    # width, up to 65 % if they need it, even if the plot keeps less than PLOT_SHARE.
    widest_details = max(
        (start_of(r) + metrics.horizontalAdvance(r.details + "MM…") for r in claim_rows),
        default=0.0,
    )
    radius = metrics.height() * 0.22
    reaches = mark_reaches(claim_rows, metrics, italic, radius, arrow)
    # One scale for the incident: a chart a filter narrows keeps the whole chart's axis, so
    # that a mark sits where it sat before and 12 never looks as large as 128 did.
    maximum = max((float(c.high or c.low or 0) for c in incident.claims), default=0.0)

    def label_room(plot_width: float) -> float:
        # The widest label column that leaves the plot ``plot_width`` and every value room.
        top, _ = readable_axis(maximum, plot_width, metrics, gap)
        return latest_plot_start(rect.right(), top, reaches, plot_width, metrics) - 2 * gap

    least_plot = 2 * metrics.horizontalAdvance(tick_text(nice_axis(maximum, 1)[0])) + 2 * gap
    room = max(
        label_room(rect.width() * PLOT_SHARE) - rect.left(),
        rect.width() * 0.45,
        min(widest_details, rect.width() * 0.65),
    )
    # …and never so much that the axis has no room for its first and last tick.
    room = min(room, label_room(least_plot) - rect.left())
    label_width = max(0.0, min(widest_label, room))
    plot_left = rect.left() + label_width + 2 * gap
    plot_width, top_value, step = fitted_plot(maximum, plot_left, rect.right(), reaches, metrics)
    top = rect.top()
    placed = []
    for row in rows:
        placed.append((row, QRectF(rect.left(), top, rect.width(), line)))
        top += line
    axis_y = top + line * 0.3
    has_axis = any(r.low is not None for r in claim_rows)
    after_axis = axis_y + (metrics.height() * 2.6 if has_axis else 0.0)
    wrap = Qt.TextFlag.TextWordWrap
    caption_height = italic.boundingRect(
        QRectF(0, 0, rect.width(), 1e6), wrap, caption_text(incident)
    ).height()
    caption = QRectF(rect.left(), after_axis + gap * 0.5, rect.width(), caption_height)
    return ChartLayout(
        tuple(placed),
        plot_left,
        plot_left + plot_width,
        rect.left(),
        axis_y,
        top_value,
        step,
        caption,
        caption.bottom() - rect.top() + gap * 0.5,
        line,
        indent,
        arrow,
        dict(numbers),
        number_width,
        rect.right(),
        right_to_left_now() if right_to_left is None else right_to_left,
        part_mark,
        gap,
    )


def _label_start(row: ChartRow, number_width: float, indent: float, part_mark: float) -> float:
    """Where a row's label starts in its row: after its number, indent and a part's arrow."""
    return number_width + row.depth * indent + (part_mark if row.depth else 0.0)


def claims_chart_height(
    incident: Incident,
    width: float,
    font: QFont,
    device: QPaintDevice | None = None,
    *,
    numbers: Mapping[str, str] | None = None,
) -> float:
    """How tall the chart is at ``width`` (pass the paint device when printing)."""
    rect = QRectF(0, 0, width, 0)
    return layout_claims_chart(incident, rect, font, device, numbers=numbers).height


def paint_claims_chart(
    painter: QPainter,
    rect: QRectF,
    incident: Incident,
    font: QFont,
    ink: QColor,
    *,
    highlighted: str | None = None,
    highlight: QColor | None = None,
    layout: ChartLayout | None = None,
    visible: QRectF | None = None,
    numbers: Mapping[str, str] | None = None,
) -> None:
    """Draw the chart in ``rect`` with ``ink`` (black on paper, the palette's text on screen).

    ``highlighted`` is a claim id whose row gets a ``highlight`` background (screen only).
    A screen passes the ``layout`` it keeps for ``rect`` and the ``visible`` part it repaints;
    the sheet passes its claim ``numbers`` (ignored when a ``layout`` is given).
    """
    device = painter.device()
    chart = layout or layout_claims_chart(incident, rect, font, device, numbers=numbers)
    metrics = _metrics(font, device)
    points = (device.logicalDpiY() if device else 96) / 72
    pen = QPen(ink, max(0.75 * points, 1.0))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.save()
    direction = painter.layoutDirection()
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if chart.mirrored else Qt.LayoutDirection.LeftToRight
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setFont(font)
    start = _start_alignment(chart) | Qt.AlignmentFlag.AlignVCenter
    if not chart.rows:
        painter.drawText(rect, _start_alignment(chart) | Qt.AlignmentFlag.AlignTop, NO_CLAIMS)
    for row, row_rect in chart.rows:
        if visible is not None and not visible.intersects(row_rect):
            continue
        if row.claim is None:  # a heading, bold; the filter's note, italic
            painter.setFont(_bold(font) if row.is_heading else _italic(font))
            painter.drawText(row_rect, start, row.text)
            painter.setFont(font)
            continue
        if highlight is not None and row.claim is not None and row.claim.id == highlighted:
            painter.fillRect(row_rect, highlight)
        _paint_row(painter, chart, row, row_rect, metrics, font=font)
    if any(r.low is not None for r, _ in chart.rows):
        _paint_axis(painter, chart, metrics, incident)
    painter.setFont(_italic(font))
    caption = QTextOption(_start_alignment(chart))
    caption.setWrapMode(QTextOption.WrapMode.WordWrap)
    caption.setTextDirection(painter.layoutDirection())
    painter.drawText(chart.caption, caption_text(incident), caption)
    painter.setLayoutDirection(direction)
    painter.restore()


def _start_alignment(chart: ChartLayout) -> Qt.AlignmentFlag:
    """The side lines start on, whatever the painter's direction would make of "left"."""
    side = Qt.AlignmentFlag.AlignRight if chart.mirrored else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute


def _paint_row(
    painter: QPainter,
    chart: ChartLayout,
    row: ChartRow,
    rect: QRectF,
    metrics: QFontMetricsF,
    *,
    font: QFont,
) -> None:
    start = _start_alignment(chart) | Qt.AlignmentFlag.AlignVCenter
    number = chart.numbers.get(row.claim.id, "") if row.claim else ""
    if number:
        painter.drawText(chart.visual_rect(rect.left(), chart.number_width, rect), start, number)
    label_start, room = chart.label_span(row)
    if row.depth and chart.part_mark:
        _paint_part_mark(painter, chart, label_start - chart.part_mark, rect, metrics)
    label_rect = chart.visual_rect(label_start, room, rect)
    painter.drawText(label_rect, start, fitted_label(row, metrics, room))
    y = rect.center().y()
    baseline = y + metrics.ascent() / 2 - 1
    radius = metrics.height() * 0.22
    if row.low is None:
        painter.setFont(_italic(font))
        italic = _metrics(_italic(font), painter.device())
        _text_from(
            painter, chart, QPointF(chart.plot_left + radius * 2, baseline), row.value_label, italic
        )
        painter.setFont(font)
        return
    # Logical positions, drawn through visual_x: in a mirrored chart the marks grow leftwards.
    x = chart.logical_x(row.low)
    label_x = x + radius * 2
    at = chart.visual_x
    ink = painter.pen().color()
    if row.mark == "range" and row.high is not None:
        end = chart.logical_x(row.high)
        painter.drawLine(QLineF(at(x), y, at(end), y))
        for cap in (at(x), at(end)):
            painter.drawLine(QLineF(cap, y - radius * 1.3, cap, y + radius * 1.3))
        label_x = end + radius * 2
    elif row.mark == "open-dot":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(at(x), y), radius, radius)
    else:
        painter.setBrush(ink)
        painter.drawEllipse(QPointF(at(x), y), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if row.mark == "at-least":
            tip = x + chart.arrow
            _arrow(painter, at(x), at(tip), y, radius)
            label_x = tip + radius * 2
        elif row.mark == "at-most":
            _arrow(painter, at(x), at(max(chart.plot_left, x - chart.arrow)), y, radius)
    _text_from(painter, chart, QPointF(label_x, baseline), row.value_label, metrics)


def _text_from(
    painter: QPainter, chart: ChartLayout, start: QPointF, text: str, metrics: QFontMetricsF
) -> None:
    """``text`` on the baseline at ``start`` (a logical x): in a mirrored chart it ends
    there, on the left of the mark it labels."""
    x = chart.visual_x(start.x())
    left = x - (metrics.horizontalAdvance(text) if chart.mirrored else 0.0)
    painter.drawText(QPointF(left, start.y()), text)


def _paint_part_mark(
    painter: QPainter, chart: ChartLayout, x: float, rect: QRectF, metrics: QFontMetricsF
) -> None:
    """The arrow before a part's label at logical ``x``: ↳, or mirrored (↲) right to left.

    Drawn mirrored rather than as U+21B2, which the bundled symbol font does not hold.
    """
    box = chart.visual_rect(x, metrics.horizontalAdvance(PART_MARK), rect)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    align = left | Qt.AlignmentFlag.AlignVCenter
    if not chart.mirrored:
        painter.drawText(box, align, PART_MARK)
        return
    painter.save()
    centre = box.center().x()
    painter.translate(centre, 0)
    painter.scale(-1, 1)
    painter.drawText(box.translated(-centre, 0), align, PART_MARK)
    painter.restore()


def _arrow(painter: QPainter, start: float, tip: float, y: float, size: float) -> None:
    """A line from start to tip with an open chevron at the tip and no end cap."""
    painter.drawLine(QLineF(start, y, tip, y))
    back = -size * 1.2 if tip > start else size * 1.2
    painter.drawLine(QLineF(tip, y, tip + back, y - size))
    painter.drawLine(QLineF(tip, y, tip + back, y + size))


def _paint_axis(
    painter: QPainter, chart: ChartLayout, metrics: QFontMetricsF, incident: Incident
) -> None:
    y = chart.axis_y
    first_row_top = chart.rows[0][1].top()
    zero = chart.visual_x(chart.plot_left)
    painter.drawLine(QLineF(zero, y, chart.visual_x(chart.plot_right), y))
    # The zero line runs up through the rows so a reader sees every figure starts from 0.
    painter.drawLine(QLineF(zero, first_row_top, zero, y))
    tick = metrics.height() * 0.25
    steps = round(chart.top_value / chart.step)
    last_label_end = -math.inf
    for i in range(steps + 1):
        value = i * chart.step
        x = chart.logical_x(value)
        painter.drawLine(QLineF(chart.visual_x(x), y, chart.visual_x(x), y + tick))
        text = tick_text(value)
        width = metrics.horizontalAdvance(text)
        # The layout chose a step whose labels fit; a chart too narrow even for one step
        # leaves a label out rather than print two numbers run together.
        if x - width / 2 > last_label_end:
            left = chart.visual_x(x) - width / 2
            painter.drawText(QPointF(left, y + tick + metrics.ascent()), text)
            last_label_end = x + width / 2 + metrics.horizontalAdvance(" ")
    title = axis_title(incident)
    width = metrics.horizontalAdvance(title)
    centre = chart.visual_x((chart.plot_left + chart.plot_right) / 2)
    # Centred under the plot, but kept inside the chart where the plot is narrower.
    left = max(chart.label_left, min(centre - width / 2, chart.right - width))
    painter.drawText(QPointF(left, y + tick + metrics.height() * 2), title)


def _metrics(font: QFont, device: QPaintDevice | None) -> QFontMetricsF:
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic
