"""The Overview tab: what happened, where, when, how sure, and the reported figures."""

from html import escape

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from factsheet.loading import LoadedIncident
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Incident, Location
from factsheet.model.vocabulary import (
    HANDLING,
    LOCATION_PRECISIONS,
    STATUSES,
    definition,
    label,
)
from factsheet.model.wording import KeyFigure, key_figures
from factsheet.ui.claim_table_model import claim_label
from factsheet.ui.data_notes import NoteWords, data_notes, note_html
from factsheet.ui.detail_pane import item_link

LINK_KINDS = ("actor", "event", "claim", "source")
#: A page is for reading: beyond this many notes the overview says how many more there are.
NOTES_SHOWN = 200

_PRECISION_WORDS = {
    "day": "to the day",
    "month": "to the month",
    "season": "to the season",
    "year": "to the year",
    "decade": "to the decade",
    "century": "to the century",
    "interval": "a span of dates",
    "unknown": "date unknown",
}

FIGURES_CAVEAT = (
    "Each figure is one source's, as reported, with its claimant. Figures are never added "
    "together; claims blaming different actors are shown apart."
)


def date_html(date: UncertainDate, wording: str | None = None) -> str:
    """'October 2017 <small>(to the month; "in the sources' words")</small>'."""
    detail = [_PRECISION_WORDS.get(date.precision, date.precision)]
    if date.approximate:
        detail.append("approximate")
    if date.uncertain:
        detail.append("uncertain")
    if wording:
        detail.append(f"“{escape(wording)}”")
    return f"{escape(date.words())} <small>({'; '.join(detail)})</small>"


def _arabic(text: str | None) -> str:
    # dir="rtl" makes Qt lay Arabic out right to left even inside a left-to-right page.
    return f' <span dir="rtl" lang="ar">{escape(text)}</span>' if text else ""


def location_html(location: Location) -> str:
    """Name in both scripts, larger areas, precision, other spellings."""
    text = escape(location.name) + _arabic(location.name_ar)
    if location.within:
        text += ", " + escape(", ".join(location.within))
    text += f" <small>({escape(label(LOCATION_PRECISIONS, location.precision))})</small>"
    if location.other_names:
        text += f"<br><small>Also written: {escape(', '.join(location.other_names))}</small>"
    return text


def figure_line(incident: Incident, figure: KeyFigure) -> str:
    """'Killed — attributed to Daesh (alleged, implied): 67 named (PCC) – at least 128
    documented (SOHR)' with links to the claims at both ends."""
    heading = escape(figure.heading(incident))
    span = escape(figure.words(incident))
    ends = (
        [figure.lowest]
        if figure.lowest.id == figure.highest.id
        else [figure.lowest, figure.highest]
    )
    links = ", ".join(item_link("claim", c.id, claim_label(incident, c)) for c in ends)
    claims = f"{figure.claims} claim{'s' if figure.claims != 1 else ''}"
    claimants = f"{figure.claimants} claimant{'s' if figure.claimants != 1 else ''}"
    return (
        f"<b>{heading}:</b> {span}<br>"
        f"<small>{claims} from {claimants}; lowest and highest: {links}</small>"
    )


def _defined(table: dict[str, tuple[str, str]], value: str, *, bold: bool = False) -> str:
    """A vocabulary value in words, followed by its definition."""
    words = escape(label(table, value))
    words = f"<b>{words}</b>" if bold else words
    return f"{words} <small>— {escape(definition(table, value))}</small>"


