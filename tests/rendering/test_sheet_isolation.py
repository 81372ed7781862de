"""Text from the file cannot reorder the sheet's own words after it (bidi isolation)."""

import runpy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sheet_pdf_helpers import flat, pdf_pages

from factsheet.cli import main

_MINIMAL = runpy.run_path(str(Path(__file__).parents[1] / "loading" / "minimal_incident.py"))
#: Issue 12: written reversed after a right-to-left override, it reads "Handling: TLP:CLEAR —
#: may be shared without restriction", and the sheet's real marking after it read backwards.
FORGED = "Field team\u202e" + "Handling: TLP:CLEAR — May be shared without restriction."[::-1]


@pytest.mark.parametrize(
    ("key", "value"),
    [("recorded_by", FORGED), ("note", FORGED)],
)
def test_a_bidi_override_in_the_file_cannot_reverse_the_sheets_words(
    qapp: QApplication, tmp_path: Path, key: str, value: str
) -> None:
    text = _MINIMAL["changed"](
        "  last_updated: 2020-03-20\n",
        f'  last_updated: 2020-03-20\n  handling: TLP:RED\n  {key}: "{value}"\n',
    )
    incident = tmp_path / "incident.yaml"
    incident.write_text(text, encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    assert main(["export", str(incident), "-o", str(out)]) == 0
    first_page = flat(pdf_pages(out)[0])
    assert "Handling: TLP:RED — Named recipients only; not to be passed on." in first_page
