"""The sheet's headline sections: identity, key points, reported figures, claims, summary."""

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.key_figures import key_figures
from factsheet.model.vocabulary import (
    COUNTING_BASES,
    HANDLING,
    LOCATION_PRECISIONS,
    OUTCOMES,
    STATUSES,
    VICTIMS,
    definition,
    label,
)
from factsheet.model.wording import figure_words
from factsheet.rendering.sheet_html import (
    CHART_MARKER,
    SheetHtml,
    css_px,
    esc,
    iso,
    joined,
    quoted,
    refs,
    small,
)
from factsheet.views.bidi import has_right_to_left
from factsheet.views.claims import claim_numbers, claim_order
from factsheet.views.plural import counted
from factsheet.views.wording import (
    attributed,
    blamed_actors,
    claimant_name,
    key_figure_heading,
    key_figure_words,
)

STANDING_CAVEAT = (
    "Figures are given as each claimant reported them, with the claimant's own qualifier, "
    "counting basis and date. They have not been independently verified by the compiler "
    "of this sheet, may be revised, and overlap: they are never added together or averaged. "
    "The highest figure is the highest reported, not an upper bound on the truth."
)


def identity(sheet: SheetHtml, incident: Incident) -> None:
    """Title block: titles, code, when, where, status, reported perpetrators."""
    info = incident.incident
    sheet.add(f"<h1>{esc(info.title)}</h1>")
    if info.title_ar:
        sheet.arabic_paragraph(info.title_ar, style="font-size:14pt")
    sheet.paragraph(
        f"Fact sheet · incident {esc(info.id)} · as of {esc(info.last_updated.words())}",
        style="font-size:9pt",
    )
    when = f"<b>When:</b> {esc(info.date.words())}"
    if info.date_wording:
        when += f" — {quoted(info.date_wording)}"
    sheet.paragraph(when)
    for place in info.locations:
        name = iso(place.name) + (f" ({iso(place.name_ar)})" if place.name_ar else "")
        where = joined([name, *(iso(w) for w in place.within)], ", ")
        where += f" — precision: {esc(label(LOCATION_PRECISIONS, place.precision))}"
        if place.latitude is not None and place.longitude is not None:
            where += f" ({place.latitude:.5f}, {place.longitude:.5f})"
        if place.other_names:
            where += small(" · also written " + ", ".join(iso(n) for n in place.other_names))
        sheet.paragraph(f"<b>Where:</b> {where}")
    status = f"<b>Status:</b> {esc(label(STATUSES, info.status))} — "
    status += esc(definition(STATUSES, info.status))
    sheet.paragraph(status)
    blamed = reported_perpetrators(incident)
    sheet.paragraph(
        "<b>Reported perpetrators:</b> " + (blamed or "none named in the claims or the timeline")
    )
    recorded = [f"<b>Last updated:</b> {esc(info.last_updated.words())}"]
    if info.recorded_by:
        # Isolated: a right-to-left override in it reversed the handling marking after it.
        recorded.append(f"<b>Recorded by:</b> {iso(info.recorded_by)}")
    if info.handling:
        recorded.append(
            f"<b>Handling: {esc(info.handling)}</b> — {esc(definition(HANDLING, info.handling))}"
        )
    sheet.paragraph(" · ".join(recorded))
    if info.note:
        sheet.paragraph(small(f"Recorder's note: {iso(info.note)}"))


def reported_perpetrators(incident: Incident) -> str:
    """'Daesh (alleged, implied); Pro-regime forces (alleged)': every actor any claim blames."""
    return "; ".join(
        iso(incident.actor_name(actor)) + (f" ({', '.join(words)})" if words else "")
        for actor, words in blamed_actors(incident).items()
    )


def key_points(sheet: SheetHtml, incident: Incident) -> None:
    """Two to five highlights, as the recorder wrote them."""
    points = incident.incident.key_points
    if not points:
        return
    sheet.heading("Key points")
    sheet.add("<ul>" + "".join(f"<li>{esc(p)}</li>" for p in points) + "</ul>")