def overview_html(loaded: LoadedIncident) -> str:
    """The whole overview as rich text; every string from the file is escaped."""
    incident = loaded.incident
    info = incident.incident
    rows = [
        ("Incident", escape(info.id)),
        ("Date", date_html(info.date, info.date_wording)),
        (
            "Location" + ("s" if len(info.locations) > 1 else ""),
            "<br>".join(location_html(loc) for loc in info.locations),
        ),
        (
            "Status",
            _defined(STATUSES, info.status),
        ),
    ]
    if info.handling:
        rows.append(
            (
                "Handling",
                _defined(HANDLING, info.handling, bold=True),
            )
        )
    rows.append(("Last updated", date_html(info.last_updated)))
    if info.recorded_by:
        rows.append(("Recorded by", escape(info.recorded_by)))
    parts = [f"<h1>{escape(info.title)}</h1>"]
    if info.title_ar:
        parts.append(f'<h2 dir="rtl" lang="ar">{escape(info.title_ar)}</h2>')
    parts.append('<table cellspacing="0" cellpadding="3">')
    parts += [f'<tr><th align="left" valign="top">{k}</th><td>{v}</td></tr>' for k, v in rows]
    parts.append("</table>")
    figures = key_figures(incident)
    parts.append("<h3>Reported figures</h3>")
    if figures:
        parts += [f"<p>{figure_line(incident, f)}</p>" for f in figures]
        parts.append(f"<p><small><i>{escape(FIGURES_CAVEAT)}</i></small></p>")
    else:
        parts.append("<p>No claim in this file gives a figure.</p>")
    if info.key_points:
        parts.append("<h3>Key points</h3><ul>")
        parts += [f"<li>{escape(point)}</li>" for point in info.key_points]
        parts.append("</ul>")
    parts.append(f"<h3>Summary</h3><p>{escape(info.summary)}</p>")
    if info.note:
        parts.append(f"<h3>Recorder's note</h3><p>{escape(info.note)}</p>")
    notes = data_notes(loaded)
    parts.append("<h3>Data notes</h3>")
    if notes:
        shown = notes[:NOTES_SHOWN]
        words = NoteWords(incident)
        parts.append("<ul>" + "".join(f"<li>{note_html(n, words)}</li>" for n in shown) + "</ul>")
        if len(notes) > len(shown):
            parts.append(
                f"<p>… and {len(notes) - len(shown):,} more: the problems list "
                "(View ▸ Problems and Warnings) has every warning, the Timeline every date.</p>"
            )
    else:
        parts.append(
            "<p>No data notes: no warnings, conflicting or uncertain dates, unquantified "
            "claims or sources known only at second hand.</p>"
        )
    return "\n".join(parts)


class OverviewTab(QWidget):
    """The incident at a glance; a find box (Ctrl+F) searches the page."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("Incident overview")
        # Links are ours (kind:id): the window routes them; nothing is ever fetched.
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.setPlaceholderText("No incident open. Use File ▸ Open… to open one.")
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText("Find in overview")
        self.find_box.setAccessibleName("Find in overview")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textEdited.connect(self._on_find_text_changed)
        self.find_box.returnPressed.connect(self.find_next)
        find_label = QLabel("Fi&nd:", self)
        find_label.setBuddy(self.find_box)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.find_box.setToolTip(
            f"Find text in the overview ({QKeySequence(QKeySequence.StandardKey.Find).toString()})"
        )

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show a newly loaded incident."""
        self.browser.setHtml(overview_html(loaded))

    def text(self) -> str:
        """The overview as plain text (what a screen reader reads)."""
        return self.browser.toPlainText()

    def focus_filter(self) -> None:
        """Put the keyboard focus in the find box."""
        self.find_box.setFocus()
        self.find_box.selectAll()

    def select_item(self, kind: str, item_id: str) -> bool:
        """The overview lists no items of its own."""
        return False

    def find_next(self) -> bool:
        """Select the next match of the find box's text, wrapping around."""
        needle = self.find_box.text()
        if not needle:
            return False
        if self.browser.find(needle):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return bool(self.browser.find(needle, QTextDocument.FindFlag(0)))

    @Slot(str)
    def _on_find_text_changed(self, _text: str) -> None:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.find_next()

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        kind, item_id = url.scheme(), url.path()
        if kind in LINK_KINDS and item_id:
            self.link_activated.emit(kind, item_id)
