"""Translation without Qt: the current language, pluggable catalogs, digits (see docs)."""

from factsheet.i18n.catalogs import (
    QT_TRANSLATE_NOOP,
    Catalog,
    Context,
    install_catalog,
    installed_catalog,
    join_list,
    translate,
)
from factsheet.i18n.language import (
    DEFAULT_DIGITS,
    LANGUAGES,
    NATIVE_NAMES,
    SOURCE_LANGUAGE,
    Digits,
    Language,
    current_digits,
    current_language,
    in_current_context,
    is_right_to_left,
    parse_language,
    set_language,
    using_language,
)
from factsheet.i18n.numbers import format_number, localize_digits

__all__ = [
    "DEFAULT_DIGITS",
    "LANGUAGES",
    "NATIVE_NAMES",
    "QT_TRANSLATE_NOOP",
    "SOURCE_LANGUAGE",
    "Catalog",
    "Context",
    "Digits",
    "Language",
    "current_digits",
    "current_language",
    "format_number",
    "in_current_context",
    "install_catalog",
    "installed_catalog",
    "is_right_to_left",
    "join_list",
    "localize_digits",
    "parse_language",
    "set_language",
    "translate",
    "using_language",
]
