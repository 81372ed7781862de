"""The sheet's annex: the record behind the figures — timeline, actors, notes, sources, method."""

import datetime as dt

from PySide6.QtCore import QLocale

from factsheet import FORMAT_VERSION, __version__
from factsheet.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    current_language,
    format_number,
    is_right_to_left,
    join_list,
    localize_digits,
    translate,
)
from factsheet.loading import LoadedIncident
from factsheet.model.chronology import chronological
from factsheet.model.incident import Incident, Source
from factsheet.model.vocabulary import (
    ACTOR_KINDS,
    COUNTING_BASES,
    FIRMNESS,
    OUTCOMES,
    QUALIFIERS,
    RELATION_TYPES,
    RELIABILITY,
    ROLES,
    SOURCE_KINDS,
    VICTIMS,
    definition,
    label,
)
from factsheet.rendering.sheet_html import (
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
from factsheet.views import views_of
from factsheet.views.brief import figure_notes
from factsheet.views.claims import claim_refs
from factsheet.views.names import Names
from factsheet.views.notes import SheetNumbers, printed_notes, sheet_note_html
from factsheet.views.wording import UNDATED, absent, group_separator

# A brief's note lists at most this many items, and the brief gives at most this many
# notes (the dossier, every one).
BRIEF_REFS = 12
BRIEF_NOTES = 8

SheetAnnex = Context("SheetAnnex")


def timeline(sheet: SheetHtml, incident: Incident) -> None:
    """Events in date order, each with the source's wording and every other date given."""
    sheet.heading(esc(SheetAnnex.tr("Annex B — Timeline")))
    if not incident.timeline:
        sheet.paragraph(esc(SheetAnnex.tr("This record holds no timeline.")))
        return
    none = esc(SheetAnnex.tr("none", "no source cited"))
    rows = []
    for n, event in enumerate(chronological(incident), start=1):
        when = f"<b>{esc(event.date.words())}</b>"
        if event.date_wording:
            when += "<br>" + small(quoted(event.date_wording))
        for alt in event.alternative_dates:
            also = esc(SheetAnnex.tr("also dated {date}")).format(date=esc(alt.date.words()))
            also = joined([also, quoted(alt.wording), refs(incident, alt.sources)], " ")
            if alt.note:
                also += f" — {data(alt.note)}"
            when += "<br>" + small(also)
        what = data(event.text)
        extra = []
        if event.location:
            extra.append(esc(SheetAnnex.tr("Place: {place}")).format(place=iso(event.location)))
        if event.note:
            extra.append(esc(SheetAnnex.tr("Note: {note}")).format(note=data(event.note)))
        if extra:
            what += "<br>" + small(" · ".join(extra))
        who = "<br>".join(
            f"{iso(incident.actor_name(r.actor))} ({esc(label(ROLES, r.role))})"
            for r in event.actors
        )
        rows.append([f"E{n}", when, what, who, refs(incident, event.sources) or none])
    number = number_column(len(rows))
    widths = (number, 20, 50 - number, 20, 10)
    header = [
        SheetAnnex.tr("Date"),
        SheetAnnex.tr("What happened"),
        SheetAnnex.tr("Who"),
        SheetAnnex.tr("Sources"),
    ]
    sheet.table(["#", *(esc(h) for h in header)], rows, widths)


def actors(sheet: SheetHtml, incident: Incident) -> None:
    """Actors with their kind, every other name and their sourced relations."""
    sheet.heading(esc(SheetAnnex.tr("Annex C — Actors")))
    if not incident.actors:
        sheet.paragraph(esc(SheetAnnex.tr("This record names no actors.")))
        return
    arabic_first = is_right_to_left(current_language())
    rows = []
    for actor in incident.actors:
        name = f"<b>{iso(actor.name)}</b>"
        if actor.name_ar:
            # An Arabic sheet leads with the Arabic name; the English stays under it.
            arabic = iso(actor.name_ar)
            name = (
                f"<b>{arabic}</b><br>{iso(actor.name)}" if arabic_first else f"{name}<br>{arabic}"
            )
        notes = joined([data(actor.description or ""), data(actor.note or "")], " ")
        if notes:
            name += "<br>" + small(notes)
        aliases = group_separator().join(
            iso(a.name)
            # The tag of a third language only: an English or Arabic name shows its own.
            + (f" ({esc(a.lang)})" if a.lang not in ("en", "ar") else "")
            + (small(f" — {data(a.note)}") if a.note else "")
            for a in actor.aliases
        )
        relations = "<br>".join(
            joined(
                [
                    esc(label(RELATION_TYPES, r.type)),
                    iso(incident.actor_name(r.actor)),
                    f"({esc(r.date.words())})" if r.date else "",
                    refs(incident, r.sources),
                ],
                " ",
            )
            + (small(f" — {data(r.note)}") if r.note else "")
            for r in actor.relations
        )
        rows.append([name, esc(label(ACTOR_KINDS, actor.kind)), aliases, relations])
    header = [
        SheetAnnex.tr("Actor"),
        SheetAnnex.tr("Kind"),
        SheetAnnex.tr("Also known as"),
        SheetAnnex.tr("Relations"),
    ]
    sheet.table([esc(h) for h in header], rows, (30, 14, 24, 32))


def data_notes(loaded: LoadedIncident) -> list[str]:
    """The dossier's data notes as it prints them: rich text items, claims as C numbers,
    events as E numbers (its timeline's)."""
    incident = loaded.incident
    views = views_of(loaded)
    # Numbered once per sheet: looking an event up by re-sorting the timeline for every
    # note made a file with thousands of notes take many seconds longer to print.
    numbers: SheetNumbers = {
        "claim": claim_refs(incident),
        "event": {e.id: f"E{n}" for n, e in enumerate(chronological(incident), start=1)},
    }
    return [sheet_note_html(note, views.names, numbers) for note in printed_notes(views.notes)]


def figure_notes_html(incident: Incident) -> tuple[list[str], int]:
    """The brief's data notes (views.brief.figure_notes), the first BRIEF_NOTES of them
    with lists cut at BRIEF_REFS items, and how many there are in all."""
    notes = figure_notes(incident)
    numbers: SheetNumbers = {
        "claim": claim_refs(incident),
        "event": {},
    }
    names = Names(incident)
    drawn = [sheet_note_html(n, names, numbers, shown=BRIEF_REFS) for n in notes[:BRIEF_NOTES]]
    return drawn, len(notes)


def data_notes_list(sheet: SheetHtml, loaded: LoadedIncident, *, brief: bool = False) -> None:
    """The data notes: conflicting and doubtful dates, unquantified claims, indirect sources
    (the brief's: those about the figures and their sources, a few at most)."""
    sheet.heading(
        esc(SheetAnnex.tr("Data notes") if brief else SheetAnnex.tr("Annex D — Data notes"))
    )
    if brief:
        notes, total = figure_notes_html(loaded.incident)
    else:
        notes = data_notes(loaded)
        total = len(notes)
    if not notes:
        sheet.paragraph(
            esc(
                SheetAnnex.tr(
                    "No data notes: no conflicting or doubtful dates, no unquantified claims."
                )
            )
        )
        return
    sheet.add("<ul>" + "".join(f"<li>{n}</li>" for n in notes) + "</ul>")
    if total > len(notes):
        sheet.paragraph(
            SheetAnnex.tr(
                "… and %n more data note(s): the full dossier gives every one.",
                None,
                total - len(notes),
            )
        )


# The languages sources in this field are written in, named in Arabic: Qt names a language
# only in English or in its own words ("American English"). Others print their tag ("ku").
_ARABIC_LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "ku": QT_TRANSLATE_NOOP("Languages", "Kurdish"),
    "he": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
}


