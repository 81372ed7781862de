"""A file that is not YAML text is named for what it is, at 1:1, and is 'unreadable' (exit 2)."""

import io
import zipfile
from pathlib import Path

import pytest
from minimal_incident import MINIMAL

from factsheet.loading import IncidentLoadError, read_incident
from factsheet.loading.file_kind import binary_kind


def _zip(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            # OpenDocument stores its mimetype first and uncompressed, as its standard says.
            stored = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=stored)
    return buffer.getvalue()


FILES = [
    ("sheet.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    ("scan.tif", b"II*\x00\x08\x00\x00\x00", "a TIFF image"),
    ("files.zip", _zip(("incident.yaml", MINIMAL.encode())), "a ZIP archive"),
    ("incident.yaml.gz", b"\x1f\x8b\x08\x00", "a gzip archive"),
    (
        "draft.docx",
        _zip(("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>")),
        "a Word document (.docx)",
    ),
    (
        "draft.odt",
        _zip(("mimetype", b"application/vnd.oasis.opendocument.text")),
        "an OpenDocument text (.odt)",
    ),
    ("draft.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an older Office document"),
    ("draft.rtf", b"{\\rtf1\\ansi format_version: 1}", "an RTF document"),
]


@pytest.mark.parametrize(("name", "data", "kind"), FILES, ids=[f[0] for f in FILES])
def test_a_known_format_is_named(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    file = tmp_path / name
    file.write_bytes(data)
    with pytest.raises(IncidentLoadError) as caught:
        read_incident(file)
    error = caught.value
    assert error.unreadable
    (problem,) = error.problems
    assert (problem.line, problem.column, problem.path) == (1, 1, "(file)")
    assert problem.message.startswith(f"expected a YAML text file; found {kind}")
    assert str(problem).startswith(f"{file}:1:1: error: (file): expected a YAML text file")


@pytest.mark.parametrize(
    "text",
    [MINIMAL, "%YAML 1.2\n---\na: 1\n", "PK: 1\n", "GIF: 1\n", "{rtf: 1}\n", "MZ: 1\n"],
)
def test_yaml_text_is_no_known_format(text: str) -> None:
    assert binary_kind(text.encode()) is None


def test_utf16_and_nul_bytes_are_unreadable_but_a_stray_byte_is_a_slip(tmp_path: Path) -> None:
    file = tmp_path / "incident.yaml"
    for data, unreadable in (
        (MINIMAL.encode("utf-16"), True),
        (MINIMAL.encode("utf-16-le"), True),
        (MINIMAL.encode() + b"\x00", True),
        # One Latin-1 byte in a UTF-8 file: fixed where it is, like any other slip.
        (MINIMAL.replace("Example Town", "Café Town").encode("latin-1"), False),
    ):
        file.write_bytes(data)
        with pytest.raises(IncidentLoadError) as caught:
            read_incident(file)
        assert caught.value.unreadable is unreadable, data[:20]
