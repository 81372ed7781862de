"""The brief's closing sections, each printed as room allows: main events, sources, notes."""

from factsheet.i18n import Context
from factsheet.loading import LoadedIncident
from factsheet.model.incident import Incident, TimelineEvent
from factsheet.rendering.sheet_annex import data_notes_list
from factsheet.rendering.sheet_headline import top_claims
from factsheet.rendering.sheet_html import SheetHtml, css_px, esc, refs
from factsheet.views.brief import Fit, cut_text, source_in_short
from factsheet.views.plural import counted

SheetBrief = Context("SheetBrief")


def events_in_short(sheet: SheetHtml, incident: Incident, events: list[TimelineEvent]) -> None:
    """The main events (views.brief.main_events), each a date in words and a line or two."""
    if not events:
        return
    sheet.heading(esc(SheetBrief.tr("Main events")))
    none = esc(SheetBrief.tr("none", "no source cited"))
    rows = [
        [
            f"<b>{esc(event.date.words())}</b>",
            esc(cut_text(event.text)),
            refs(incident, event.sources) or none,
        ]
        for event in events
    ]
    header = [SheetBrief.tr("Date"), SheetBrief.tr("What happened"), SheetBrief.tr("Sources")]
    sheet.table([esc(h) for h in header], rows, (19, 70, 11))
    if len(incident.timeline) > len(events):
        sheet.paragraph(
            esc(SheetBrief.tr("The full dossier's timeline has all {events}.")).format(
                events=esc(counted(len(incident.timeline), "event"))
            ),
            style="font-size:8.5pt",
        )


def sources_in_short(sheet: SheetHtml, incident: Incident, events: list[TimelineEvent]) -> None:
    """The numbered sources the note numbers point to, one line each: all of them, or past
    Fit.ITEMS only those the brief's claims and events cite (numbered as in the dossier)."""
    if not incident.sources:
        return
    sheet.heading(esc(SheetBrief.tr("Sources")))
    style = f"font-size:8.5pt; margin-bottom:{css_px(1.5)}px"
    numbered = list(enumerate(incident.sources, start=1))
    if len(numbered) > Fit.ITEMS:
        cited = _cited_in_brief(incident, events)
        numbered = [(n, s) for n, s in numbered if s.id in cited][: Fit.ITEMS]
    for number, source in numbered:
        sheet.paragraph(f"[{number}] {esc(source_in_short(incident, source))}", style=style)
    if len(numbered) < len(incident.sources):
        sheet.paragraph(
            esc(SheetBrief.tr("The full dossier lists all {sources}.")).format(
                sources=esc(counted(len(incident.sources), "source"))
            ),
            style=style,
        )


def _cited_in_brief(incident: Incident, events: list[TimelineEvent]) -> set[str]:
    """The sources the brief's table of figures and its main ``events`` cite."""
    cited: set[str] = set()
    for claim, parts in top_claims(incident)[: Fit.ITEMS]:
        for item in (claim, *parts):
            cited.update(item.sources)
    for event in events:
        cited.update(event.sources)
    return cited


def data_notes_in_short(sheet: SheetHtml, loaded: LoadedIncident) -> None:
    """The data notes, events named by their opening words (the brief numbers no events)."""
    data_notes_list(sheet, loaded, brief=True)
