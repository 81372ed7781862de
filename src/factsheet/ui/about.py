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
from factsheet.i18n import QT_TRANSLATE_NOOP, Context, join_list, translate
from factsheet.resources import resource
from factsheet.views.bidi import directed, in_line, right_to_left_now, start_side

About = Context("About")

_LEFT_TO_RIGHT_ISOLATE, _POP_ISOLATE = "\u2066", "\u2069"  # LRI…PDI: a path, left to right
# (whatever it starts with: a first-strong isolate would let a leading '/', which has no
# direction of its own, stand at the Arabic line's end of it)

# Licences are facts about each project, written here rather than read from package
# metadata, which a frozen app does not carry.
BUNDLED: tuple[tuple[str, str, str], ...] = (
    ("Qt", qVersion(), QT_TRANSLATE_NOOP("About", "LGPL-3.0 (via Qt for Python)")),
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
    ).format(ts_file=f"{_LEFT_TO_RIGHT_ISOLATE}{ts_file}{_POP_ISOLATE}")


def _table_row(cells: list[str], tag: str = "td") -> str:
    """A table row of escaped ``cells``, the first where lines start: Qt lays a table's
    columns out left to right whatever the text's direction (as views/bidi.py label_row
    says), so in Arabic the cells are written in the order they are seen."""
    ordered = reversed(cells) if right_to_left_now() else cells
    side = start_side()
    return "<tr>" + "".join(f"<{tag} align='{side}'>{cell}</{tag}>" for cell in ordered) + "</tr>"


def about_html() -> str:
    """The About text; every line is ours, versions included, so it is escaped anyway."""
    # Names, versions and licences are written as their projects write them, left to right.
    rows = "".join(
        _table_row(
            [
                escape(in_line(name)),
                escape(in_line(version)),
                escape(in_line(translate("About", lic))),
            ]
        )
        for name, version, lic in BUNDLED
    )
    fonts = bundled_fonts()
    if fonts:
        fonts_words = About.tr("Fonts: {fonts}").format(fonts=join_list(in_line(f) for f in fonts))
        rows += _table_row([escape(fonts_words), "", escape(in_line("SIL Open Font License 1.1"))])
    reads = About.tr(
        "Reads incident files of format version {version}. "
        "Works offline: it never connects to the internet."
    ).format(version=FORMAT_VERSION)
    running = About.tr(
        "The fonts' licence, OFL.txt, ships beside them. Running on {system}, Python {python}."
    ).format(system=in_line(platform.system()), python=in_line(sys.version.split()[0]))
    title = About.tr("Factsheet {version}").format(version=in_line(__version__))
    licence = About.tr("Factsheet is free software under the MIT licence. It bundles:")
    columns = (About.tr("Component"), About.tr("Version"), About.tr("Licence"))
    heads = _table_row([escape(column) for column in columns], "th")
    return directed(
        f"<h2>{escape(title)}</h2>"
        f"<p>{escape(reads)}</p>"
        f"<p>{escape(licence)}</p>"
        f"<table cellpadding='2'>{heads}{rows}</table>"
        f"<p>{escape(translation_note())}</p>"
        f"<p><small>{escape(running)}</small></p>"
    )


class AboutDialog(QDialog):
    """A small window with the About text and a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(About.tr("About Factsheet"))
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
