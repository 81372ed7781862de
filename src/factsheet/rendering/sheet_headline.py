"""The sheet's front: identity, summary, key points and the reported figures (both sheets)."""

from factsheet.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    current_language,
    is_right_to_left,
    join_list,
    translate,
)
from factsheet.model.incident import Attribution, CasualtyClaim, Incident, Location
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
from factsheet.rendering.sheet_html import (
    CHART_MARKER,
    SheetHtml,
    css_px,
    data,
    esc,
    iso,
    joined,
    number_column,
    quoted,
    refs,
    small,
)
from factsheet.views.bidi import has_right_to_left
from factsheet.views.brief import Fit, claim_origin, reliance_notes
from factsheet.views.claims import claim_order, claim_refs
from factsheet.views.figures import figure_lines
from factsheet.views.independence import independence_words
from factsheet.views.overview import precision_words
from factsheet.views.wording import (
    NONE_NAMED,
    absent,
    attributed,
    claim_label,
    claim_phrase,
    claimant_name,
    claimed_on_words,
    figure_words,
    joined_groups,
    reported_perpetrators,
)

SheetHeadline = Context("SheetHeadline")

STANDING_CAVEAT = QT_TRANSLATE_NOOP(
    "SheetHeadline",
    "Figures are given as each claimant reported them, with the claimant's own qualifier, "
    "counting basis and date. They have not been independently verified by the compiler "
    "of this sheet, may be revised, and overlap: they are never added together or averaged. "
    "The highest figure is the highest reported, not an upper bound on the truth.",
)
# The brief's table of figures lists at most this many claims (the dossier lists every one).
BRIEF_CLAIMS = 12
# … and at most this many key-figure lines (one per outcome and attribution).
BRIEF_KEY_FIGURES = 8


def arabic_first() -> bool:
    """Whether the sheet is in a right-to-left language: it leads with the file's Arabic
    forms (title_ar, name_ar) and keeps the English beside them."""
    return is_right_to_left(current_language())


def identity(sheet: SheetHtml, incident: Incident, fit: Fit) -> None:
    """Title block: titles; code, date, status and handling; when, where, who is blamed
    (and, in the dossier, the recorder's note on the incident)."""
    info = incident.incident
    title = fit.cut(info.title, fit.TITLE_CHARS)
    if info.title_ar and arabic_first():
        # The Arabic title leads; the English stays beside it, as the file has both.
        sheet.add(f'<h1 dir="rtl">{esc(fit.cut(info.title_ar, fit.TITLE_CHARS))}</h1>')
        sheet.paragraph(f'<span dir="ltr">{esc(title)}</span>', style="font-size:12pt")
    else:
        sheet.add(f"<h1>{esc(title)}</h1>")
        if info.title_ar:
            sheet.arabic_paragraph(fit.cut(info.title_ar, fit.TITLE_CHARS), style="font-size:14pt")
    line = [
        SheetHeadline.tr("Incident {id}").format(id=iso(info.id)),
        SheetHeadline.tr("as of {date}").format(date=esc(info.last_updated.words())),
        SheetHeadline.tr("Status: {status} — {meaning}").format(
            status=esc(label(STATUSES, info.status)),
            meaning=esc(definition(STATUSES, info.status)),
        ),
    ]
    if info.handling:
        line.append(
            SheetHeadline.tr("Handling: {marking} — {meaning}").format(
                marking=f"<b>{iso(info.handling)}</b>",
                meaning=esc(definition(HANDLING, info.handling)),
            )
        )
    if info.recorded_by:
        # Isolated: a right-to-left override in it reversed the handling marking after it.
        line.append(
            SheetHeadline.tr("Recorded by {recorder}").format(
                recorder=iso(fit.name(info.recorded_by))
            )
        )
    sheet.paragraph(" · ".join(line), style="font-size:9pt")
    when = SheetHeadline.tr("{label} {date} ({precision})", "When: October 2017 (to the month)")
    when = when.format(
        label=_label(SheetHeadline.tr("When:")),
        date=esc(info.date.words()),
        precision=esc(precision_words(info.date)),
    )
    if info.date_wording:
        when = SheetHeadline.tr("{date} — {words}", "a date, then the source's words").format(
            date=when, words=quoted(info.date_wording)
        )
    sheet.paragraph(when)
    for place in info.locations:
        where = _label(SheetHeadline.tr("Where:"))
        sheet.paragraph(f"{where} {_place(place, fit)}")
    blamed = reported_perpetrators(incident, limit=None if fit.whole else fit.ITEMS, name=fit.name)
    blamed_label = _label(SheetHeadline.tr("Reported perpetrators:"))
    sheet.paragraph(f"{blamed_label} {esc(blamed)}")
    if info.note and fit.whole:
        sheet.paragraph(small(SheetHeadline.tr("Note: {note}").format(note=iso(info.note))))


