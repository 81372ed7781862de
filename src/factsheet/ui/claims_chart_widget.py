"""The claims range chart on screen: the printed drawing, in the palette's colours."""

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from factsheet.i18n import Context, translate
from factsheet.model.incident import Incident
from factsheet.rendering.claims_chart import ChartLayout, layout_claims_chart, paint_claims_chart
from factsheet.ui.row_table_model import plain_rich_text
from factsheet.views.bidi import right_to_left_now
from factsheet.views.chart import NO_CLAIMS, ChartRow, ChartRows, row_tooltip
from factsheet.views.claims import claim_refs
from factsheet.views.wording import joined_groups

ChartWidget = Context("ChartWidget")

_MARGIN = 8.0


class ClaimsChartWidget(QWidget):
    """Paints rendering.claims_chart; a tooltip names each row, a click selects its claim."""

    claim_clicked = Signal(str)
    # The chart's new height in pixels (it depends on the width: the caption wraps).
    height_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self._highlighted: str | None = None
        self._rows: list[ChartRow] = []
        self._row_maker: ChartRows | None = None
        # The claims the Claims tab's filters keep (None: every claim).
        self._shown: frozenset[str] | None = None
        # Each claim's number, as the table, the Overview and the sheet give it ("C1").
        self._numbers: dict[str, str] = {}
        # The layout for the current width and font: tooltips and paints reuse it.
        self._layout: tuple[tuple[float, str, bool], ChartLayout] | None = None
        self.setAccessibleName(ChartWidget.tr("Casualty claims range chart"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)

    def set_incident(self, incident: Incident, rows: ChartRows | None = None) -> None:
        """Draw the claims of ``incident`` (every one, until set_shown says otherwise);
        ``rows`` are its ChartRows when the caller has them (views.chart, made off the GUI
        thread)."""
        self._incident = incident
        self._highlighted = None
        self._shown = None
        self._numbers = claim_refs(incident)
        # The labels are worked out once; a filter only picks the rows (at every keystroke).
        self._row_maker = maker = rows if rows is not None else ChartRows(incident)
        self._set_rows(maker)

    def set_shown(self, claim_ids: frozenset[str] | None) -> None:
        """Draw only these claims (None: all), as the Claims tab's filters keep them."""
        if claim_ids == self._shown or self._row_maker is None:
            return
        self._shown = claim_ids
        self._set_rows(self._row_maker)

    def _set_rows(self, maker: ChartRows) -> None:
        self._layout = None
        incident = maker.incident
        rows = self._rows = maker.rows(self._shown)
        # Screen readers get the chart as words: one sentence per row.
        self.setAccessibleDescription(
            joined_groups([row_tooltip(incident, r) for r in rows])
            if rows
            else translate("Chart", NO_CLAIMS)
        )
        self._fit_height()
        self.update()

    @property
    def rows(self) -> list[ChartRow]:
        """The rows drawn: headings, claims and, while a filter hides some, its note."""
        return self._rows

    @property
    def highlighted(self) -> str | None:
        """The claim whose row is marked as selected, if any."""
        return self._highlighted

    def set_highlighted(self, claim_id: str | None) -> None:
        """Mark the row of the claim selected in the table."""
        self._highlighted = claim_id
        self.update()

    def chart_layout(self) -> ChartLayout | None:
        """The current layout (None before an incident is set)."""
        if self._incident is None:
            return None
        rect = self._chart_rect()
        # The chart runs as the interface's language does, as the printed sheet's does.
        key = (rect.width(), self.font().key(), right_to_left_now())
        if self._layout is None or self._layout[0] != key:
            chart = layout_claims_chart(
                self._incident, rect, self.font(), self, self._rows, numbers=self._numbers
            )
            self._layout = (key, chart)
        return self._layout[1]

    def _chart_rect(self) -> QRectF:
        return QRectF(_MARGIN, _MARGIN, max(1.0, self.width() - 2 * _MARGIN), 0)

    def _fit_height(self) -> None:
        chart = self.chart_layout()
        height = int(chart.height + 2 * _MARGIN) + 1 if chart else 0
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
            self.height_changed.emit(height)

    @override
    def sizeHint(self) -> QSize:
        return QSize(640, max(self.minimumHeight(), 40))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._incident is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        if not self._rows:
            # Said here in the interface's language rather than by the shared drawing.
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                self._chart_rect().adjusted(0, 0, 0, self.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                translate("Chart", NO_CLAIMS),
            )
            painter.end()
            return
        highlight = palette.color(QPalette.ColorRole.Highlight)
        highlight.setAlphaF(0.25)
        self._paint_focus_frame(painter)
        paint_claims_chart(
            painter,
            self._chart_rect(),
            self._incident,
            self.font(),
            palette.color(QPalette.ColorRole.WindowText),
            highlighted=self._highlighted,
            highlight=highlight,
            layout=self.chart_layout(),
            visible=QRectF(event.rect()),
        )
        painter.end()

    def _paint_focus_frame(self, painter: QPainter) -> None:
        """A 1-px frame in the highlight colour round the part in sight while the chart has
        the keyboard (a Tab stop): the screen's only, never the sheet's, which draws the
        chart with rendering.claims_chart on its own painter."""
        if not self.hasFocus():
            return
        # The chart is taller than its scroll area: the frame goes round what is seen.
        seen = self.visibleRegion().boundingRect().intersected(self.rect())
        if seen.isEmpty():
            return
        painter.save()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(seen.adjusted(0, 0, -1, -1))
        painter.restore()

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    @override
    def moveEvent(self, event: QMoveEvent) -> None:
        # Scrolling moves the chart in its scroll area: the frame follows what is seen
        # rather than scrolling with the drawing.
        super().moveEvent(event)
        if self.hasFocus():
            self.update()

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(QPointF(event.pos()))
            if row is not None and self._incident is not None:
                QToolTip.showText(
                    event.globalPos(), plain_rich_text(row_tooltip(self._incident, row)), self
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and row is not None and row.claim:
            self.claim_clicked.emit(row.claim.id)
        super().mousePressEvent(event)

    def _row_at(self, point: QPointF) -> ChartRow | None:
        chart = self.chart_layout()
        return chart.row_at(point) if chart else None
