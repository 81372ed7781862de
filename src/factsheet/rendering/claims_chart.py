"""The claims range chart: one row per claim on one axis, painted alike on screen and paper."""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from factsheet.model.incident import Incident
from factsheet.views.chart import (
    NO_CLAIMS,
    ChartRow,
    axis_title,
    caption_text,
    chart_rows,
    labelled_name,
    nice_axis,
    tick_text,
)

#: The share of the chart's width its plot keeps, at least, when the labels are long.
PLOT_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """Where everything goes for one width: rows, plot span, axis and caption."""

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

    def x_of(self, value: float) -> float:
        """The horizontal position of a value on the axis."""
        return self.plot_left + value / self.top_value * (self.plot_right - self.plot_left)

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
) -> ChartLayout:
    """Lay the chart out in ``rect`` (its height is ignored: the layout says how tall it is).

    ``rows`` are chart_rows(incident), for a caller that keeps them between layouts.
    ``numbers`` label each claim's row as the table beside it does (the sheet's "C5"); the
    screen passes none.
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
    arrow_text = "↳ " if metrics.inFont("↳") else ""
    # A part's label is drawn indented, after its arrow (_paint_row): both count, and a
    # little slack, or the longest label is cut by a hair.
    widest_label = max(
        (
            metrics.horizontalAdvance((arrow_text if r.depth else "") + r.text + " ")
            + r.depth * indent
            for r in claim_rows
        ),
        default=0.0,
    )
    # The label column takes at least 45% of the width, more if a row's date, basis and
    # independence (cut only as a last resort) need it beside a few letters of the
    # claimant's name (up to 65%), and as much as the whole labels need where the plot
    # keeps PLOT_SHARE all the same.
    widest_details = max(
        (
            metrics.horizontalAdvance(arrow_text + r.details + "MM…") + r.depth * indent
            for r in claim_rows
        ),
        default=0.0,
    )
    # Values are labelled right of their mark; "unquantified" stands at the axis's start.
    widest_value = max(
        (metrics.horizontalAdvance(r.value_label) for r in claim_rows if r.low is not None),
        default=0.0,
    )
    # One scale for the incident: a chart a filter narrows keeps the whole chart's axis, so
    # that a mark sits where it sat before and 12 never looks as large as 128 did.
    maximum = max((float(c.high or c.low or 0) for c in incident.claims), default=0.0)
    # Where the width allows, every label is whole: the plot keeps PLOT_SHARE of the width
    # and room for the values beside it, the labels take the rest; and never so much that
    # the axis has no room for its first and last tick.
    spare = rect.width() * (1 - PLOT_SHARE) - widest_value - arrow - 4 * gap
    room = max(rect.width() * 0.45, min(number_width + widest_details, rect.width() * 0.65), spare)
    least_plot = 2 * metrics.horizontalAdvance(tick_text(nice_axis(maximum, 1)[0])) + 2 * gap
    room = min(room, rect.width() - widest_value - arrow - 4 * gap - least_plot)
    label_width = max(0.0, min(number_width + widest_label, room))
    plot_left = rect.left() + label_width + 2 * gap
    plot_right = max(plot_left + gap, rect.right() - widest_value - arrow - 2 * gap)
    top = rect.top()
    placed = []
    for row in rows:
        placed.append((row, QRectF(rect.left(), top, rect.width(), line)))
        top += line
    top_value, step = _readable_axis(maximum, plot_right - plot_left, metrics, gap)
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
        plot_right,
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
    )


def _readable_axis(
    maximum: float, plot_width: float, metrics: QFontMetricsF, gap: float
) -> tuple[float, float]:
    """nice_axis with as many ticks as fit: no two tick labels may touch, and every tick a
    whole number of people.

    Five ticks of "20,000,000" do not fit beside a long label column; fewer, wider steps
    do. One step (0 and the top) is the last resort, and always readable.
    """
    for ticks in (5, 4, 3, 2):
        top, step = nice_axis(maximum, ticks)
        if step != int(step):
            continue  # people are counted whole: no tick at 2.5 or 7.5
        spacing = plot_width * step / top
        widest = max(
            metrics.horizontalAdvance(tick_text(i * step)) for i in range(round(top / step) + 1)
        )
        if widest + gap <= spacing:
            return top, step
    top, _ = nice_axis(maximum, 1)
    return top, top


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
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setFont(font)
    if not chart.rows:
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, NO_CLAIMS)
    for row, row_rect in chart.rows:
        if visible is not None and not visible.intersects(row_rect):
            continue
        if row.claim is None:  # a heading, bold; the filter's note, italic
            painter.setFont(_bold(font) if row.is_heading else _italic(font))
            painter.drawText(row_rect, _LEFT, row.text)
            painter.setFont(font)
            continue
        if highlight is not None and row.claim is not None and row.claim.id == highlighted:
            painter.fillRect(row_rect, highlight)
        _paint_row(painter, chart, row, row_rect, metrics, font=font)
    if any(r.low is not None for r, _ in chart.rows):
        _paint_axis(painter, chart, metrics, incident)
    painter.setFont(_italic(font))
    painter.drawText(chart.caption, Qt.TextFlag.TextWordWrap, caption_text(incident))
    painter.restore()


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _paint_row(
    painter: QPainter,
    chart: ChartLayout,
    row: ChartRow,
    rect: QRectF,
    metrics: QFontMetricsF,
    *,
    font: QFont,
) -> None:
    number = chart.numbers.get(row.claim.id, "") if row.claim else ""
    if number:
        number_rect = QRectF(rect.left(), rect.top(), chart.number_width, rect.height())
        painter.drawText(number_rect, _LEFT, number)
    indent = chart.number_width + row.depth * chart.indent
    # The label stops a letter short of the axis, so its last word never touches the line.
    room = chart.plot_left - rect.left() - indent - metrics.horizontalAdvance("M")
    label_rect = QRectF(rect.left() + indent, rect.top(), room, rect.height())
    arrow = "↳ " if row.depth and metrics.inFont("↳") else ""
    painter.drawText(label_rect, _LEFT, _fitted_label(row, arrow, metrics, label_rect.width()))
    y = rect.center().y()
    radius = metrics.height() * 0.22
    if row.low is None:
        painter.setFont(_italic(font))
        painter.drawText(
            QPointF(chart.plot_left + radius * 2, y + metrics.ascent() / 2 - 1), row.value_label
        )
        painter.setFont(font)
        return
    x = chart.x_of(row.low)
    label_x = x + radius * 2
    ink = painter.pen().color()
    if row.mark == "range" and row.high is not None:
        end = chart.x_of(row.high)
        painter.drawLine(QLineF(x, y, end, y))
        for cap in (x, end):
            painter.drawLine(QLineF(cap, y - radius * 1.3, cap, y + radius * 1.3))
        label_x = end + radius * 2
    elif row.mark == "open-dot":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x, y), radius, radius)
    else:
        painter.setBrush(ink)
        painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if row.mark == "at-least":
            tip = x + chart.arrow
            _arrow(painter, x, tip, y, radius)
            label_x = tip + radius * 2
        elif row.mark == "at-most":
            _arrow(painter, x, max(chart.plot_left, x - chart.arrow), y, radius)
    painter.drawText(QPointF(label_x, y + metrics.ascent() / 2 - 1), row.value_label)


def _fitted_label(row: ChartRow, arrow: str, metrics: QFontMetricsF, width: float) -> str:
    """The row's label in ``width``: the claimant's name is shortened first.

    The date and counting basis say what kind of figure this is; a cut name can still be
    read from the table, a cut basis ("basis not st…") cannot be guessed.
    """
    whole = arrow + row.text
    if metrics.horizontalAdvance(whole) <= width or not row.name:
        return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
    fixed = metrics.horizontalAdvance(arrow + row.details)
    room = width - fixed
    if room < metrics.horizontalAdvance("MM…"):
        # Too narrow even for the details: keep their start and mark the cut.
        return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
    # The name is cut before it is isolated, so the cut cannot drop its closing mark.
    name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, room)
    while name and metrics.horizontalAdvance(arrow + labelled_name(name) + row.details) > width:
        name = name[:-2] + "…" if len(name) > 2 else ""
    return arrow + labelled_name(name) + row.details


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
    painter.drawLine(QLineF(chart.plot_left, y, chart.plot_right, y))
    # The zero line runs up through the rows so a reader sees every figure starts from 0.
    painter.drawLine(QLineF(chart.plot_left, first_row_top, chart.plot_left, y))
    tick = metrics.height() * 0.25
    steps = round(chart.top_value / chart.step)
    last_label_right = -math.inf
    for i in range(steps + 1):
        value = i * chart.step
        x = chart.x_of(value)
        painter.drawLine(QLineF(x, y, x, y + tick))
        text = tick_text(value)
        width = metrics.horizontalAdvance(text)
        # The layout chose a step whose labels fit; a chart too narrow even for one step
        # leaves a label out rather than print two numbers run together.
        if x - width / 2 > last_label_right:
            painter.drawText(QPointF(x - width / 2, y + tick + metrics.ascent()), text)
            last_label_right = x + width / 2 + metrics.horizontalAdvance(" ")
    title = axis_title(incident)
    width = metrics.horizontalAdvance(title)
    centre = (chart.plot_left + chart.plot_right) / 2
    painter.drawText(QPointF(centre - width / 2, y + tick + metrics.height() * 2), title)


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