def _label(words: str) -> str:
    """A line's label in bold: 'When:'."""
    return f"<b>{esc(words)}</b>"


def _place(place: Location, fit: Fit) -> str:
    """'Al Qaryatayn (القريتين), Homs province, Syria (town or village) · also written …';
    on an Arabic sheet the Arabic name leads, the English in brackets."""
    name = iso(fit.name(place.name))
    if place.name_ar:
        arabic = iso(fit.name(place.name_ar))
        name = f"{arabic} ({name})" if arabic_first() else f"{name} ({arabic})"
    where = join_list([name, *(iso(w) for w in fit.names(place.within))])
    where += f" ({esc(label(LOCATION_PRECISIONS, place.precision))})"
    if place.latitude is not None and place.longitude is not None:
        where += " " + SheetHeadline.tr("at {latitude}, {longitude}").format(
            latitude=f"{place.latitude:.5f}", longitude=f"{place.longitude:.5f}"
        )
    if place.other_names:
        shown = [iso(n) for n in fit.names(place.other_names)]
        if len(place.other_names) > len(shown):
            shown.append("…")
        also = SheetHeadline.tr("also written {names}").format(names=join_list(shown))
        where += small(" · " + also)
    return where


def summary(sheet: SheetHtml, incident: Incident, fit: Fit) -> None:
    """The recorder's summary as written; Arabic summaries read right to left."""
    sheet.heading(SheetHeadline.tr("Summary"))
    text = fit.cut(incident.incident.summary, fit.SUMMARY_CHARS)
    if has_right_to_left(text) and not any("a" <= ch.lower() <= "z" for ch in text):
        sheet.arabic_paragraph(text)
    else:
        for para in text.split("\n\n"):
            sheet.data_paragraph(para)


def key_points(sheet: SheetHtml, incident: Incident, fit: Fit) -> None:
    """Two to five highlights, as the recorder wrote them."""
    points = [fit.cut(p, fit.POINT_CHARS) for p in incident.incident.key_points]
    if not points:
        return
    sheet.heading(SheetHeadline.tr("Key points"))
    sheet.add("<ul>")
    for point in points:
        sheet.data_paragraph(point, tag="li")
    sheet.add("</ul>")


def reported_figures(sheet: SheetHtml, incident: Incident, fit: Fit, *, chart: bool) -> None:
    """What a reader must know first, one line per outcome and attribution, every claim in
    a table (the brief: up to BRIEF_CLAIMS), the claims chart and the standing caveat."""
    sheet.heading(SheetHeadline.tr("Reported figures"))
    for note in reliance_notes(incident, claim_refs(incident)):
        sheet.paragraph(f"<b>{esc(note)}</b>")
    lines = figure_lines(incident)
    if not lines:
        sheet.paragraph(esc(SheetHeadline.tr("No claim in this record gives a figure.")))
    shown = lines if fit.whole else lines[:BRIEF_KEY_FIGURES]
    for line in shown:
        # OCHA's convention: every figure is "reported"; the heading says whom it blames and
        # how firmly ("implied" must not read like a stated attribution). The figures are
        # the Overview's and the JSON export's words, every one of them (the brief cuts
        # only a line no real record has, past POINT_CHARS).
        # Arabic says "reported" once, in the section's heading (الأرقام المذكورة).
        heading = SheetHeadline.tr(
            "Reported {heading}", "Reported killed — attributed to Daesh (alleged)"
        ).format(heading=line.heading[:1].lower() + line.heading[1:])
        words = fit.cut(line.words, fit.POINT_CHARS)
        sheet.paragraph(
            SheetHeadline.tr("{heading}: {figures}", "a line of figures under its heading").format(
                heading=f"<b>{esc(heading)}</b>", figures=esc(words)
            )
        )
    if len(shown) < len(lines):
        sheet.paragraph(
            SheetHeadline.tr(
                "… and %n more group(s) of figures: the full dossier gives every one.",
                None,
                len(lines) - len(shown),
            )
        )
    figures_table(sheet, incident, fit)
    if chart and incident.claims:
        # The chart draws its own caption (arrows mean "at least", ranges are not intervals).
        sheet.paragraph(CHART_MARKER, style=f"margin-top:{css_px(4)}px")
    elif incident.claims:
        sheet.paragraph(
            esc(
                SheetHeadline.tr(
                    "The claims chart is left out: this record has too many claims for one page."
                )
            )
        )
    if incident.claims:
        caveat = translate("SheetHeadline", STANDING_CAVEAT)
        sheet.paragraph(f"<b>{esc(caveat)}</b>", style="font-size:8.5pt")


