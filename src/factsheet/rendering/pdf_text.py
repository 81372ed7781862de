"""The PDF's text layer made searchable: shaped Arabic written as the letters it is.

Qt's PDF engine writes each font's ToUnicode map by asking, for every glyph it used, which
character the font's cmap maps to it (QFontSubset::getReverseMap). A joined Arabic letter
(the initial form of meem, the final form of alef …) is a glyph the cmap reaches only from
its presentation-form code point (U+FEE3, U+FE8E …), so the map says U+FEE3 where the text
had U+0645: a viewer's search for القريتين finds nothing, and copied text is in forms no
other program matches. The Latin ligatures fi, ffi come out as U+FB01, U+FB03 the same way.

Qt offers no hook for this (no ActualText, no way to give the map), so the written file is
corrected: each ToUnicode map that names a presentation form is written again with the
form's canonical letters (NFKC: U+FEE3 → U+0645; the lam-alef ligature U+FEFB → U+0644
U+0627), and the cross-reference table after it is rebuilt. A glyph the cmap does not
reach at all (an alternate form with no code point) has no entry, as before. Anything this
module does not recognise — a PDF not written by Qt's engine — is left exactly as it is.
"""

import re
import unicodedata
from collections.abc import Iterator

#: Presentation forms: Latin ligatures and Arabic forms A and B.
_FORMS = re.compile(r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_STREAM = re.compile(rb"<<\s*/Length (\d+)\s*>>\s*stream\r?\n", re.DOTALL)
#: Entries per bfchar block: the CMap format allows at most 100.
_BLOCK = 100


def _letters(hex_text: bytes) -> bytes:
    """A ToUnicode destination (UTF-16BE in hex) with presentation forms as letters."""
    text = bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="surrogatepass")
    fixed = _FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return fixed.encode("utf-16-be", errors="surrogatepass").hex().upper().encode("ascii")


def _mappings(cmap: bytes) -> Iterator[tuple[int, bytes]]:
    """(character code, destination hex) of every bfrange and bfchar entry."""
    for block in re.findall(rb"beginbfrange\n(.*?)endbfrange", cmap, re.DOTALL):
        for line in block.splitlines():
            codes = _HEX.findall(line)
            if len(codes) < 3:
                continue
            first, last = int(codes[0], 16), int(codes[1], 16)
            if b"[" in line:
                yield from zip(range(first, last + 1), codes[2:], strict=False)
            else:
                start = int(codes[2], 16)
                for offset, code in enumerate(range(first, last + 1)):
                    yield code, f"{start + offset:04X}".encode("ascii")
    for block in re.findall(rb"beginbfchar\n(.*?)endbfchar", cmap, re.DOTALL):
        for line in block.splitlines():
            codes = _HEX.findall(line)
            if len(codes) == 2:
                yield int(codes[0], 16), codes[1]


def letters_cmap(cmap: bytes) -> bytes | None:
    """The ToUnicode CMap with presentation forms as letters; None when it has none."""
    entries = dict(_mappings(cmap))
    fixed = {code: _letters(dest) for code, dest in entries.items()}
    if fixed == entries:
        return None
    head = cmap[: cmap.index(b"endcodespacerange\n") + len(b"endcodespacerange\n")]
    body = b""
    items = sorted(fixed.items())
    for start in range(0, len(items), _BLOCK):
        block = items[start : start + _BLOCK]
        body += f"{len(block)} beginbfchar\n".encode("ascii")
        body += b"".join(f"<{code:04X}> <".encode("ascii") + dest + b">\n" for code, dest in block)
        body += b"endbfchar\n"
    tail = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    return head + body + tail


def _fixed_object(body: bytes) -> bytes | None:
    """An object whose stream is a ToUnicode map naming forms, written again; else None."""
    stream = _STREAM.search(body)
    if stream is None:
        return None
    length = int(stream.group(1))
    data = body[stream.end() : stream.end() + length]
    if b"begincmap" not in data or b"endcodespacerange\n" not in data:
        return None  # not a map, or compressed: left alone
    cmap = letters_cmap(data)
    if cmap is None:
        return None
    rest = body[stream.end() + length :]
    return body[: stream.start()] + b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + rest


def _xref(pdf: bytes, at: int) -> list[int | None] | None:
    """The byte offset of each object (None for a free entry), read from the table at
    ``at``; None for anything but one classic table (the only kind Qt writes)."""
    head = re.match(rb"xref\r?\n0 (\d+)\r?\n", pdf[at : at + 40])
    if head is None:
        return None
    count, start = int(head.group(1)), at + head.end()
    offsets: list[int | None] = []
    for i in range(count):
        entry = pdf[start + 20 * i : start + 20 * (i + 1)]
        if len(entry) != 20 or entry[17:18] not in (b"n", b"f"):
            return None
        offsets.append(int(entry[:10]) if entry[17:18] == b"n" else None)
    return offsets


def searchable_text_layer(pdf: bytes) -> bytes:
    """``pdf`` with its fonts' ToUnicode maps naming letters, not presentation forms."""
    start_marker = pdf.rfind(b"startxref")
    found = re.match(rb"startxref\r?\n(\d+)", pdf[start_marker : start_marker + 40])
    if start_marker < 0 or found is None:
        return pdf
    xref_at = int(found.group(1))
    offsets = _xref(pdf, xref_at)
    trailer_at = pdf.find(b"trailer", xref_at)
    if offsets is None or trailer_at < 0:
        return pdf
    objects = sorted((at, number) for number, at in enumerate(offsets) if at is not None)
    if not objects or objects[-1][0] >= xref_at:
        return pdf
    ends = [at for at, _ in objects[1:]] + [xref_at]
    pieces = [pdf[: objects[0][0]]]
    moved: list[int | None] = [None] * len(offsets)
    changed = False
    position = len(pieces[0])
    for (at, number), end in zip(objects, ends, strict=True):
        body = pdf[at:end]
        fixed = _fixed_object(body) if b"begincmap" in body else None
        if fixed is not None:
            body, changed = fixed, True
        moved[number] = position
        pieces.append(body)
        position += len(body)
    if not changed:
        return pdf
    entries = [
        b"%010d 00000 n \n" % at if at is not None else b"0000000000 65535 f \n" for at in moved
    ]
    xref = b"xref\n0 %d\n" % len(moved) + b"".join(entries)
    trailer = pdf[trailer_at:start_marker]
    return b"".join(pieces) + xref + trailer + b"startxref\n%d\n%%%%EOF\n" % position
