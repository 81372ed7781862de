"""The sheet's headline sections: identity, key points, reported figures, claims, summary."""

from factsheet.model.incident import CasualtyClaim, Incident
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
from factsheet.views.figures import figure_lines
from factsheet.views.independence import independence_words
from factsheet.views.wording import (
    NONE_NAMED,
    attributed,
    claimant_name,
    claimed_on_words,
    reported_perpetrators,
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
    sheet.paragraph(f"<b>Reported perpetrators:</b> {esc(reported_perpetrators(incident))}")
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
    lines = figure_lines(incident)
    if not lines:
        sheet.paragraph("No claim in this record gives a figure.")
    for line in lines:
        # OCHA's convention: every figure is "reported"; the heading says whom it blames and
        # how firmly ("implied" must not read like a stated attribution). The figures are
        # the Overview's and the JSON export's words, every one of them.
        heading = f"Reported {line.heading[:1].lower()}{line.heading[1:]}"
        sheet.paragraph(f"<b>{esc(heading)}:</b> {esc(line.words)}")
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
        claimed = esc(claim.claimed_on.words() if claim.claimed_on else claimed_on_words(claim))
        if claim.claimed_on_wording and claim.claimed_on:
            claimed += "<br>" + small(quoted(claim.claimed_on_wording))
        rows.append(
            [
                f"C{numbers[claim.id]}",  # a subset says "part of C1" under its figure
                iso(claimant_name(incident, claim)),
                figure,
                victims,
                esc(label(COUNTING_BASES, claim.basis)),
                blamed or NONE_NAMED,
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
    """Independence, quote, period, place, attribution notes and the recorder's note."""
    parts = [f"Sources: {esc(independence_words(incident, claim))}"]
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
