"""What the claims chart shows, without drawing it: rows, marks, labels, axis and caption."""

from pathlib import Path

import pytest

from factsheet.i18n import using_language
from factsheet.loading.loader import load_incident
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.views.chart import (
    axis_title,
    caption_text,
    chart_rows,
    nice_axis,
    row_tooltip,
    tick_text,
)
from factsheet.views.wording import UNQUANTIFIED

#: What every chart's caption says, before what only some charts need.
CAPTION = (
    "Each row is one source's figure as reported; arrows mean 'at least'; lines are "
    "reported ranges, not confidence intervals; figures are not added together."
)


@pytest.fixture
def incident(sample_path: Path) -> Incident:
    return load_incident(sample_path)


def with_claims(incident: Incident, *claims: CasualtyClaim) -> Incident:
    # Validated afresh: model_copy would carry over the cached claims_by_id of the original.
    data = incident.model_dump()
    data["claims"] = [c.model_dump() for c in claims]
    return Incident.model_validate(data)


def test_rows_group_by_outcome_and_each_claim_s_own_attribution(incident: Incident) -> None:
    rows = chart_rows(incident)
    summary = [
        (r.text if r.is_heading else r.claim.id if r.claim else "", r.depth, r.mark, r.value_label)
        for r in rows
    ]
    # The two shaft figures name no perpetrator: never drawn under Daesh, their parent's.
    assert summary == [
        ("Killed — attributed to Daesh (alleged, implied)", 0, "none", ""),
        ("activists-80-bodies", 0, "at-least", "≥80"),
        ("activists-street-shootings", 1, "none", UNQUANTIFIED),
        ("sohr-128-documented", 0, "at-least", "≥128"),
        ("pcc-67-named", 0, "dot", "67"),
        ("Killed — attributed to Pro-regime forces (alleged, suspected)", 0, "none", ""),
        ("pcc-bodies-in-streets", 0, "none", UNQUANTIFIED),
        ("sohr-12-by-pro-regime-forces", 0, "at-least", "≥12"),
        ("Killed — no perpetrator named", 0, "none", ""),
        ("trt-35-in-shaft", 0, "at-least", "≥35"),
        ("pcc-35-in-shaft", 0, "at-least", "≥35"),
    ]


def test_row_labels_name_claimant_date_basis_and_independence(incident: Incident) -> None:
    labels = {r.claim.id: r.text for r in chart_rows(incident) if r.claim}
    # TRT World relays SOHR's and the PCC's statements: "relayed"; its own 35: "claimant's own".
    assert labels["sohr-128-documented"] == (
        "SOHR · by 23 October 2017 · documented deaths · implied · relayed"
    )
    assert labels["pcc-67-named"] == "PCC · by 23 October 2017 · names listed · implied · relayed"
    # A part drawn away from its claim says which claim it is part of; one drawn under
    # it does not need to.
    assert labels["trt-35-in-shaft"] == (
        "TRT World · 23 October 2017 · bodies found · part of C1 · claimant's own"
    )
    assert "part of" not in labels["activists-street-shootings"]


def test_under_a_heading_of_several_firmnesses_each_row_names_its_own(
    incident: Incident,
) -> None:
    rows = chart_rows(incident)
    details = {r.claim.id: r.details for r in rows if r.claim}
    names = {r.claim.id: r.name for r in rows if r.claim}
    # "Killed — attributed to Daesh (alleged, implied)": which claim is which.
    assert details["activists-80-bodies"] == " · 23 October 2017 · bodies found · alleged · relayed"
    assert details["pcc-67-named"].endswith(" · names listed · implied · relayed")
    # "… Pro-regime forces (alleged, suspected)".
    assert " · suspected · " in details["pcc-bodies-in-streets"]
    assert " · alleged · " in details["sohr-12-by-pro-regime-forces"]
    # The claimant's name stays whole (a cut label shortens it, never the details).
    assert names["activists-80-bodies"] == "Activists (unnamed)"
    # Under a heading that names no firmness, or one only, no row repeats it.
    assert " · alleged" not in details["trt-35-in-shaft"]
    shown = chart_rows(incident, shown={"sohr-12-by-pro-regime-forces"})
    assert [r.text for r in shown if r.is_heading] == [
        "Killed — attributed to Pro-regime forces (alleged)"
    ]
    (alone,) = [r for r in shown if r.claim]
    assert alone.details == " · by 23 October 2017 · documented deaths · relayed"


def test_a_filtered_chart_says_how_many_claims_it_shows(incident: Incident) -> None:
    rows = chart_rows(incident, shown={"pcc-35-in-shaft", "sohr-12-by-pro-regime-forces"})
    assert rows[0].is_note
    assert not rows[0].is_heading
    assert rows[0].text == ("Showing 2 of 8 claims: the filters above the table hide the rest.")
    assert [r.claim.id for r in rows if r.claim] == [
        "sohr-12-by-pro-regime-forces",
        "pcc-35-in-shaft",
    ]
    assert [r.text for r in rows if r.is_heading] == [
        "Killed — attributed to Pro-regime forces (alleged)",
        "Killed — no perpetrator named",
    ]
    # Every claim shown: no note.
    everything = {c.id for c in incident.claims}
    assert not any(r.is_note for r in chart_rows(incident, shown=everything))


