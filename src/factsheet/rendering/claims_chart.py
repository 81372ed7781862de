"""The claims range chart: one row per claim on one axis, painted alike on screen and paper."""

import math
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.vocabulary import COUNTING_BASES, OUTCOMES, label
from factsheet.model.wording import claim_phrase, figure_mark, short_name

CAPTION = (
    "Each row is one source's figure as reported; arrows mean 'at least'; lines are "
    "reported ranges, not confidence intervals; figures are not added together."
)
NOT_QUANTIFIED = "not quantified"
NO_CLAIMS = "No casualty figures in this file."

Mark = Literal["dot", "open-dot", "at-least", "at-most", "range", "none"]
_MARKS: dict[str, Mark] = {
    "exact": "dot",
    "about": "open-dot",
    "at-least": "at-least",
    "at-most": "at-most",
    "range": "range",
    "unknown": "none",
}


@dataclass(frozen=True, slots=True)
class ChartRow:
    """A group heading, or one claim with its mark, label and depth under its parent claim."""

    text: str
    claim: CasualtyClaim | None = None
    depth: int = 0
    mark: Mark = "none"
    value_label: str = ""

    @property
    def is_heading(self) -> bool:
        """True for a group heading ("Killed — attributed to Daesh")."""
        return self.claim is None

    @property
    def low(self) -> int | None:
        """Where the mark starts on the axis (None when there is nothing to mark)."""
        return None if self.claim is None else self.claim.low

    @property
    def high(self) -> int | None:
        """Where a range ends on the axis."""
        return None if self.claim is None else self.claim.high


def group_heading(incident: Incident, outcome: str, blamed: tuple[str, ...]) -> str:
    """'Killed — attributed to Daesh', 'Killed — no perpetrator named'."""
    what = label(OUTCOMES, outcome).capitalize()
    if not blamed:
        return f"{what} — no perpetrator named"
    names = [incident.actor_name(a) for a in blamed]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{what} — attributed to {joined}"


def row_label(incident: Incident, claim: CasualtyClaim, revised: bool = False) -> str:
    """'SOHR · by 23 October 2017 · documented deaths': who, when, on what basis.

    A revision says which figure it replaces, and a revised claim says so: both stay on the
    chart, because a reader should see that a figure changed.
    """
    when = claim.claimed_on.words() if claim.claimed_on else "undated"
    name = short_name(incident, claim.claimant)
    if any("\u0590" <= ch <= "\u08ff" for ch in name):
        # Isolated, and the line marked left-to-right: " · date · basis" stays after it.
        name = f"\u200e\u2068{name}\u2069"
    text = f"{name} · {when} · {label(COUNTING_BASES, claim.basis)}"
    earlier = incident.claims_by_id.get(claim.revises or "")
    if earlier is not None and earlier.id != claim.id:
        text += f" · revises {figure_mark(earlier)}"
    if revised:
        text += " · later revised"
    return text


def caption_text(incident: Incident) -> str:
    """CAPTION, plus what the marks mean that only some charts have."""
    qualifiers = {c.qualifier for c in incident.claims}
    extra = []
    if "at-most" in qualifiers:
        extra.append("arrows to the left mean 'at most'")
    if "about" in qualifiers:
        extra.append("open dots mean 'about'")
    if not extra:
        return CAPTION
    return CAPTION.removesuffix(".") + "; " + "; ".join(extra) + "."


def chart_rows(incident: Incident) -> list[ChartRow]:
    """The chart's rows: groups by outcome and perpetrator, subsets under their claim."""
    claims = incident.claims_by_id
    children: dict[str, list[CasualtyClaim]] = {}
    tops: list[CasualtyClaim] = []
    for claim in incident.claims:
        if claim.part_of is not None and claim.part_of in claims and claim.part_of != claim.id:
            children.setdefault(claim.part_of, []).append(claim)
        else:
            tops.append(claim)
    groups: dict[tuple[str, tuple[str, ...]], list[CasualtyClaim]] = {}
    for claim in tops:
        blamed = tuple(dict.fromkeys(a.actor for a in claim.perpetrators))
        groups.setdefault((claim.outcome, blamed), []).append(claim)
    outcome_order = list(OUTCOMES)
    revised = {c.revises for c in incident.claims if c.revises and c.revises != c.id}
    rows: list[ChartRow] = []
    placed: set[str] = set()

    def add(claim: CasualtyClaim, depth: int) -> None:
        if claim.id in placed:  # a part_of cycle: the loader reports it; draw each claim once
            return
        placed.add(claim.id)
        rows.append(
            ChartRow(
                row_label(incident, claim, claim.id in revised),
                claim,
                depth,
                _MARKS[claim.qualifier],
                figure_mark(claim) if claim.count is not None else NOT_QUANTIFIED,
            )
        )
        for child in children.get(claim.id, ()):
            add(child, depth + 1)

    for outcome, blamed in sorted(groups, key=lambda key: outcome_order.index(key[0])):
        rows.append(ChartRow(group_heading(incident, outcome, blamed)))
        for claim in groups[(outcome, blamed)]:
            add(claim, 0)
    # Claims caught in a part_of cycle have no top; they still get a row of their own.
    leftovers = [c for c in incident.claims if c.id not in placed]
    if leftovers:
        rows.append(ChartRow("Other claims"))
        for claim in leftovers:
            add(claim, 0)
    return rows


