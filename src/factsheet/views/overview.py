"""The Overview's content: what happened, where, when, how sure, the figures and the notes."""

from collections.abc import Sequence
from html import escape

from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Location
from factsheet.model.key_figures import KeyFigure, key_figures
from factsheet.model.vocabulary import HANDLING, LOCATION_PRECISIONS, STATUSES, definition, label
from factsheet.views.details import RECORDER_NOTE_LABEL
from factsheet.views.links import item_link
from factsheet.views.names import Names
from factsheet.views.notes import DataNote, note_html
from factsheet.views.plural import counted, noun
from factsheet.views.wording import (
    claim_label,
    key_figure_ends,
    key_figure_heading,
    key_figure_words,
)

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


def precision_words(date: UncertainDate) -> str:
    """'to the month', 'a span of dates; approximate': how exactly a date is known."""
    words = [_PRECISION_WORDS.get(date.precision, date.precision)]
    if date.approximate:
        words.append("approximate")
    if date.uncertain:
        words.append("uncertain")
    return "; ".join(words)


def date_html(date: UncertainDate, wording: str | None = None) -> str:
    """'October 2017 <small>(to the month; "in the sources' words")</small>'."""
    detail = [escape(precision_words(date))]
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


def figure_line(names: Names, figure: KeyFigure) -> str:
    """'Killed — attributed to Daesh (alleged, implied): 67 named (PCC) – at least 128
    documented (SOHR)' with links to the claims at both ends."""
    incident = names.incident
    heading = escape(key_figure_heading(incident, figure))
    span = escape(key_figure_words(incident, figure))
    links = ", ".join(
        item_link("claim", c.id, claim_label(incident, c)) for c in key_figure_ends(figure)
    )
    claims = counted(figure.claims, "claim")
    claimants = counted(figure.claimants, "claimant")
    return (
        f"<b>{heading}:</b> {span}<br>"
        f"<small>{claims} from {claimants}; lowest and highest: {links}</small>"
    )


def _defined(table: dict[str, tuple[str, str]], value: str, *, bold: bool = False) -> str:
    """A vocabulary value in words, followed by its definition."""
    words = escape(label(table, value))
    words = f"<b>{words}</b>" if bold else words
    return f"{words} <small>— {escape(definition(table, value))}</small>"


def _notes_html(names: Names, notes: Sequence[DataNote]) -> list[str]:
    if not notes:
        return [
            (
                "<p>No data notes: no warnings, conflicting or uncertain dates, unquantified "
                "claims or sources known only at second hand.</p>"
            )
        ]
    shown = notes[:NOTES_SHOWN]
    parts = ["<ul>" + "".join(f"<li>{note_html(n, names)}</li>" for n in shown) + "</ul>"]
    if len(notes) > len(shown):
        parts.append(
            f"<p>… and {len(notes) - len(shown):,} more: the problems list "
            "(View ▸ Problems and Warnings) has every warning, the Timeline every date.</p>"
        )
    return parts


def overview_html(names: Names, notes: Sequence[DataNote]) -> str:
    """The whole overview as rich text; every string from the file is escaped."""
    incident = names.incident
    info = incident.incident
    rows = [
        ("Incident", escape(info.id)),
        ("Date", date_html(info.date, info.date_wording)),
        (
            noun(len(info.locations), "Location"),
            "<br>".join(location_html(loc) for loc in info.locations),
        ),
        ("Status", _defined(STATUSES, info.status)),
    ]
    if info.handling:
        rows.append(("Handling", _defined(HANDLING, info.handling, bold=True)))
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
        parts += [f"<p>{figure_line(names, f)}</p>" for f in figures]
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
    if info.recorder_note:
        parts.append(f"<h3>{escape(RECORDER_NOTE_LABEL)}</h3><p>{escape(info.recorder_note)}</p>")
    parts.append("<h3>Data notes</h3>")
    parts += _notes_html(names, notes)
    return "\n".join(parts)
