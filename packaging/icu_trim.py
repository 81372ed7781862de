"""A smaller libicudata for the Linux bundle: ICU's data without the parts Qt never reads.

PySide6's Linux wheel ships ICU 73 for QtCore; its data library is 31 MB, a quarter of the
app. Qt reads ICU for collation (QCollator), case mapping and normalisation; it has its own
CLDR locale data, text boundaries and codecs for UTF-8/16. So the display names of
languages, regions, currencies, units and time zones, the legacy codepage converters,
the word-break dictionaries, transliterators and spell-out rules go; collation, locale
core data, normalisation and properties stay. The trimmed archive is linked back into a
library exporting the same symbol (icudt73_dat) with binutils (objcopy, ld): no compiler.
"""

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Item folders and suffixes inside ICU's common data archive that Qt does not use.
DROPPED_TREES = frozenset({"brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone"})
DROPPED_SUFFIXES = (".cnv",)
_ALIGNMENT = 16
_DATA_FORMAT_OFFSET = 12  # after headerSize, magic, UDataInfo.size/reserved/flags


def _find_archive(library: bytes) -> tuple[int, int]:
    """Offset and header size of the 'CmnD' common-data archive inside the library."""
    for match in re.finditer(rb"\xda\x27", library):
        start = match.start() - 2
        if library[start + _DATA_FORMAT_OFFSET : start + _DATA_FORMAT_OFFSET + 4] == b"CmnD":
            return start, struct.unpack_from("<H", library, start)[0]
    raise ValueError("no ICU common data archive found")


def _keep(item: str) -> bool:
    parts = item.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return False
    return not item.endswith(DROPPED_SUFFIXES)


def trimmed_archive(library: bytes, archive_size: int) -> tuple[bytes, list[str]]:
    """The archive (``archive_size`` bytes long) rebuilt without the dropped items."""
    start, header_size = _find_archive(library)
    toc = start + header_size
    count = struct.unpack_from("<I", library, toc)[0]
    entries = [struct.unpack_from("<II", library, toc + 4 + 8 * i) for i in range(count)]
    names = [library[toc + name : library.index(b"\0", toc + name)].decode() for name, _ in entries]
    end = start + archive_size
    ends = [toc + data for _, data in entries[1:]] + [end]
    items = [
        (name, library[toc + data : stop])
        for name, (_, data), stop in zip(names, entries, ends, strict=True)
        if _keep(name)
    ]
    # New table of contents: count, (name offset, data offset) pairs, names, padding, data.
    table_size = 4 + 8 * len(items)
    name_blob = b"".join(name.encode() + b"\0" for name, _ in items)
    name_offsets, offset = [], table_size
    for name, _ in items:
        name_offsets.append(offset)
        offset += len(name) + 1
    data_start = _aligned(table_size + len(name_blob))
    data_offsets, body = [], bytearray()
    for _, data in items:
        data_offsets.append(data_start + len(body))
        body += data + b"\0" * (_aligned(len(data)) - len(data))
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", name_offset, data_offset)
        for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (data_start - table_size - len(name_blob))
    header = library[start:toc]
    return header + table + name_blob + padding + bytes(body), [name for name, _ in items]


def _aligned(size: int) -> int:
    return (size + _ALIGNMENT - 1) // _ALIGNMENT * _ALIGNMENT


def _symbol(library_path: Path) -> tuple[str, int]:
    """The exported data symbol (icudtNN_dat) and its size, read with objdump."""
    table = subprocess.run(
        ["objdump", "-T", str(library_path)], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(r"\s([0-9a-f]+)\s+(icudt\d+_dat)\s*$", table, re.MULTILINE)
    if match is None:
        raise ValueError(f"{library_path}: no icudtNN_dat symbol")
    return match.group(2), int(match.group(1), 16)


def _object_format(library_path: Path) -> tuple[str, str]:
    header = subprocess.run(
        ["objdump", "-f", str(library_path)], check=True, capture_output=True, text=True
    ).stdout
    file_format = re.search(r"file format (\S+)", header)
    architecture = re.search(r"architecture: ([^,\s]+)", header)
    if file_format is None or architecture is None:
        raise ValueError(f"{library_path}: unknown object format")
    return file_format.group(1), architecture.group(1)


def build_trimmed_library(original: Path, output: Path) -> list[str]:
    """Write a trimmed copy of libicudata ``original`` to ``output``; return the kept items."""
    symbol, size = _symbol(original)
    library = original.read_bytes()
    archive, kept = trimmed_archive(library, archive_size=size)
    file_format, architecture = _object_format(original)
    soname = original.name
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        # objcopy names the symbols after the input path; a fixed name keeps them predictable.
        (work / "icudata").write_bytes(archive)
        subprocess.run(
            [
                "objcopy", "-I", "binary", "-O", file_format, "-B", architecture,
                "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                "--set-section-alignment", f".rodata={_ALIGNMENT}",
                "--redefine-sym", f"_binary_icudata_start={symbol}",
                "--strip-symbol", "_binary_icudata_end",
                "--strip-symbol", "_binary_icudata_size",
                "icudata", "icudata.o",
            ],
            check=True,
            cwd=work,
        )  # fmt: skip
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(output.resolve()), "icudata.o"],
            check=True,
            cwd=work,
        )
    return kept


def can_build() -> bool:
    """Whether binutils are there (every Linux build host that can strip has them)."""
    return all(shutil.which(tool) for tool in ("objcopy", "objdump", "ld"))