def nice_axis(maximum: float, ticks: int = 5) -> tuple[float, float]:
    """(top, step) of an axis from 0 that reaches ``maximum`` in round steps: 128 → (150, 50)."""
    if maximum <= 0:
        return 1.0, 1.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return math.ceil(maximum / step) * step, step


def axis_title(incident: Incident) -> str:
    """'people reported killed' (or every outcome the claims count)."""
    outcomes = [o for o in OUTCOMES if any(c.outcome == o for c in incident.claims)]
    return "people reported " + (", ".join(outcomes) if outcomes else "killed")


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

    def x_of(self, value: float) -> float:
        """The horizontal position of a value on the axis."""
        return self.plot_left + value / self.top_value * (self.plot_right - self.plot_left)

    def row_at(self, point: QPointF) -> ChartRow | None:
        """The row under a point, for tooltips and clicks."""
        return next((row for row, rect in self.rows if rect.contains(point)), None)


def layout_claims_chart(
    incident: Incident, rect: QRectF, font: QFont, device: QPaintDevice | None = None
) -> ChartLayout:
    """Lay the chart out in ``rect`` (its height is ignored: the layout says how tall it is)."""
    metrics = _metrics(font, device)
    italic = _metrics(_italic(font), device)
    line = metrics.height() * 1.6
    indent = metrics.horizontalAdvance("MM")
    arrow = metrics.horizontalAdvance("MMM")
    gap = metrics.horizontalAdvance("M")
    rows = chart_rows(incident)
    claim_rows = [r for r in rows if not r.is_heading]
    widest_label = max(
        (metrics.horizontalAdvance(r.text) + r.depth * indent for r in claim_rows), default=0.0
    )
    label_width = min(widest_label, rect.width() * 0.45)
    widest_value = max((metrics.horizontalAdvance(r.value_label) for r in claim_rows), default=0.0)
    plot_left = rect.left() + label_width + 2 * gap
    plot_right = max(plot_left + gap, rect.right() - widest_value - arrow - 2 * gap)
    top = rect.top()
    placed = []
    for row in rows:
        placed.append((row, QRectF(rect.left(), top, rect.width(), line)))
        top += line
    maximum = max((float(r.high or r.low or 0) for r in claim_rows), default=0.0)
    top_value, step = nice_axis(maximum)
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
    )


def claims_chart_height(
    incident: Incident, width: float, font: QFont, device: QPaintDevice | None = None
) -> float:
    """How tall the chart is at ``width`` (pass the paint device when printing)."""
    return layout_claims_chart(incident, QRectF(0, 0, width, 0), font, device).height


def paint_claims_chart(
    painter: QPainter,
    rect: QRectF,
    incident: Incident,
    font: QFont,
    ink: QColor,
    *,
    highlighted: str | None = None,
    highlight: QColor | None = None,
) -> None:
    """Draw the chart in ``rect`` with ``ink`` (black on paper, the palette's text on screen).

    ``highlighted`` is a claim id whose row gets a ``highlight`` background (screen only).
    """
    device = painter.device()
    chart = layout_claims_chart(incident, rect, font, device)
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
        if row.is_heading:
            painter.setFont(_bold(font))
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
    indent = row.depth * chart.indent
    label_rect = QRectF(
        rect.left() + indent, rect.top(), chart.plot_left - rect.left() - indent, rect.height()
    )
    label_text = ("↳ " if row.depth and metrics.inFont("↳") else "") + row.text
    elided = metrics.elidedText(label_text, Qt.TextElideMode.ElideRight, label_rect.width())
    painter.drawText(label_rect, _LEFT, elided)
    y = rect.center().y()
    radius = metrics.height() * 0.22
    if row.low is None:
        painter.setFont(_italic(font))
        painter.drawText(
            QPointF(chart.plot_left + radius * 2, y + metrics.ascent() / 2 - 1), NOT_QUANTIFIED
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
    for i in range(steps + 1):
        value = i * chart.step
        x = chart.x_of(value)
        painter.drawLine(QLineF(x, y, x, y + tick))
        text = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
        width = metrics.horizontalAdvance(text)
        painter.drawText(QPointF(x - width / 2, y + tick + metrics.ascent()), text)
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


def row_tooltip(incident: Incident, row: ChartRow) -> str:
    """A sentence for a row: 'SOHR: at least 128 people (status not stated) killed (…)'."""
    if row.claim is None:
        return row.text
    return f"{incident.actor_name(row.claim.claimant)}: {claim_phrase(row.claim)}"
