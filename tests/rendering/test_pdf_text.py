"""The PDF's text layer holds letters, not presentation forms: a viewer's search finds them."""

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sheet_pdf_helpers import pdf_info, pdf_text

from factsheet.cli import main
from factsheet.rendering.pdf_text import letters_cmap, searchable_text_layer

CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfrange
<0000> <0000> <0000>
<0001> <0004> [<FEE3> <0627> <FB01> <FEFB> ]
endbfrange
1 beginbfrange
<0005> <0006> <0041>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def test_a_map_names_letters_for_forms_and_keeps_the_rest() -> None:
    fixed = letters_cmap(CMAP)
    assert fixed is not None
    entries = dict(
        re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]+)>", fixed.split(b"endcodespacerange")[1])
    )
    assert entries == {
        b"0000": b"0000",
        b"0001": b"0645",  # meem, initial form → meem
        b"0002": b"0627",
        b"0003": b"00660069",  # the fi ligature → f, i
        b"0004": b"06440627",  # lam-alef → lam, alef
        b"0005": b"0041",
        b"0006": b"0042",  # a linear range, read entry by entry
    }
    assert fixed.startswith(CMAP[: CMAP.index(b"endcodespacerange")])
    assert (
        letters_cmap(
            CMAP.replace(b"<FEE3>", b"<0645>")
            .replace(b"<FB01>", b"<0066>")
            .replace(b"<FEFB>", b"<0644>")
        )
        is None
    )


def test_a_file_it_does_not_know_is_left_as_it_is() -> None:
    for data in (b"", b"%PDF-1.4\nnot really\n", b"%PDF-1.4\nstartxref\n99999\n%%EOF\n"):
        assert searchable_text_layer(data) == data


@pytest.fixture(scope="module")
def sheet(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("text") / "full.pdf"
    sample = Path(__file__).resolve().parents[2] / "data" / "al-qaryatayn-2017.yaml"
    assert main(["export", str(sample), "-o", str(out), "--full"]) == 0
    return out


def test_a_search_for_arabic_and_for_ligatures_finds_them(sheet: Path) -> None:
    text = pdf_text(sheet)
    # As written in the file, not in presentation forms: what a viewer's search box matches.
    assert "القريتين" in text
    assert "مقتل مدنيين في القريتين" in text
    assert "confirmed" in text  # the fi ligature, as f and i
    assert not re.search(r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]", text)


def test_the_corrected_file_is_still_a_whole_pdf(sheet: Path) -> None:
    assert int(pdf_info(sheet)["Pages"]) > 2
    data = sheet.read_bytes()
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    assert data[start : start + 4] == b"xref"
    # Every object is where the cross-reference table says it is.
    count = int(re.match(rb"xref\s+0 (\d+)", data[start:]).group(1))  # type: ignore[union-attr]
    table = data[start:].split(b"\n", 2)[2]
    for number in range(1, count):
        entry = table[20 * number : 20 * number + 20]
        if entry[17:18] == b"n":
            offset = int(entry[:10])
            assert data[offset:].startswith(b"%d 0 obj" % number), number
