"""The reported figures in words: one line per outcome and attribution, every figure in it.

The Overview, the sheet and the JSON export's key_figures all say them through
``figure_lines``, so they give the same facts in the same words: each figure with its
claimant, qualifier and basis ("at least 80 bodies found (Activists (unnamed))") — and how
firmly the claim blames, where the line's heading names more than one firmness
("67 named (PCC, implied)": 'implied' must not read as 'alleged') —, in
ascending order, unquantified ones last as "unquantified", parts as parts ("— part of C1").
Figures of different claimants are separated by semicolons, never by a dash that reads as a
range.
"""

from dataclasses import dataclass

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, translate
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.key_figures import KeyFigure, key_figures
from factsheet.views.bidi import in_line
from factsheet.views.claims import claim_refs
from factsheet.views.wording import (
    claimant_name,
    figure_with_basis,
    figure_words,
    group_heading,
    joined_groups,
    short_attribution,
    with_own_firmness,
)

Figures = Context("Figures")

# The templates a drawer fills with its own links (the Overview) or numbers (the sheet),
# translated when a FigureEntry gives them.
# One figure and who gives it: "67 named (PCC)".
WHOLE_TEMPLATE = "{figure} ({claimants})"
#: A part of another claim: "at least 35 bodies found (TRT World; PCC) — part of C1 (at
#: least 80)".
PART_TEMPLATE = QT_TRANSLATE_NOOP("Figures", "{figure} ({claimants}) — part of {whole}")
#: A line whose figures come first: "67 named (PCC) · killed, blamed on Daesh (alleged)".
FIGURES_FIRST_TEMPLATE = QT_TRANSLATE_NOOP("Figures", "{figures} · {attribution}")
# Between the claimants of separate claims that state the same figure, and between the
# figures of one line: semicolons (views.wording.joined_groups), never a dash that reads as
# a range.


@dataclass(frozen=True, slots=True)
class FigureEntry:
    """One figure as stated, by one claim or by several that state it alike."""

    # "at least 35 bodies found": the figure, its qualifier and basis.
    figure: str
    # The claims that state it, each with its own claimant (never merged into one claim).
    claims: tuple[CasualtyClaim, ...]
    # Each claim's claimant, short ("PCC"; "Syrian government and Activists (unnamed)").
    claimants: tuple[str, ...]
    # The claim these claims are part of, by its number on the sheet and its figure
    # ("C1 (at least 80)").
    whole: str | None = None

    @property
    def template(self) -> str:
        """WHOLE_TEMPLATE or PART_TEMPLATE in the current language: a drawer fills it with
        its own links."""
        return WHOLE_TEMPLATE if self.whole is None else translate("Figures", PART_TEMPLATE)

    @property
    def text(self) -> str:
        """'at least 35 bodies found (TRT World; PCC) — part of C1'."""
        return self.template.format(
            figure=self.figure, claimants=joined_groups(self.claimants), whole=self.whole
        )


@dataclass(frozen=True, slots=True)
class FigureLine:
    """One outcome and attribution: its heading and every figure reported for it."""

    key: KeyFigure
    # "Killed — attributed to Daesh (alleged, implied)".
    heading: str
    entries: tuple[FigureEntry, ...]
    # The heading in fewer words, for a line that says its figures first:
    # "killed, blamed on Daesh (alleged, implied)".
    attribution: str = ""

    @property
    def words(self) -> str:
        """'67 named (PCC); at least 80 bodies found (Activists (unnamed)); …'."""
        return joined_groups([entry.text for entry in self.entries])

    @property
    def figures_first(self) -> str:
        """'67 named (PCC); … · killed, blamed on Daesh (alleged)': the figures and who gives
        them first, then what and whom they are of (the Library's narrow Figures column)."""
        return translate("Figures", FIGURES_FIRST_TEMPLATE).format(
            figures=self.words, attribution=self.attribution
        )


def _whole_words(incident: Incident, whole: str | None, refs: dict[str, str]) -> str | None:
    """The claim a part belongs to, as its number and figure: "C1 (at least 80)" — the
    figure too, since a reader of the headline may not have the claims table with its
    numbers in sight (the brief's may sit on page 2); its basis is the line's to give."""
    if whole is None:
        return None
    number = refs.get(whole, whole)
    parent = incident.claims_by_id.get(whole)
    if parent is None:
        return number
    return Figures.tr("{number} ({figure})", "the claim a part is of: C1 (at least 80)").format(
        number=number, figure=figure_words(parent)
    )


def _apart_where_victims_differ(
    entries: dict[tuple[str, str | None], list[CasualtyClaim]],
) -> list[tuple[str, str | None, list[CasualtyClaim]]]:
    """Each entry's figure, the claim it is part of, and its claims: claims of one figure
    and basis share an entry only where they do not disagree on who the victims were —
    35 civilians and 35 of unstated status may agree (one source did not say); 35 civilians
    and 35 combatants do not, and are two entries."""
    kept: list[tuple[str, str | None, list[CasualtyClaim]]] = []
    for (figure, whole), claims in entries.items():
        stated = {c.victims for c in claims if c.victims != "unknown"}
        if len(stated) < 2:
            kept.append((figure, whole, claims))
            continue
        for victims in dict.fromkeys(c.victims for c in claims):
            kept.append((figure, whole, [c for c in claims if c.victims == victims]))
    return kept


def figure_lines(incident: Incident) -> list[FigureLine]:
    """Every reported figure, by outcome and attribution (model/key_figures.py's groups)."""
    refs = claim_refs(incident)
    lines = []
    for key in key_figures(incident):
        entries: dict[tuple[str, str | None], list[CasualtyClaim]] = {}
        for claim in key.members:
            part_of = _whole_words(incident, claim.part_of, refs)
            entries.setdefault((figure_with_basis(claim), part_of), []).append(claim)
        lines.append(
            FigureLine(
                key,
                group_heading(incident, key.outcome, key.perpetrators, key.members),
                tuple(
                    FigureEntry(
                        figure,
                        tuple(claims),
                        tuple(
                            with_own_firmness(
                                in_line(claimant_name(incident, c, short=True)), c, key.members
                            )
                            for c in claims
                        ),
                        whole,
                    )
                    for figure, whole, claims in _apart_where_victims_differ(entries)
                ),
                short_attribution(incident, key.outcome, key.perpetrators, key.members),
            )
        )
    return lines
