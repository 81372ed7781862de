"""The Overview's content: what happened, where, when, how sure, the figures and the notes."""

from collections.abc import Sequence
from html import escape

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, join_list, translate
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Location
from factsheet.model.vocabulary import HANDLING, LOCATION_PRECISIONS, STATUSES, definition, label
from factsheet.printable import printable_name, shows_something
from factsheet.views.bidi import (
    data_paragraph,
    directed,
    in_line,
    label_row,
    right_to_left_now,
    start_side,
)
from factsheet.views.brief import reliance_notes
from factsheet.views.claims import claim_refs
from factsheet.views.details import recorder_note_label
from factsheet.views.figures import FigureLine, figure_lines
from factsheet.views.links import item_link
from factsheet.views.names import Names
from factsheet.views.notes import DataNote, note_html
from factsheet.views.wording import joined_groups, quoted, reported_perpetrators

Overview = Context("Overview")

# A page is for reading: beyond this many notes the overview says how many more there are.
NOTES_SHOWN = 200

# How well a date is known, in brackets after it.
_PRECISION_WORDS = {
    "day": QT_TRANSLATE_NOOP("Overview", "to the day"),
    "month": QT_TRANSLATE_NOOP("Overview", "to the month"),
    "season": QT_TRANSLATE_NOOP("Overview", "to the season"),
    "year": QT_TRANSLATE_NOOP("Overview", "to the year"),
    "decade": QT_TRANSLATE_NOOP("Overview", "to the decade"),
    "century": QT_TRANSLATE_NOOP("Overview", "to the century"),
    "interval": QT_TRANSLATE_NOOP("Overview", "a span of dates"),
    "unknown": QT_TRANSLATE_NOOP("Overview", "date unknown"),
}


def figures_caveat() -> str:
    """The standing caveat under the reported figures."""
    return Overview.tr(
        "Each figure is one claim's, as reported, with its claimant; claimants separated by "
        "semicolons made separate claims. Figures are never added together; claims blaming "
        "different actors are shown apart, and a part of another claim says so."
    )


def no_figures() -> str:
    """What the reported figures say when no claim gives one."""
    return Overview.tr("No claim in this file gives a figure.")


def precision_words(date: UncertainDate) -> str:
    """'to the month', 'a span of dates; approximate': how exactly a date is known."""
    precision = _PRECISION_WORDS.get(date.precision)
    words = [translate("Overview", precision) if precision else date.precision]
    if date.approximate:
        words.append(Overview.tr("approximate"))
    if date.uncertain:
        words.append(Overview.tr("uncertain"))
    return joined_groups(words)


def date_html(date: UncertainDate, wording: str | None = None) -> str:
    """'October 2017 <small>(to the month; "in the sources' words")</small>'."""
    detail = [precision_words(date)]
    if wording:
        detail.append(quoted(wording))
    return f"{escape(date.words())} <small>({escape(joined_groups(detail))})</small>"


def _arabic(text: str | None) -> str:
    # dir="rtl" makes Qt lay Arabic out right to left even inside a left-to-right page.
    return f' <span dir="rtl" lang="ar">{escape(text)}</span>' if text else ""


def location_html(location: Location) -> str:
    """Name in both scripts, larger areas, precision, other spellings."""
    name = escape(in_line(location.name)) + _arabic(location.name_ar)
    # "Al Qaryatayn القريتين, Homs province, Syria": from the place to the larger areas.
    text = join_list([name, *(escape(in_line(w)) for w in location.within)])
    text += f" <small>({escape(label(LOCATION_PRECISIONS, location.precision))})</small>"
    if location.other_names:
        also = Overview.tr("Also written: {names}").format(
            names=join_list(in_line(n) for n in location.other_names)
        )
        text += f"<br><small>{escape(also)}</small>"
    return text


def figure_line(line: FigureLine) -> str:
    """'<b>Killed — attributed to Daesh (alleged, implied):</b> 67 named (PCC); …': the
    sheet's and the JSON export's words, each claimant a link to its claim and "C1" a link
    to the claim the part belongs to."""
    entries = []
    for entry in line.entries:
        claimants = joined_groups(
            [
                item_link("claim", claim.id, claimant)
                for claim, claimant in zip(entry.claims, entry.claimants, strict=True)
            ]
        )
        whole = entry.claims[0].part_of
        entries.append(
            escape(entry.template).format(
                figure=escape(entry.figure),
                claimants=claimants,
                whole=item_link("claim", whole, entry.whole) if whole and entry.whole else "",
            )
        )
    return f"<b>{escape(line.heading)}:</b> {joined_groups(entries)}"


def _defined(table: dict[str, tuple[str, str]], value: str, *, bold: bool = False) -> str:
    """A vocabulary value in words, followed by its definition."""
    words = escape(label(table, value))
    words = f"<b>{words}</b>" if bold else words
    return f"{words} <small>— {escape(definition(table, value))}</small>"


