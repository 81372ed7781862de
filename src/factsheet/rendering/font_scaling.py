"""A TrueType font enlarged and renamed in memory: the bundled Arabic at the Latin's size.

Noto Naskh Arabic looks smaller than Noto Sans at the same point size: the body of its
letters (the tooth of س, the bowl of ه) stands about 35–41 % of the em high, Noto Sans's
x-height 54 %. Qt takes a fallback family at the size of the text around it and has no
per-family size, so the font is made larger instead: its em (``unitsPerEm`` in the head
table) is made smaller, which scales every glyph, advance, kern and line metric alike, and
its family renamed, so that Qt never takes an installed Noto Naskh Arabic for it. The file
on disk is never changed; the PostScript name (name ID 6) is kept, so a PDF names the font
it came from.
"""

import struct

_HEAD_UNITS_PER_EM = 18  # byte offset of unitsPerEm in the head table
_RENAMED_IDS = frozenset({1, 3, 4, 16, 21})  # family, unique id, full name, typographic family


def _tables(data: bytes) -> dict[bytes, bytes]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = data[offset : offset + length]
    return tables


def _checksum(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


def _font(tables: dict[bytes, bytes], version: bytes) -> bytes:
    """A font file of ``tables``: the directory, then each table on a 4-byte boundary."""
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    header = version + struct.pack(
        ">HHHH", count, power * 16, power.bit_length() - 1, count * 16 - power * 16
    )
    offset = len(header) + 16 * count
    directory, body = b"", b""
    for tag in sorted(tables):
        table = tables[tag]
        directory += struct.pack(">4sIII", tag, _checksum(table), offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    return header + directory + body


def _renamed(name: bytes, old: str, new: str) -> bytes:
    """The name table with ``old`` replaced by ``new`` in the family and full names."""
    fmt, count, storage = struct.unpack_from(">HHH", name, 0)
    if fmt != 0:  # format 1 (with language tags): left as it is
        return name
    records, strings = [], b""
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(
            ">6H", name, 6 + 12 * i
        )
        raw = name[storage + offset : storage + offset + length]
        codec = "utf-16-be" if platform in (0, 3) else "mac_roman"
        if name_id in _RENAMED_IDS:
            raw = raw.decode(codec).replace(old, new).encode(codec)
        records.append(
            struct.pack(">6H", platform, encoding, language, name_id, len(raw), len(strings))
        )
        strings += raw
    return struct.pack(">HHH", 0, count, 6 + 12 * count) + b"".join(records) + strings


def scaled_font(data: bytes, factor: float, *, family: str, renamed: str) -> bytes:
    """``data`` (a TrueType font) drawn ``factor`` times larger, its ``family`` ``renamed``."""
    tables = _tables(data)
    head = bytearray(tables[b"head"])
    units = struct.unpack_from(">H", head, _HEAD_UNITS_PER_EM)[0]
    struct.pack_into(">H", head, _HEAD_UNITS_PER_EM, round(units / factor))
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment: unused by the renderers
    tables[b"head"] = bytes(head)
    tables[b"name"] = _renamed(tables[b"name"], family, renamed)
    tables.pop(b"DSIG", None)  # the signature no longer matches
    return _font(tables, data[:4])


def units_per_em(data: bytes) -> int:
    """A font's em in font units (for tests)."""
    return int(struct.unpack_from(">H", _tables(data)[b"head"], _HEAD_UNITS_PER_EM)[0])
