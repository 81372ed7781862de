"""Test helpers: a PDF's text and page sizes (poppler-utils), a long synthetic incident."""

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

# Bidi marks and isolates are format characters: pdftotext adds some, Qt keeps others.
_FORMAT_CHARACTERS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed: apt-get install poppler-utils")
    return path


def _normalise(text: str) -> str:
    return _FORMAT_CHARACTERS.sub("", unicodedata.normalize("NFKC", text))


def pdf_text(pdf: Path) -> str:
    """A PDF's text exactly as pdftotext reads it: no normalisation, as a viewer searches."""
    return subprocess.run(
        [_need("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF (pdftotext -layout), NFKC-normalised, bidi marks gone."""
    out = subprocess.run(
        [_need("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    texts = out.split("\f")
    if texts and not texts[-1].strip():
        texts.pop()
    return [_normalise(t) for t in texts]


def pdf_fonts(pdf: Path) -> list[str]:
    """The names of the fonts a PDF uses (pdffonts), subset tags removed."""
    out = subprocess.run([_need("pdffonts"), str(pdf)], check=True, capture_output=True, text=True)
    names = [line.split()[0] for line in out.stdout.splitlines()[2:] if line.strip()]
    return [name.split("+", 1)[-1] for name in names]


def pdf_info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields (Pages, Page size, Title …)."""
    out = subprocess.run([_need("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True)
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    }


#: The full dossier's sections, in the order it prints them.
FULL_HEADINGS = [
    "Summary",
    "Key points",
    "Reported figures",
    "Annex A — Claims, side by side",
    "Annex B — Timeline",
    "Annex C — Actors",
    "Annex D — Data notes",
    "Annex E — Sources",
    "Annex F — Method and definitions",
]


def pdf_flow_text(pdf: Path) -> str:
    """The PDF's text in reading order (pdftotext without -layout): a table cell's lines
    stay together instead of sharing lines with the next column's."""
    out = subprocess.run(
        [_need("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return _normalise(out)


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (for phrases that may wrap)."""
    return " ".join(text.split())


def synthetic_incident(events: int, claims: int, sources: int = 40) -> dict[str, Any]:
    """A long but plausible incident: many sources, relays, events and claims with subsets."""
    actors = [
        {"id": f"actor-{i}", "name": f"Actor number {i}", "kind": "monitor"} for i in range(12)
    ]
    actors.append(
        {"id": "town", "name": "Townsfolk", "name_ar": "أهالي البلدة", "kind": "community"}
    )
    source_list = [
        {
            "id": f"src-{i}",
            "publisher": f"actor-{i % 12}",
            "published": f"2017-10-{1 + i % 28:02d}",
            "kind": "news-report",
            "title": f"Report {i} on the killings",
            "url": f"https://example.org/report/{i}",
            "archived_url": f"https://web.archive.org/web/2017/https://example.org/report/{i}",
            **({"relays": [f"src-{i - 1}"]} if i % 5 == 4 else {}),
        }
        for i in range(sources)
    ]
    timeline = [
        {
            "id": f"event-{i}",
            "date": f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "text": f"Event {i}: something happened that a source described at some length, "
            "with enough words to wrap onto a second line of the timeline table.",
            "sources": [f"src-{i % sources}"],
            "actors": [{"actor": f"actor-{i % 12}", "role": "claimant"}],
        }
        for i in range(events)
    ]
    claim_list = []
    for i in range(claims):
        claim: dict[str, Any] = {
            "id": f"claim-{i}",
            "claimant": f"actor-{i % 12}",
            "sources": [f"src-{i % sources}"],
            "claimed_on": f"2017-10-{1 + i % 28:02d}",
            "qualifier": "at-least",
            "count": 10 + i,
            "victims": "civilians",
            "basis": "documented-deaths",
            "perpetrators": [{"actor": f"actor-{(i + 1) % 12}", "firmness": "alleged"}],
            "quote": f"at least {10 + i} civilians were killed, the group said",
        }
        if i % 10 == 9:
            claim["part_of"] = f"claim-{i - 1}"
            claim["count"] = 1
        claim_list.append(claim)
    return {
        "format_version": 1,
        "incident": {
            "id": "SYN-1",
            "title": "A long synthetic incident",
            "title_ar": "حادثة طويلة",
            "summary": "Many events and many claims, to fill many pages.",
            "date": "2017",
            "locations": [{"name": "Somewhere", "precision": "country"}],
            "status": "developing",
            "last_updated": "2017-12-31",
            "handling": "TLP:AMBER",
        },
        "actors": actors,
        "sources": source_list,
        "timeline": timeline,
        "claims": claim_list,
    }


def write_incident(path: Path, data: dict[str, Any]) -> Path:
    """Write an incident dict as YAML and return the path."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