def _notes_html(names: Names, notes: Sequence[DataNote]) -> list[str]:
    if not notes:
        return [
            "<p>{}</p>".format(
                escape(
                    Overview.tr(
                        "No data notes: no warnings, conflicting or uncertain dates, "
                        "unquantified claims or sources known only at second hand."
                    )
                )
            )
        ]
    shown = notes[:NOTES_SHOWN]
    parts = ["<ul>" + "".join(f"<li>{note_html(n, names)}</li>" for n in shown) + "</ul>"]
    if len(notes) > len(shown):
        more = Overview.tr(
            "… and %n more: the problems list (View ▸ Problems and Warnings) has every "
            "warning, the Timeline every date.",
            None,
            len(notes) - len(shown),
        )
        parts.append(f"<p>{escape(more)}</p>")
    return parts


def _heading(words: str) -> str:
    return f"<h3>{escape(words)}</h3>"


def _data(text: str) -> str:
    """A paragraph of the file's own text, running its own way."""
    return data_paragraph(escape(text), text)


def overview_html(names: Names, notes: Sequence[DataNote], file_name: str | None = None) -> str:
    """The whole overview as rich text; every string from the file is escaped. A title
    that shows nothing (invisible characters only) is headed by ``file_name`` instead, in
    italics, as the window title and the Library name such a file."""
    incident = names.incident
    info = incident.incident
    rows = [
        (Overview.tr("Incident"), escape(in_line(info.id))),
        (Overview.tr("Date"), date_html(info.date, info.date_wording)),
        (
            Overview.tr("Location") if len(info.locations) == 1 else Overview.tr("Locations"),
            "<br>".join(location_html(loc) for loc in info.locations),
        ),
        (Overview.tr("Status"), _defined(STATUSES, info.status)),
        # The sheet's line too: every actor a claim blames, and how firmly.
        (Overview.tr("Reported perpetrators"), escape(reported_perpetrators(incident))),
    ]
    if info.handling:
        rows.append((Overview.tr("Handling"), _defined(HANDLING, info.handling, bold=True)))
    rows.append((Overview.tr("Last updated"), date_html(info.last_updated)))
    if info.recorded_by:
        rows.append((Overview.tr("Recorded by"), escape(in_line(info.recorded_by))))
    if info.title_ar and right_to_left_now():
        # In Arabic the file's Arabic title leads, the English one under it (as on the sheet).
        parts = [
            f'<h1 dir="rtl" lang="ar">{escape(info.title_ar)}</h1>',
            data_paragraph(escape(info.title), info.title, "h2"),
        ]
    elif not shows_something(info.title) and file_name is not None:
        parts = [f"<h1><i>{escape(printable_name(file_name))}</i></h1>"]
        if info.title_ar:
            parts.append(f'<h2 dir="rtl" lang="ar">{escape(info.title_ar)}</h2>')
    else:
        parts = [data_paragraph(escape(info.title), info.title, "h1")]
        if info.title_ar:
            parts.append(f'<h2 dir="rtl" lang="ar">{escape(info.title_ar)}</h2>')
    side = start_side()
    # On the reading side: in Arabic the table stands at the right, under the titles, its
    # labels rightmost (label_row).
    parts.append(f'<table cellspacing="0" cellpadding="3" align="{side}">')
    parts += [
        label_row(f'<th align="{side}" valign="top">{escape(key)}</th>', f"<td>{value}</td>")
        for key, value in rows
    ]
    parts.append("</table>")
    lines = figure_lines(incident)
    parts.append(_heading(Overview.tr("Reported figures")))
    # First, as on the sheet: how far the figures are from their sources (second-hand).
    parts += [
        f"<p><b>{escape(note)}</b></p>" for note in reliance_notes(incident, claim_refs(incident))
    ]
    if lines:
        parts += [f"<p>{figure_line(line)}</p>" for line in lines]
        parts.append(f"<p><small><i>{escape(figures_caveat())}</i></small></p>")
    else:
        parts.append(f"<p>{escape(no_figures())}</p>")
    if info.key_points:
        parts.append(_heading(Overview.tr("Key points")) + "<ul>")
        parts += [data_paragraph(escape(point), point, "li") for point in info.key_points]
        parts.append("</ul>")
    parts.append(_heading(Overview.tr("Summary")) + _data(info.summary))
    if info.note:
        # "Note", as the sheet prints it: the recorder's own, not printed, is the next one.
        parts.append(_heading(Overview.tr("Note")) + _data(info.note))
    if info.recorder_note:
        parts.append(_heading(recorder_note_label()) + _data(info.recorder_note))
    parts.append(_heading(Overview.tr("Data notes")))
    parts += _notes_html(names, notes)
    return directed("\n".join(parts))