def _language_name(tag: str) -> str:
    locale = QLocale(tag.replace("-", "_"))
    if is_right_to_left(current_language()):
        known = _ARABIC_LANGUAGE_NAMES.get(tag.split("-", maxsplit=1)[0].lower())
        return translate("Languages", known) if known else tag
    name = QLocale.languageToString(locale.language())
    return tag if name in ("", "C", "Default") else name


def source_text(incident: Incident, source: Source) -> str:
    """One numbered source: publisher, author, title, date, kind, language, addresses, grade."""
    head = f"<b>{iso(incident.actor_name(source.publisher))}</b>"
    if source.author:
        head = esc(SheetAnnex.tr("{publisher}, by {author}")).format(
            publisher=head, author=iso(incident.actor_name(source.author))
        )
    parts = [head]
    if source.title_ar and is_right_to_left(current_language()):
        parts.append(iso(source.title_ar))
        if source.title:
            parts.append(quoted(source.title))
    else:
        if source.title:
            parts.append(quoted(source.title))
        if source.title_ar:
            parts.append(iso(source.title_ar))
    if source.published:
        parts.append(
            esc(SheetAnnex.tr("Published {date}")).format(date=esc(source.published.words()))
        )
    else:
        undated = absent(UNDATED)
        parts.append(esc(undated[:1].upper() + undated[1:]))
    kind_words = label(SOURCE_KINDS, source.kind)
    kind = kind_words[:1].upper() + kind_words[1:]
    if source.language:
        kind = join_list([kind, _language_name(source.language)])
    parts.append(esc(kind))
    if source.url:
        parts.append(esc(SheetAnnex.tr("URL: {address}")).format(address=iso(source.url)))
    if source.archived_url:
        parts.append(
            esc(SheetAnnex.tr("Archived copy: {address}")).format(address=iso(source.archived_url))
        )
    if source.accessed:
        parts.append(
            esc(SheetAnnex.tr("Accessed {date}")).format(date=esc(source.accessed.words()))
        )
    if source.reliability:
        parts.append(
            esc(SheetAnnex.tr("Reliability {grade} — {meaning}")).format(
                grade=esc(source.reliability),
                meaning=esc(definition(RELIABILITY, source.reliability).lower()),
            )
        )
    if not source.consulted:
        through = [s.id for s in incident.sources if source.id in s.relays]
        not_read = "<b>{}</b>".format(esc(SheetAnnex.tr("Not consulted directly")))
        if through:
            not_read = esc(SheetAnnex.tr("{not_consulted} — known through {sources}")).format(
                not_consulted=not_read, sources=refs(incident, through)
            )
        parts.append(not_read)
    if source.relays:
        order = incident.source_numbers
        relayed = sorted(source.relays, key=lambda s: order.get(s, len(order) + 1))
        parts.append(
            esc(SheetAnnex.tr("Repeats {sources}")).format(sources=refs(incident, relayed))
        )
    text = esc(SheetAnnex.tr("{parts}.", "a source's particulars, one sentence")).format(
        parts=esc(SheetAnnex.tr(". ", "between a source's particulars")).join(parts)
    )
    if source.note:
        text += "<br>" + small(data(source.note))
    return text


