"""LibraryModel: rows of summaries that change as the index reads files."""

from PySide6.QtCore import Qt

from factsheet.library import IncidentSummary
from factsheet.library.rows import DATE, FIGURES, FILE, PROBLEMS, STATUS, TITLE
from factsheet.ui.library_model import LibraryModel
from factsheet.ui.row_table_model import ID_ROLE, SORT_ROLE
from library_folder import PALMYRA_SUMMARY

PALMYRA = PALMYRA_SUMMARY
HOSTILE = IncidentSummary(path="x/<b>bold</b>.yaml", title='<h1 style="color:red">T</h1>')
BROKEN = IncidentSummary(path="broken.yaml", errors=2, first_problem="line 3, column 3: x")


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel()
    model.set_summaries([PALMYRA, BROKEN], ["new.yaml"])
    qtmodeltester.check(model, force_py=True)
    model.update_summaries([IncidentSummary("new.yaml", title="New"), HOSTILE])
    model.mark_pending(["broken.yaml", "newer.yaml"])
    model.keep_only({"homs/palmyra.yml", "newer.yaml", HOSTILE.path})
    qtmodeltester.check(model, force_py=True)
    assert [s.path for s in model.summaries()] == [
        "homs/palmyra.yml",
        HOSTILE.path,
        "newer.yaml",
    ]


def test_cells_show_words_and_pending_files_say_so() -> None:
    model = LibraryModel()
    model.set_summaries([PALMYRA, BROKEN], ["new.yaml"])
    # Rows come in file order (the model sorts itself): palmyra, broken, new.
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert [s.path for s in model.summaries()] == ["homs/palmyra.yml", "new.yaml", "broken.yaml"]
    model.sort(FILE)
    assert [s.path for s in model.summaries()] == ["broken.yaml", "homs/palmyra.yml", "new.yaml"]
    rows = {s.path: row for row, s in enumerate(model.summaries())}
    p, b, n = rows["homs/palmyra.yml"], rows["broken.yaml"], rows["new.yaml"]
    cell = {(r, c): model.index(r, c).data() for r in range(3) for c in range(model.columnCount())}
    assert cell[(p, TITLE)] == "Shelling near the Palmyra museum"
    assert cell[(p, DATE)] == "October 2017"
    assert cell[(p, STATUS)] == "verified"
    assert cell[(p, FIGURES)] == "\n".join(PALMYRA.figures)  # every figure, a line each
    assert cell[(b, TITLE)] == "broken.yaml"
    assert cell[(b, PROBLEMS)] == "2 errors — line 3, column 3: x"
    assert cell[(n, TITLE)] == "new.yaml"
    assert cell[(n, PROBLEMS)] == "reading…"
    assert model.index(b, PROBLEMS).data(Qt.ItemDataRole.ForegroundRole) is not None
    # Undated (unreadable) files sort before every date.
    assert model.index(b, DATE).data(SORT_ROLE) < model.index(p, DATE).data(SORT_ROLE)
    assert model.index(n, 0).data(ID_ROLE) == "new.yaml"


def test_tooltips_escape_what_the_file_says() -> None:
    model = LibraryModel()
    model.set_summaries([HOSTILE], [])
    tip = str(model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole))
    assert "<b>" not in tip
    assert "&lt;b&gt;bold&lt;/b&gt;" in tip
    figures = LibraryModel()
    figures.set_summaries([PALMYRA], [])
    tip = str(figures.index(0, FIGURES).data(Qt.ItemDataRole.ToolTipRole))
    assert "at least 15 documented (PCC)\nsecond" in tip  # every figure, a line each
