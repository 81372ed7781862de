"""The claims chart's plot and axis fitted to a width: as wide as the marks and values allow."""

from collections.abc import Sequence

from PySide6.QtGui import QFontMetricsF

from factsheet.views.chart import ChartRow, nice_axis, tick_text

#: A mark's reach: the value it ends at and how far its arrow and value label go past it.
Reach = tuple[float, float]


def mark_reaches(
    rows: Sequence[ChartRow],
    metrics: QFontMetricsF,
    italic: QFontMetricsF,
    radius: float,
    arrow: float,
) -> list[Reach]:
    """What each row draws beyond its value (as _paint_row draws it): the plot is made as
    wide as these let it be, so no room is left empty beside the largest figure."""
    reaches = []
    for row in rows:
        label = metrics.horizontalAdvance(row.value_label) + radius * 2
        if row.low is None:  # "unquantified", in italics at the axis's start
            reaches.append((0.0, italic.horizontalAdvance(row.value_label) + radius * 2))
        elif row.mark == "range" and row.high is not None:
            reaches.append((float(row.high), label))
        elif row.mark == "at-least":
            reaches.append((float(row.low), arrow + label))
        else:
            reaches.append((float(row.low), label))
    return reaches


def _last_tick(top: float, metrics: QFontMetricsF) -> float:
    # The top tick's label is centred on the axis's end: half of it stands past the plot.
    return metrics.horizontalAdvance(tick_text(top)) / 2


def _plot_width(
    start: float, right: float, top: float, reaches: Sequence[Reach], metrics: QFontMetricsF
) -> float:
    """The widest plot from ``start`` on an axis up to ``top`` that keeps every mark's
    arrow and value, and the last tick's label, short of ``right``."""
    room = right - start
    width = room - _last_tick(top, metrics)
    for value, beyond in reaches:
        if value > 0:
            width = min(width, (room - beyond) * top / value)
    return width


def latest_plot_start(
    right: float, top: float, reaches: Sequence[Reach], width: float, metrics: QFontMetricsF
) -> float:
    """The furthest a plot ``width`` wide can start and still keep every mark's arrow and
    value, and the last tick's label, short of ``right`` (_plot_width the other way)."""
    start = right - _last_tick(top, metrics) - width
    for value, beyond in reaches:
        start = min(start, right - beyond - value / top * width)
    return start


def fitted_plot(
    maximum: float, start: float, right: float, reaches: Sequence[Reach], metrics: QFontMetricsF
) -> tuple[float, float, float]:
    """(width, top, step) of the plot from ``start``: as wide as its marks allow.

    The axis's ticks depend on the width and the width on the axis's top; a narrower plot
    takes fewer ticks, so this settles in a few rounds.
    """
    gap = metrics.horizontalAdvance("M")
    width = max(gap, right - start)
    top, step = readable_axis(maximum, width, metrics, gap)
    for _ in range(6):
        fitted = max(gap, _plot_width(start, right, top, reaches, metrics))
        if fitted >= width:
            break
        width = fitted
        top, step = readable_axis(maximum, width, metrics, gap)
    return width, top, step


def readable_axis(
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
