"""The PDF path stays QtGui-only: the command line's export never loads QtWidgets."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import factsheet.rendering

#: QtPrintSupport loads QtWidgets as it is imported, so it is kept out of rendering/ too.
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")

_EXPORT = """
import json, sys
from factsheet.cli import main
code = main({argv!r})
sys.stdout.flush()
print("\\nLOADED=" + json.dumps(sorted(m for m in sys.modules if m in {modules!r})))
sys.exit(code)
"""


def test_exporting_a_pdf_from_the_command_line_loads_no_widgets(
    sample_path: Path, tmp_path: Path
) -> None:
    output = tmp_path / "x.pdf"
    argv = ["export", str(sample_path), "-o", str(output)]
    result = subprocess.run(
        [sys.executable, "-c", _EXPORT.format(argv=argv, modules=WIDGET_MODULES)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    assert json.loads(result.stdout.rsplit("LOADED=", 1)[1]) == []


def _imported_modules(source: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules |= {f"{node.module}.{alias.name}" for alias in node.names}
    return modules


def test_no_rendering_module_imports_widgets_or_the_ui() -> None:
    package = Path(factsheet.rendering.__file__).parent
    sources = sorted(package.glob("*.py"))
    assert len(sources) > 5  # the package was found, not an empty folder
    offending = {
        f"{source.name}: {module}"
        for source in sources
        for module in _imported_modules(source)
        if module.startswith(WIDGET_MODULES) or module.startswith("factsheet.ui")
    }
    assert offending == set()
