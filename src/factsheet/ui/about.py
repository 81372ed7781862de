"""Help ▸ About: the version, the format version and the licences of what is bundled."""

import platform
import re
import sys
from html import escape
from pathlib import Path

import pydantic
import pydantic_core
import PySide6
import yaml
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from factsheet import FORMAT_VERSION, __version__
from factsheet.i18n import Context
from factsheet.resources import resource

About = Context("About")

# Licences are facts about each project, written here rather than read from package
# metadata, which a frozen app does not carry.
BUNDLED: tuple[tuple[str, str, str], ...] = (
    ("Qt", qVersion(), "LGPL-3.0 (via Qt for Python)"),
    ("Qt for Python (PySide6, Shiboken6)", PySide6.__version__, "LGPL-3.0"),
    ("pydantic", pydantic.VERSION, "MIT"),
    ("pydantic-core", pydantic_core.__version__, "MIT"),
    ("PyYAML", yaml.__version__, "MIT"),
    ("annotated-types, typing-inspection", "", "MIT"),
    ("typing-extensions", "", "PSF-2.0"),
    ("Python", platform.python_version(), "PSF-2.0"),
)


def bundled_fonts(folder: Path | None = None) -> list[str]:
    """Families of the fonts shipped in resources/fonts (all under the SIL OFL 1.1)."""
    try:
        folder = folder or resource("fonts")
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    families = {
        # "NotoNaskhArabic-Bold" → "Noto Naskh Arabic"
        re.sub(r"(?<=[a-z])(?=[A-Z])", " ", p.stem.split("-")[0])
        for p in folder.iterdir()
        if p.suffix.lower() in (".ttf", ".otf")
    }
    return sorted(families)


def translation_note() -> str:
    """Who wrote the Arabic, and where a reader can correct it (plain text)."""
    try:
        ts_file = str(resource("translations", "factsheet_ar.ts"))
    except FileNotFoundError:
        ts_file = "resources/translations/factsheet_ar.ts"
    return About.tr(
        "The Arabic text was written by the project's engineers and has not yet been "
        "reviewed by a native-speaking translator. Corrections are welcome: edit {ts_file} "
        "with Qt Linguist (or any text editor) and send it to the Factsheet project."
    ).format(ts_file=ts_file)


def about_html() -> str:
    """The About text; every line is ours, versions included, so it is escaped anyway."""
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(version)}</td><td>{escape(lic)}</td></tr>"
        for name, version, lic in BUNDLED
    )
    fonts = bundled_fonts()
    if fonts:
        rows += (
            f"<tr><td>Fonts: {escape(', '.join(fonts))}</td><td></td>"
            "<td>SIL Open Font License 1.1</td></tr>"
        )
    return (
        f"<h2>Factsheet {escape(__version__)}</h2>"
        f"<p>Reads incident files of format version {FORMAT_VERSION}. "
        "Works offline: it never connects to the internet.</p>"
        "<p>Factsheet is free software under the MIT licence. It bundles:</p>"
        f"<table cellpadding='2'><tr><th align='left'>Component</th>"
        f"<th align='left'>Version</th><th align='left'>Licence</th></tr>{rows}</table>"
        f"<p>{escape(translation_note())}</p>"
        "<p><small>The fonts' licence, OFL.txt, ships beside them. "
        f"Running on {escape(platform.system())}, "
        f"Python {escape(sys.version.split()[0])}.</small></p>"
    )


class AboutDialog(QDialog):
    """A small window with the About text and a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Factsheet")
        self.text = QLabel(about_html(), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A word-wrapped label under-reports its height at the default width; give it room.
        self.text.setMinimumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())
