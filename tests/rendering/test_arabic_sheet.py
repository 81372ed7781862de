"""The Arabic sheet (`factsheet export FILE -o x.pdf --lang ar`): Arabic words, right to
left, Arabic first where the file has it, and the brief as long as the English one."""

import re
from pathlib import Path
from typing import Any

import pytest
from sheet_pdf_helpers import pdf_info, pdf_pages

from factsheet.batch_export import write_incident
from factsheet.i18n import using_language
from factsheet.loading import LoadedIncident
from factsheet.views.brief import SheetVariant
from program_text import LATIN, english_phrases, file_words

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "factsheet_ar.ts"
# Latin the Arabic sheet prints of its own: the program's and the hash's names, the file
# format, the commands that check a hash, the claim and event numbers, Admiralty grades.
_KEPT = {
    "factsheet",
    "sha",
    "pdf",
    "linux",
    "macos",
    "windows",
    "sha256sum",
    "shasum",
    "certutil",
    "hashfile",
    "file",
    "utc",
}


@pytest.fixture(scope="module")
def sheets(
    qapp: Any, tmp_path_factory: pytest.TempPathFactory, sample_loaded: LoadedIncident
) -> dict[tuple[str, SheetVariant, str], Path]:
    """The sample's brief and dossier, English and Arabic, on A4 and Letter."""
    folder = tmp_path_factory.mktemp("sheets")
    made: dict[tuple[str, SheetVariant, str], Path] = {}
    variants: tuple[SheetVariant, ...] = ("brief", "full")
    for language in ("en", "ar"):
        for variant in variants:
            for paper in ("a4", "letter"):
                pdf = folder / f"{variant}-{language}-{paper}.pdf"
                write_incident(
                    sample_loaded, pdf, "pdf", paper=paper, language=language, variant=variant
                )
                made[language, variant, paper] = pdf
    return made


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


@pytest.mark.parametrize("variant", ["brief", "full"])
def test_the_arabic_sheet_prints_no_english_program_text(
    sheets: dict[tuple[str, SheetVariant, str], Path],
    sample_path: Path,
    sample_loaded: LoadedIncident,
    variant: SheetVariant,
) -> None:
    # The file's hash is printed in hexadecimal: letters, but no words.
    text = _flat(pdf_pages(sheets["ar", variant, "a4"]))
    text = re.sub(r"\b[0-9a-f]{6,}\b", " ", text.replace(sample_loaded.sha256, " "))
    # No sentence or heading of the program's English, whole or between its placeholders
    # (unless the file itself says it)…
    data = " ".join(file_words(sample_path))
    raw = sample_path.read_text(encoding="utf-8")
    phrases = [p for p in english_phrases(TS_FILE) if p not in raw and p in text]
    assert phrases == []
    # … and no Latin word that is neither the file's nor one the sheet keeps on purpose.
    words = {w for w in LATIN.findall(text) if w.casefold() not in data}
    assert {w for w in words if w.casefold() not in _KEPT and not re.fullmatch("[CE]", w)} == set()


def test_the_check_finds_the_english_sheets_english(
    sheets: dict[tuple[str, SheetVariant, str], Path], sample_path: Path
) -> None:
    text = _flat(pdf_pages(sheets["en", "brief", "a4"]))
    raw = sample_path.read_text(encoding="utf-8")
    found = {p for p in english_phrases(TS_FILE) if p not in raw and p in text}
    assert {"Reported figures", "Figure as stated", "Claimant, date"} <= found


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_arabic_brief_has_as_many_pages_as_the_english(
    sheets: dict[tuple[str, SheetVariant, str], Path], paper: str
) -> None:
    english = int(pdf_info(sheets["en", "brief", paper])["Pages"])
    assert int(pdf_info(sheets["ar", "brief", paper])["Pages"]) == english == 2


def test_the_arabic_sheet_leads_with_the_arabic_title_and_numbers_its_pages_in_arabic(
    sheets: dict[tuple[str, SheetVariant, str], Path], sample_loaded: LoadedIncident
) -> None:
    first, last = pdf_pages(sheets["ar", "brief", "a4"])
    info = sample_loaded.incident.incident
    assert info.title_ar is not None
    body = first.split("\n")
    # The header, then the Arabic title, then the English one beside it.
    title_at = next(i for i, line in enumerate(body) if info.title_ar in line and i > 0)
    assert info.title in " ".join(body[title_at : title_at + 3])
    # pdftotext gives the footer's line in logical or in visual order (words reversed).
    assert _says_page(first, "1", "2")
    assert _says_page(last, "2", "2")
    assert "المذكورة" in first  # the reported figures' heading, on the first page


def _says_page(text: str, page: str, pages: str) -> bool:
    """Whether a page's footer says 'صفحة {page} من {pages}' (spaces and marks aside; the
    number of pages may come out of its place, pdftotext reorders the digits of a line)."""
    squeezed = re.sub(r"[\s\u064b-\u065f]", "", text)
    page_first = f"صفحة{page}من" in squeezed or f"من{page}صفحة" in squeezed
    return page_first and (f"من{pages}" in squeezed or f"{pages}من" in squeezed)


def test_arabic_indic_digits_number_the_pages_when_chosen(
    qapp: Any, tmp_path: Path, sample_loaded: LoadedIncident
) -> None:
    pdf = tmp_path / "x.pdf"
    with using_language("ar", "arabic-indic"):
        write_incident(sample_loaded, pdf, "pdf", paper="a4")
    assert _says_page(pdf_pages(pdf)[0], "١", "٢")


def test_the_arabic_pdf_is_titled_in_arabic(
    sheets: dict[tuple[str, SheetVariant, str], Path], sample_loaded: LoadedIncident
) -> None:
    info = sample_loaded.incident.incident
    assert pdf_info(sheets["ar", "brief", "a4"])["Title"] == info.title_ar
    assert pdf_info(sheets["en", "brief", "a4"])["Title"] == info.title
