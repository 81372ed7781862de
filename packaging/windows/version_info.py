"""The Windows version resource of factsheet.exe, built from the package version."""

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)


def version_info(version: str, original_name: str) -> VSVersionInfo:
    """Explorer's Details tab: product, version and file description of one executable."""
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    quad = (*numbers, *(0,) * (4 - len(numbers)))
    strings = [
        StringStruct("CompanyName", "Factsheet engineers"),
        StringStruct("FileDescription", "Factsheet — incident viewer and fact-sheet printer"),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", original_name.removesuffix(".exe")),
        StringStruct("LegalCopyright", "MIT licence"),
        StringStruct("OriginalFilename", original_name),
        StringStruct("ProductName", "Factsheet"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=quad, prodvers=quad),
        kids=[
            # 0409 = US English, 04B0 = Unicode (1200).
            StringFileInfo([StringTable("040904B0", strings)]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
