"""What a file that is not YAML text is, from its first bytes: 'a PDF document', 'a PNG image'."""

# People open the wrong file: the PDF of the sheet, a photo, the Word draft of the record,
# a zip from a colleague. Naming what it is says what happened more plainly than "found the
# byte 0x89". Only signatures no YAML text can start with are listed; anything else with
# a NUL byte is reported by the loader as binary, without a name.

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Office document (.doc, .xls or .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)
# Office and OpenDocument files are ZIP archives; the name of a member says which one.
# Their names are stored uncompressed, so they can be found in the bytes without unzipping.
_ZIP_MEMBERS: tuple[tuple[bytes, str], ...] = (
    (b"word/document.xml", "a Word document (.docx)"),
    (b"xl/workbook.xml", "an Excel workbook (.xlsx)"),
    (b"ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"),
)


def binary_kind(data: bytes) -> str | None:
    """'a PDF document' when ``data`` starts like a known non-text format; else None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            if signature.startswith(b"PK"):
                return next((k for member, k in _ZIP_MEMBERS if member in data), kind)
            return kind
    return None
