"""Test helpers: what is left of a text in Arabic once the file's own strings are cut out.

The Arabic window and the Arabic sheet must show no English program text; data from the
incident file is allowed, and so is the Latin kept on purpose (names of the program, of
formats and keys, codes). ``program_text`` leaves what the program wrote.
"""

import html
import re
from pathlib import Path

import yaml

# Latin that Arabic text keeps: the program's name, file formats, the names of keys (Ctrl+F),
# the numbers of claims and events as the sheet gives them (C5, E3), the Admiralty grades
# (A to F), the Traffic Light Protocol's markings (TLP:AMBER, an international code), and
# English in the Language menu, where each language is named in its own.
_KEPT_LATIN = re.compile(
    r"(?:\b(?:Ctrl|Shift|Alt|Meta)\+)+\w+|\bTLP:[A-Z]+(?:\+[A-Z]+)?"
    r"|\b([CE]\d+|[A-F]|Factsheet|PDF|YAML|yaml|yml|Qt|Linguist|English|F\d+|Esc|Enter|"
    r"Shift|Ctrl|Alt|Backspace|Left|Right|Meta|Home|End|PgUp|PgDown|Tab|Del|Ins|Space)\b"
)
#: A Latin word.
LATIN = re.compile(r"[A-Za-z]+")
# The data file's strings are cut out of a text before it is checked: a string of fewer
# characters than this is cut only as a whole word, so an id such as "pcc" cannot hide
# the English word it happens to be part of.
_SHORT = 4


def file_strings(path: Path) -> list[str]:
    """Every string the incident file holds (keys excepted), longest first."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif node is not None and not isinstance(node, bool):
            found.add(str(node).strip())

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    # The file's name and folders are the user's too (Open Recent names them).
    found.update(part for part in path.parts if part != "/")
    return sorted((s for s in found if s), key=len, reverse=True)


def program_text(text: str, data: list[str]) -> str:
    """``text`` with the file's strings and the Latin kept on purpose cut out."""
    # Rich text (tooltips, the detail panes) is read as the plain text it shows.
    text = html.unescape(re.sub(r"<[^<>]*>", " ", text))
    # Direction controls (isolates around data, marks) are not text anyone reads.
    text = re.sub("[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]", "", text)
    text = re.sub(r"\s+", " ", text)
    # A long data string may be cut short where room is tight ("Daesh regained control…"):
    # the words before the ellipsis are the start of one of the file's strings.
    for cut in re.findall(r"([A-Za-z][^\u0600-\u06ff…«»:()\[\]]*)…", text):
        if len(cut) >= _SHORT and any(s.startswith(cut.strip()) for s in data):
            text = text.replace(cut + "…", " ")
    for string in data:
        flat = re.sub(r"\s+", " ", string)
        if len(flat) < _SHORT:
            text = re.sub(rf"(?<!\w){re.escape(flat)}(?!\w)", " ", text)
        else:
            text = text.replace(flat, " ")
    return _KEPT_LATIN.sub(" ", text)


def file_words(path: Path) -> set[str]:
    """Every Latin word of the incident file's strings, folded: what an Arabic sheet may
    print in Latin letters because the file says it (names, the English summary)."""
    return {w.casefold() for s in file_strings(path) for w in LATIN.findall(s)}


def english_phrases(ts_file: Path) -> set[str]:
    """The program's English as it can appear on a page: each source text of ``ts_file``
    cut at its placeholders, the pieces of two words or more, the shortcut's & removed."""
    import xml.etree.ElementTree as ET

    phrases = set()
    # The project's own translation file, not untrusted input.
    for source in ET.parse(ts_file).getroot().iter("source"):  # noqa: S314
        text = (source.text or "").replace("&", "")
        for piece in re.split(r"\{[^{}]*\}|%n|\(s\)|\(es\)", text):
            phrase = " ".join(piece.split()).strip(" ,.;:—–·()")
            if len(LATIN.findall(phrase)) >= 2:
                phrases.add(phrase)
    return phrases
