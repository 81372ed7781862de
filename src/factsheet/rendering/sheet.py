"""The sheet's content for a variant (brief or full dossier), as parts of rich text."""

# The brief (the default): identity, summary, key points, the reported figures with what a
# reader must know before relying on them, the claims chart; then the main events as room
# allows on two pages, the numbered sources the figures point to, and the data notes as
# room allows (each in a part of its own, so that the pages can leave one out without
# laying anything out again).
# The full dossier: the same front, then the annexes (claims with quotes and notes,
# timeline, actors, data notes, sources, method and definitions) and a paragraph of
# provenance. Both carry the provenance in every page's footer.

import datetime as dt

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFontMetricsF

from factsheet.loading import LoadedIncident
from factsheet.model.chronology import chronological
from factsheet.rendering import sheet_annex, sheet_brief, sheet_headline
from factsheet.rendering.claims_chart import claims_chart_height
from factsheet.rendering.sheet_document import ChartSpec, chart_font, layout_device
from factsheet.rendering.sheet_html import SheetHtml
from factsheet.views.brief import Fit, SheetVariant, main_events
from factsheet.views.claims import claim_refs

#: A chart taller than this share of the body would not fit on a page with its heading.
CHART_MAX_SHARE = 0.8
#: A chart row is at least this many lines of its font (claims_chart.py: 1.4).
CHART_ROW_LINES = 1.3
#: The brief's closing sections that room allows or not, the most wanted first. (Its
#: sources are always printed: the table of figures points to them by number.)
BRIEF_SECTIONS = ("events", "notes")


def chart_spec(loaded: LoadedIncident, body: QSizeF) -> ChartSpec | None:
    """The claims chart at the body's width, or None when it would not fit on a page."""
    incident = loaded.incident
    if not incident.claims:
        return None
    device = layout_device()
    # One row a claim at least: more claims than rows fit need no layout to be left out.
    row = QFontMetricsF(chart_font(), device).height() * CHART_ROW_LINES
    if len(incident.claims) * row > body.height() * CHART_MAX_SHARE:
        return None
    # The chart's rows carry the claims' numbers, so a reader can go from one to the other.
    numbers = claim_refs(incident)
    height = claims_chart_height(incident, body.width(), chart_font(), device, numbers=numbers)
    if height > body.height() * CHART_MAX_SHARE:
        return None
    return ChartSpec(incident, QSizeF(body.width(), height), numbers)


def sheet_html(
    loaded: LoadedIncident,
    variant: SheetVariant,
    *,
    chart: ChartSpec | None,
    generated_at: dt.datetime,
) -> SheetHtml:
    """Every section of the sheet, in the order it is read."""
    incident = loaded.incident
    fit = Fit.of(variant)
    sheet = SheetHtml()
    sheet_headline.identity(sheet, incident, fit)
    sheet_headline.summary(sheet, incident, fit)
    sheet_headline.key_points(sheet, incident, fit)
    sheet_headline.reported_figures(sheet, incident, fit, chart=chart is not None)
    if not fit.whole:
        events = main_events(incident, in_order=chronological(incident))
        sheet.new_part(section="events")
        sheet_brief.events_in_short(sheet, incident, events)
        sheet.new_part()
        sheet_brief.sources_in_short(sheet, incident, events)
        sheet.new_part(section="notes")
        sheet_brief.data_notes_in_short(sheet, loaded)
        return sheet
    sheet_headline.claims_table(sheet, incident)
    sheet_annex.timeline(sheet, incident)
    sheet_annex.actors(sheet, incident)
    sheet_annex.data_notes_list(sheet, loaded)
    sheet_annex.sources(sheet, incident)
    sheet_annex.method(sheet, incident)
    sheet_annex.provenance(sheet, loaded, generated_at)
    return sheet