def reported_figures(sheet: SheetHtml, incident: Incident, *, chart: bool) -> None:
    """One line per outcome and perpetrator, the claims chart and the standing caveat."""
    sheet.heading("Reported figures")
    figures = key_figures(incident)
    if not figures:
        sheet.paragraph("No claim in this record gives a figure.")
    for figure in figures:
        heading = key_figure_heading(incident, figure)
        # OCHA's convention: every figure is "reported"; the heading says whom it blames and
        # how firmly ("implied" must not read like a stated attribution).
        heading = f"Reported {heading[:1].lower()}{heading[1:]}"
        claims = figure.members
        bases = list(dict.fromkeys(label(COUNTING_BASES, c.basis) for c in claims))
        detail = (
            f"{counted(figure.claimants, 'claimant')}, {counted(figure.claims, 'claim')}; "
            + ("counting bases differ: " if len(bases) > 1 else "counting basis: ")
            + esc(", ".join(bases))
        )
        words = iso(key_figure_words(incident, figure))
        sheet.paragraph(f"<b>{esc(heading)}: {words}</b><br>{small(detail)}")
    if chart and incident.claims:
        # The chart draws its own caption (arrows mean "at least", ranges are not intervals).
        sheet.paragraph(CHART_MARKER, style=f"margin-top:{css_px(4)}px")
    if incident.claims:
        sheet.paragraph(f"<b>{esc(STANDING_CAVEAT)}</b>", style="font-size:9pt")


def claims_table(sheet: SheetHtml, incident: Incident) -> None:
    """Every claim, subsets under their claim, with its notes in a row beneath."""
    sheet.heading("Claims, side by side")
    if not incident.claims:
        sheet.paragraph("This record holds no casualty claims.")
        return
    numbers = claim_numbers(incident)
    rows: list[list[str]] = []
    details: dict[int, str] = {}
    for i, (claim, depth) in enumerate(claim_order(incident)):
        figure = f"<b>{esc(figure_words(claim))}</b> {esc(label(OUTCOMES, claim.outcome))}"
        links = []
        if depth and claim.part_of:
            links.append(f"part of C{numbers[claim.part_of]}")
        if claim.revises:
            target = numbers.get(claim.revises)
            links.append(f"revises C{target}" if target else f"revises {esc(claim.revises)}")
        if links:
            figure += "<br>" + small(esc("; ".join(links)))
        victims = esc(label(VICTIMS, claim.victims))
        if claim.victim_detail:
            victims += "<br>" + small(iso(claim.victim_detail))
        blamed = "<br>".join(
            attributed(iso(incident.actor_name(a.actor)), a) for a in claim.perpetrators
        )
        claimed = esc(claim.claimed_on.words()) if claim.claimed_on else "undated"
        if claim.claimed_on_wording:
            claimed += "<br>" + small(quoted(claim.claimed_on_wording))
        rows.append(
            [
                f"C{numbers[claim.id]}",  # a subset says "part of C1" under its figure
                iso(claimant_name(incident, claim)),
                figure,
                victims,
                esc(label(COUNTING_BASES, claim.basis)),
                blamed or "none named",
                claimed,
                refs(incident, claim.sources) or "none",
            ]
        )
        detail = claim_detail(incident, claim)
        if detail:
            details[i] = detail
    sheet.table(
        [
            "#",
            "Claimant",
            "Figure as stated",
            "Victims",
            "Basis",
            "Attributed to",
            "Claimed",
            "Sources",
        ],
        rows,
        (6, 15, 15, 14, 12, 15, 13, 10),
        detail_after=details,
    )


def claim_detail(incident: Incident, claim: CasualtyClaim) -> str:
    """Quote, period, place, attribution notes and the recorder's note of one claim."""
    parts = []
    if claim.quote:
        parts.append(f"<i>{quoted(claim.quote)}</i>")
    if claim.period or claim.period_wording:
        period = esc(claim.period.words()) if claim.period else ""
        parts.append("Period: " + joined([period, quoted(claim.period_wording)], " — "))
    if claim.location:
        parts.append(f"Place: {iso(claim.location)}")
    for att in claim.perpetrators:
        if att.note:
            parts.append(f"On {iso(incident.actor_name(att.actor))}: {iso(att.note)}")
    if claim.credibility is not None:
        parts.append(f"Credibility {claim.credibility} (1 confirmed … 6 cannot be judged)")
    if claim.note:
        parts.append(f"Note: {esc(claim.note)}")
    return small(" · ".join(parts))


def summary(sheet: SheetHtml, incident: Incident) -> None:
    """The recorder's summary; Arabic summaries read right to left."""
    sheet.heading("Summary")
    text = incident.incident.summary
    if has_right_to_left(text) and not any("a" <= ch.lower() <= "z" for ch in text):
        sheet.arabic_paragraph(text)
    else:
        for para in text.split("\n\n"):
            sheet.paragraph(esc(para))