def test_a_part_whose_claim_is_filtered_out_stands_alone_and_says_whose_part(
    incident: Incident,
) -> None:
    rows = chart_rows(incident, shown={"activists-street-shootings"})
    (row,) = [r for r in rows if r.claim]
    assert row.depth == 0
    assert row.text.endswith(" · part of C1 · relayed")


def test_an_arabic_claimant_name_is_isolated_in_its_label(incident: Incident) -> None:
    data = incident.model_dump()
    for actor in data["actors"]:
        if actor["id"] == "activists":
            actor["name"] = "ناشطون محليون"
    arabic = Incident.model_validate(data)
    labels = {r.claim.id: r.text for r in chart_rows(arabic) if r.claim}
    # Left-to-right mark, then the name between isolates, then the rest in reading order.
    assert labels["activists-80-bodies"] == (
        "\u200e\u2068ناشطون محليون\u2069 · 23 October 2017 · bodies found · alleged · relayed"
    )


def test_about_range_and_at_most_get_their_own_marks(incident: Incident) -> None:
    base = incident.claims_by_id["pcc-67-named"]
    about = base.model_copy(update={"id": "about", "qualifier": "about", "count": 20})
    between = base.model_copy(
        update={"id": "between", "qualifier": "range", "count": 13, "count_max": 46}
    )
    at_most = base.model_copy(update={"id": "at-most", "qualifier": "at-most", "count": 9})
    rows = chart_rows(with_claims(incident, about, between, at_most))
    marks = {r.claim.id: (r.mark, r.value_label) for r in rows if r.claim}
    assert marks == {
        "about": ("open-dot", "~20"),
        "between": ("range", "13–46"),
        "at-most": ("at-most", "≤9"),
    }


def test_revisions_say_what_they_revise(incident: Incident) -> None:
    first = incident.claims_by_id["pcc-67-named"]
    later = first.model_copy(update={"id": "pcc-71", "count": 71, "revises": "pcc-67-named"})
    labels = {
        r.claim.id: r.text for r in chart_rows(with_claims(incident, first, later)) if r.claim
    }
    assert labels["pcc-67-named"].endswith(" · later revised")
    assert labels["pcc-71"].endswith(" · revises 67")


@pytest.mark.usefixtures("shipped_arabic")
def test_caption_explains_marks_only_some_charts_have(incident: Incident) -> None:
    assert caption_text(incident) == (
        CAPTION.removesuffix(".")
        + "; 'claimant's own', 'relayed': no source independent of the claimant."
    )
    relayed = with_claims(incident, incident.claims_by_id["pcc-67-named"])
    assert caption_text(relayed) == (
        CAPTION.removesuffix(".") + "; 'relayed': no source independent of the claimant."
    )
    base = incident.claims_by_id["pcc-67-named"]
    about = base.model_copy(update={"id": "about", "qualifier": "about", "count": 20})
    at_most = base.model_copy(update={"id": "at-most", "qualifier": "at-most", "count": 9})
    text = caption_text(with_claims(incident, about, at_most))
    assert text.startswith(CAPTION.removesuffix("."))
    assert "arrows to the left mean 'at most'" in text
    assert "open dots mean 'about'" in text
    # The Arabic chart is mirrored (rendering/claims_chart.py): its arrows towards zero
    # point right.
    with using_language("ar"):
        assert "الأسهم نحو اليمين تعني «على الأكثر»" in caption_text(with_claims(incident, at_most))


def test_a_part_of_cycle_still_draws_each_claim_once(incident: Incident) -> None:
    base = incident.claims_by_id["pcc-67-named"]
    a = base.model_copy(update={"id": "a", "part_of": "b"})
    b = base.model_copy(update={"id": "b", "part_of": "a"})
    rows = chart_rows(with_claims(incident, a, b))
    assert [r.claim.id for r in rows if r.claim] == ["a", "b"]
    assert rows[0].text == "Other claims"


@pytest.mark.parametrize(
    ("maximum", "expected"),
    [(128, (150, 50)), (80, (80, 20)), (7, (8, 2)), (1, (1, 1)), (0, (1, 1)), (4600, (5000, 1000))],
)
def test_axis_is_a_nice_scale_from_zero(maximum: float, expected: tuple[float, float]) -> None:
    assert nice_axis(maximum) == expected


def test_ticks_titles_and_tooltips_in_words(incident: Incident) -> None:
    assert (tick_text(20_000), tick_text(2.5)) == ("20,000", "2.5")
    assert axis_title(incident) == "people reported killed"
    heading, first = chart_rows(incident)[:2]
    assert row_tooltip(incident, heading) == heading.text
    assert row_tooltip(incident, first) == (
        "Activists (unnamed): at least 80 civilians killed (bodies found); via [1] ← [3]; [3] "
        "not consulted directly — no independent source"
    )