def sources(sheet: SheetHtml, incident: Incident) -> None:
    """The numbered source list the note numbers point to."""
    sheet.heading(esc(SheetAnnex.tr("Annex E — Sources")))
    if not incident.sources:
        sheet.paragraph(esc(SheetAnnex.tr("This record lists no sources.")))
        return
    rows = [[f"[{n}]", source_text(incident, s)] for n, s in enumerate(incident.sources, start=1)]
    number = number_column(len(rows))
    sheet.table(["#", esc(SheetAnnex.tr("Source"))], rows, (number, 100 - number))


def method(sheet: SheetHtml, incident: Incident) -> None:
    """How to read the sheet, and the words it uses, from the format's vocabularies."""
    sheet.heading(esc(SheetAnnex.tr("Annex F — Method and definitions")))
    sheet.paragraph(esc(_method_words()))
    # Only the terms this incident uses, each defined: every outcome its claims count
    # ("missing": people whose fate is unknown), qualifier, basis, victims, attribution,
    # the roles its timeline gives and the grades of its sources.
    claims = incident.claims
    used: dict[str, tuple[dict[str, tuple[str, str]], set[str]]] = {
        SheetAnnex.tr("outcome"): (OUTCOMES, {c.outcome for c in claims}),
        SheetAnnex.tr("qualifier"): (QUALIFIERS, {c.qualifier for c in claims}),
        SheetAnnex.tr("counting basis"): (COUNTING_BASES, {c.basis for c in claims}),
        SheetAnnex.tr("victims"): (VICTIMS, {c.victims for c in claims}),
        SheetAnnex.tr("attribution"): (
            FIRMNESS,
            {a.firmness for c in claims for a in c.perpetrators},
        ),
        SheetAnnex.tr("role"): (ROLES, {r.role for e in incident.timeline for r in e.actors}),
        SheetAnnex.tr("source reliability"): (
            RELIABILITY,
            {s.reliability for s in incident.sources if s.reliability},
        ),
    }
    rows = [
        [f"<b>{esc(label(table, value))}</b> " + small(esc(group)), esc(definition(table, value))]
        for group, (table, values) in used.items()
        for value in table  # the vocabulary's own order
        if value in values
    ]
    if rows:
        sheet.table([esc(SheetAnnex.tr("Term")), esc(SheetAnnex.tr("Meaning"))], rows, (30, 70))