def top_claims(incident: Incident) -> list[tuple[CasualtyClaim, list[CasualtyClaim]]]:
    """Each top-level claim (file order) with its parts, at any depth, in table order."""
    tops: list[tuple[CasualtyClaim, list[CasualtyClaim]]] = []
    for claim, depth in claim_order(incident):
        if depth == 0 or not tops:
            tops.append((claim, []))
        else:
            tops[-1][1].append(claim)
    return tops


def _claim_cells(
    incident: Incident, claim: CasualtyClaim, depth: int, numbers: dict[str, str]
) -> list[str]:
    figure = f"<b>{esc(figure_words(claim))}</b> {esc(label(OUTCOMES, claim.outcome))}"
    links = []
    if depth and claim.part_of:
        links.append(SheetHeadline.tr("part of {claim}").format(claim=numbers[claim.part_of]))
    if claim.revises:
        target = numbers.get(claim.revises)
        links.append(
            SheetHeadline.tr("revises {claim}").format(claim=target)
            if target
            else SheetHeadline.tr("revises an earlier claim")
        )
    if links:
        figure += "<br>" + small(esc(joined_groups(links)))
    victims = esc(label(VICTIMS, claim.victims))
    if claim.victim_detail:
        victims += "<br>" + small(iso(claim.victim_detail))
    blamed = "<br>".join(
        attributed(iso(incident.actor_name(a.actor)), a) for a in claim.perpetrators
    )
    claimed = esc(claim.claimed_on.words() if claim.claimed_on else claimed_on_words(claim))
    if claim.claimed_on_wording and claim.claimed_on:
        claimed += "<br>" + small(quoted(claim.claimed_on_wording))
    return [
        numbers[claim.id],  # a subset says "part of C1" under its figure
        iso(claimant_name(incident, claim)),
        figure,
        victims,
        esc(label(COUNTING_BASES, claim.basis)),
        blamed or esc(absent(NONE_NAMED)),
        claimed,
        refs(incident, claim.sources) or esc(SheetHeadline.tr("none", "no source cited")),
    ]


def figures_table(sheet: SheetHtml, incident: Incident, fit: Fit) -> None:
    """Every top-level claim, compact: the figure with victims and basis (and its parts:
    "of which …"), claimant and date, whom it blames, and where it comes from ('[3] via
    [1], not consulted directly'). The brief lists the first ``limit`` of them."""
    if not incident.claims:
        sheet.paragraph(esc(no_claims()))
        return
    numbers = claim_refs(incident)
    tops = top_claims(incident)
    shown = tops if fit.whole else tops[:BRIEF_CLAIMS]
    rows = []
    for claim, parts in shown:
        figure = f"<b>{esc(claim_phrase(claim))}</b>"
        if parts:
            of_which = joined_groups(
                [
                    f"{numbers[p.id]} {esc(fit.cut(claim_label(incident, p), fit.NAME_CHARS))}"
                    for p in parts
                ]
            )
            figure += "<br>" + small(
                esc(SheetHeadline.tr("of which: {parts}")).format(parts=of_which)
            )
        claimed = esc(claimed_on_words(claim))
        blamed = "<br>".join(_blamed(incident, a, fit) for a in claim.perpetrators)
        rows.append(
            [
                numbers[claim.id],
                figure,
                join_list([iso(fit.name(claimant_name(incident, claim))), claimed]),
                blamed or esc(absent(NONE_NAMED)),
                esc(claim_origin(incident, claim)),
            ]
        )
    number = number_column(len(incident.claims), least=4)
    header = [
        "#",
        SheetHeadline.tr("Figure as stated"),
        SheetHeadline.tr("Claimant, date"),
        SheetHeadline.tr("Attributed to"),
        SheetHeadline.tr("From", "where a figure comes from"),
    ]
    sheet.table([esc(h) for h in header], rows, (number, 34 - number, 30, 17, 19))
    if len(shown) < len(tops):
        sheet.paragraph(
            SheetHeadline.tr(
                "… and %n more top-level claim(s): the full dossier lists every claim.",
                None,
                len(tops) - len(shown),
            )
        )


