"""An import-linter contract type for Qt: which of PySide6's modules a package may import.

import-linter sees an external package as one node ("PySide6"), so its own forbidden
contract can keep Qt out of a package but cannot let rendering/ use QtGui while keeping
QtWidgets and QtPrintSupport out. This contract reads the import lines instead.
"""

import re

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class QtModulesContract(Contract):
    """source_modules (and everything in them) import none of forbidden_qt_modules."""

    type_name = "qt_modules"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_qt_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        """Every direct import of PySide6 in the source packages, by its line."""
        names = "|".join(re.escape(str(name)) for name in self.forbidden_qt_modules)
        forbidden = re.compile(rf"\b(?:{names})\b")
        broken = []
        for source in self.source_modules:
            package = source.name
            for module in sorted({package} | graph.find_descendants(package)):
                for detail in graph.get_import_details(importer=module, imported="PySide6"):
                    if forbidden.search(detail["line_contents"]):
                        broken.append(
                            f"{module}:{detail['line_number']}: {detail['line_contents']}"
                        )
        return ContractCheck(kept=not broken, metadata={"imports": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        """One line per offending import."""
        for line in check.metadata["imports"]:
            output.print_error(line, bold=False)
        output.new_line()