def _method_words() -> str:
    """How to read the sheet, in one paragraph."""
    return SheetAnnex.tr(
        "Every figure on this sheet is one claim's, as a source reported it, with the "
        "claimant's qualifier, counting basis and date; a claim several claimants make "
        "together names them all (“X and Y”), claimants of separate claims stating the same "
        "figure are separated by semicolons. Figures are never added, averaged or merged. The"
        " reported figures list every figure for each outcome and attribution, lowest first, "
        "unquantified ones last; a claim is only ever listed or drawn under the attribution "
        "it makes itself: a part of another claim is drawn under it when it blames the same "
        "actors, and otherwise under its own attribution, marked “part of” that claim. A "
        "source is independent of a claim when someone other than its claimants published it "
        "and it does not merely repeat, directly or through other sources, what a claimant "
        "published; independent sources are counted once per publisher. Dates are written in "
        "words with their precision: “about” marks an approximate date, “possibly” an "
        "uncertain one, “by” and “onwards” a date known from one end only."
    )


def provenance(sheet: SheetHtml, loaded: LoadedIncident, generated_at: dt.datetime) -> None:
    """Which file, byte for byte, this sheet was made from, when, and by what: one paragraph
    in a part of its own, kept on the page of what precedes it (never a page to itself)."""
    sheet.new_part(keep_with_previous=True)
    # The commands are named as they are typed, in Latin letters, in either language.
    text = esc(
        SheetAnnex.tr(
            "{provenance} Made from the file {file} ({size} bytes, SHA-256 {sha256}) on "
            "{stamp} by Factsheet {version}, incident format version {format}. To check that "
            "a copy of the file is the one this sheet was made from, compute its SHA-256 (for "
            "example {linux} on Linux, {macos} on macOS, {windows} on Windows) and compare."
        )
    ).format(
        provenance="<b>{}</b>".format(esc(SheetAnnex.tr("Provenance."))),
        file=iso(loaded.path.name),
        size=format_number(loaded.size),
        sha256=iso(loaded.sha256),
        stamp=iso(printed_at_words(generated_at)),
        version=iso(__version__),
        format=localize_digits(str(FORMAT_VERSION)),
        linux="<i>" + iso("sha256sum") + "</i>",
        macos="<i>" + iso("shasum -a 256") + "</i>",
        windows="<i>" + iso("certutil -hashfile FILE SHA256") + "</i>",
    )
    sheet.paragraph(text, style=f"font-size:9pt; margin-top:{css_px(10)}px")


def printed_at_words(moment: dt.datetime) -> str:
    """'2026-11-25 17:40 UTC+01:00 (CET)': unambiguous in every country."""
    local = moment.astimezone()
    offset = local.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    name = local.tzname() or ""
    suffix = f" ({name})" if name and name not in ("UTC", zone) else ""
    return f"{local:%Y-%m-%d %H:%M} {zone}{suffix}"
