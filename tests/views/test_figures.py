"""The reported figures in words: every figure, with its claimant, in order, parts as parts."""

import pytest

from factsheet.i18n import using_language
from factsheet.loading import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.views.figures import PART_TEMPLATE, WHOLE_TEMPLATE, figure_lines


@pytest.fixture
def sample(sample_loaded: LoadedIncident) -> Incident:
    return sample_loaded.incident


def test_the_sample_s_figures_are_all_in_the_headline(sample: Incident) -> None:
    lines = [(line.heading, line.words) for line in figure_lines(sample)]
    assert lines == [
        (
            "Killed — attributed to Daesh (alleged, implied)",
            (
                "67 named (PCC, implied); at least 80 bodies found (Activists (unnamed), "
                "alleged); at least 128 documented (SOHR, implied); unquantified (Activists "
                "(unnamed), alleged) — part of C1 (at least 80)"
            ),
        ),
        (
            "Killed — attributed to Pro-regime forces (alleged, suspected)",
            "at least 12 documented (SOHR, alleged); bodies found, unquantified (PCC, suspected)",
        ),
        (
            "Killed — no perpetrator named",
            "at least 35 bodies found (TRT World; PCC) — part of C1 (at least 80)",
        ),
    ]
    # 80, 67, 128 and 12: every whole figure of the seed report, with its claimant.
    words = " ".join(line.words for line in figure_lines(sample))
    for figure in ("at least 80", "67 named", "at least 128", "at least 12"):
        assert figure in words
    # Separate claimants are never joined by a dash, which would read as a range.
    assert "–" not in words
    # (tests/test_fidelity.py checks the lines of its fixture, on screen, on paper and in JSON.)


def test_an_entry_keeps_its_claims_and_the_template_a_drawer_fills(sample: Incident) -> None:
    daesh, _, nobody = figure_lines(sample)
    (shafts,) = nobody.entries
    assert [c.id for c in shafts.claims] == ["trt-35-in-shaft", "pcc-35-in-shaft"]
    assert shafts.claimants == ("TRT World", "PCC")
    assert (shafts.whole, shafts.template) == ("C1 (at least 80)", PART_TEMPLATE)
    whole = daesh.entries[0]
    assert (whole.figure, whole.whole, whole.template) == ("67 named", None, WHOLE_TEMPLATE)
    assert [c.id for c in daesh.key.members][-1] == "activists-street-shootings"


def test_claims_stating_different_figures_stay_apart(sample: Incident) -> None:
    data = sample.model_dump()
    for claim in data["claims"]:
        if claim["id"] == "pcc-35-in-shaft":
            claim["count"] = 36
    changed = Incident.model_validate(data)
    nobody = figure_lines(changed)[-1]
    assert nobody.words == (
        "at least 35 bodies found (TRT World) — part of C1 (at least 80); at least 36 bodies found"
        " (PCC) — part of C1 (at least 80)"
    )


def test_claims_that_disagree_on_the_victims_stay_apart(sample: Incident) -> None:
    # TRT World says civilians, the PCC does not say: they may agree, and share an entry.
    assert len(figure_lines(sample)[-1].entries) == 1
    data = sample.model_dump()
    for claim in data["claims"]:
        if claim["id"] == "pcc-35-in-shaft":
            claim["victims"] = "combatants"
    changed = Incident.model_validate(data)
    nobody = figure_lines(changed)[-1]
    assert [[c.id for c in entry.claims] for entry in nobody.entries] == [
        ["trt-35-in-shaft"],
        ["pcc-35-in-shaft"],
    ]
    assert nobody.words == (
        "at least 35 bodies found (TRT World) — part of C1 (at least 80); at least 35 bodies found"
        " (PCC) — part of C1 (at least 80)"
    )


def test_each_figure_says_how_firmly_it_blames_where_its_heading_names_several(
    sample: Incident,
) -> None:
    data = sample.model_dump()
    for claim in data["claims"]:
        for attribution in claim["perpetrators"]:
            attribution["firmness"] = "alleged"
    uniform = Incident.model_validate(data)
    daesh = figure_lines(uniform)[0]
    # One firmness under the heading: it is every claim's, and no figure repeats it.
    assert daesh.heading == "Killed — attributed to Daesh (alleged)"
    assert daesh.words.startswith("67 named (PCC); at least 80 bodies found (Activists")
    # Several: each figure carries its own, so 'implied' never reads as 'alleged'.
    mixed = figure_lines(sample)[0]
    assert mixed.heading == "Killed — attributed to Daesh (alleged, implied)"
    assert mixed.words.startswith("67 named (PCC, implied); at least 80 bodies found (Activists")


def test_figures_first_lines_say_the_same_facts_figures_and_claimants_first(
    sample: Incident,
) -> None:
    lines = figure_lines(sample)
    assert [line.figures_first for line in lines] == [
        f"{lines[0].words} · killed, blamed on Daesh (alleged, implied)",
        f"{lines[1].words} · killed, blamed on Pro-regime forces (alleged, suspected)",
        f"{lines[2].words} · killed, no one blamed",
    ]


@pytest.mark.usefixtures("shipped_arabic")
def test_figures_first_lines_read_in_arabic(sample: Incident) -> None:
    with using_language("ar"):
        lines = figure_lines(sample)
    assert lines[0].attribution == "قتلى، تُنسب إلى داعش (مزعوم، ضمني)"  # name_ar leads
    assert lines[2].figures_first.endswith(" · قتلى، دون اتهام أحد")
    assert lines[2].figures_first.startswith(lines[2].words)