#: How firmly a claim blames where the brief adds the note on the attribution: the firm
#: levels, where a name alone would overstate a note such as "many, not all"; the weaker
#: ones (suspected, implied, contested) already say the blame is uncertain, and the brief
#: has room for no more (the dossier prints every note).
_NOTED_FIRMNESS = ("claimed", "conceded", "alleged")


def _blamed(incident: Incident, attribution: Attribution, fit: Fit) -> str:
    """'Daesh (alleged) — “many summarily killed by Daesh” — many, not all.'"""
    blamed = attributed(iso(fit.name(incident.actor_name(attribution.actor))), attribution)
    note = attribution.note
    if note and (fit.whole or attribution.firmness in _NOTED_FIRMNESS):
        blamed += small(" — " + iso(fit.cut(note, fit.BLAME_NOTE_CHARS)))
    return blamed


def claims_table(sheet: SheetHtml, incident: Incident) -> None:
    """Every claim, subsets under their claim, with its quote and notes in a row beneath."""
    sheet.heading(esc(SheetHeadline.tr("Annex A — Claims, side by side")))
    if not incident.claims:
        sheet.paragraph(esc(no_claims()))
        return
    numbers = claim_refs(incident)
    rows: list[list[str]] = []
    details: dict[int, str] = {}
    for i, (claim, depth) in enumerate(claim_order(incident)):
        rows.append(_claim_cells(incident, claim, depth, numbers))
        detail = claim_detail(incident, claim)
        if detail:
            details[i] = detail
    number = number_column(len(rows), least=6)
    header = [
        "#",
        SheetHeadline.tr("Claimant"),
        SheetHeadline.tr("Figure as stated"),
        SheetHeadline.tr("Victims"),
        SheetHeadline.tr("Basis"),
        SheetHeadline.tr("Attributed to"),
        SheetHeadline.tr("Claimed"),
        SheetHeadline.tr("Sources"),
    ]
    sheet.table(
        [esc(h) for h in header],
        rows,
        (number, 15, 15, 14, 12, 15, 13, 16 - number),
        detail_after=details,
    )


def claim_detail(incident: Incident, claim: CasualtyClaim) -> str:
    """Independence, quote, period, place, attribution notes and the note of one claim."""
    parts = [
        esc(SheetHeadline.tr("Sources: {independence}")).format(
            independence=esc(independence_words(incident, claim))
        )
    ]
    if claim.quote:
        parts.append(f"<i>{quoted(claim.quote)}</i>")
    if claim.period or claim.period_wording:
        period = esc(claim.period.words()) if claim.period else ""
        parts.append(
            esc(SheetHeadline.tr("Period: {period}")).format(
                period=joined([period, quoted(claim.period_wording)], " — ")
            )
        )
    if claim.location:
        parts.append(esc(SheetHeadline.tr("Place: {place}")).format(place=iso(claim.location)))
    for att in claim.perpetrators:
        if att.note:
            parts.append(
                esc(SheetHeadline.tr("On {actor}: {note}")).format(
                    actor=iso(incident.actor_name(att.actor)), note=iso(att.note)
                )
            )
    if claim.credibility is not None:
        parts.append(
            esc(SheetHeadline.tr("Credibility {grade} (1 confirmed … 6 cannot be judged)")).format(
                grade=claim.credibility
            )
        )
    if claim.note:
        parts.append(esc(SheetHeadline.tr("Note: {note}")).format(note=data(claim.note)))
    return small(" · ".join(parts))


def no_claims() -> str:
    """What a sheet says of a record without casualty claims."""
    return SheetHeadline.tr("This record holds no casualty claims.")
