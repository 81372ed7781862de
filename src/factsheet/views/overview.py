"""The Overview's content: what happened, where, when, how sure, the figures and the notes."""

from collections.abc import Sequence
from html import escape

from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Location
from factsheet.model.vocabulary import HANDLING, LOCATION_PRECISIONS, STATUSES, definition, label
from factsheet.views.details import RECORDER_NOTE_LABEL
from factsheet.views.figures import CLAIMANTS_SEPARATOR, FIGURES_SEPARATOR, FigureLine, figure_lines
from factsheet.views.links import item_link
from factsheet.views.names import Names
from factsheet.views.notes import DataNote, note_html
from factsheet.views.plural import noun
from factsheet.views.wording import reported_perpetrators

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
    "Each figure is one claim's, as reported, with its claimant; claimants separated by "
    "semicolons made separate claims. Figures are never added together; claims blaming "
    "different actors are shown apart, and a part of another claim says so."
)
NO_FIGURES = "No claim in this file gives a figure."


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


def figure_line(line: FigureLine) -> str:
    """'<b>Killed — attributed to Daesh (alleged, implied):</b> 67 named (PCC); …': the
    sheet's and the JSON export's words, each claimant a link to its claim and "C1" a link
    to the claim the part belongs to."""
    entries = []
    for entry in line.entries:
        claimants = CLAIMANTS_SEPARATOR.join(
            item_link("claim", claim.id, claimant)
            for claim, claimant in zip(entry.claims, entry.claimants, strict=True)
        )
        whole = entry.claims[0].part_of
        entries.append(
            entry.template.format(
                figure=escape(entry.figure),
                claimants=claimants,
                whole=item_link("claim", whole, entry.whole) if whole and entry.whole else "",
            )
        )
    return f"<b>{escape(line.heading)}:</b> {FIGURES_SEPARATOR.join(entries)}"


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
        # The sheet's line too: every actor a claim blames, and how firmly.
        ("Reported perpetrators", escape(reported_perpetrators(incident))),
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
    lines = figure_lines(incident)
    parts.append("<h3>Reported figures</h3>")
    if lines:
        parts += [f"<p>{figure_line(line)}</p>" for line in lines]
        parts.append(f"<p><small><i>{escape(FIGURES_CAVEAT)}</i></small></p>")
    else:
        parts.append(f"<p>{escape(NO_FIGURES)}</p>")
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
