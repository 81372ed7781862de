"""The language and digits the program's words are written in now: per thread, per task."""

# Held in context variables rather than globals, so that one thread can build the printed
# sheet in Arabic while the window stays English, and a test can switch language for one
# block without leaking it. Context variables do not flow into new threads: a worker
# started from the GUI thread sees the defaults unless it is handed the caller's context
# (in_current_context below), which is what ui/document_loader.py does.

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal, ParamSpec, TypeVar, get_args

Language = Literal["en", "ar"]
#: The languages of the interface and the sheet; the first is the one the code is written in.
LANGUAGES: tuple[Language, ...] = get_args(Language)
SOURCE_LANGUAGE: Language = "en"
#: What each language calls itself, for the language menu.
NATIVE_NAMES: dict[Language, str] = {"en": "English", "ar": "العربية"}

Digits = Literal["western", "arabic-indic"]
#: Western digits unless the user asks: Syrian and Arabic press print "128", not "١٢٨"
#: (docs/translation.md). English always uses Western digits.
DEFAULT_DIGITS: Digits = "western"

_language: contextvars.ContextVar[Language] = contextvars.ContextVar(
    "factsheet_language", default=SOURCE_LANGUAGE
)
_digits: contextvars.ContextVar[Digits] = contextvars.ContextVar(
    "factsheet_digits", default=DEFAULT_DIGITS
)

Params = ParamSpec("Params")
Result = TypeVar("Result")


def parse_language(text: str) -> Language:
    """ "ar", "AR", "ar_SY" or "ar-SY" → "ar"; ValueError naming the choices otherwise."""
    code = text.strip().lower().replace("-", "_").split("_", 1)[0]
    for language in LANGUAGES:
        if code == language:
            return language
    raise ValueError(f"expected a language, {' or '.join(LANGUAGES)}; found {text!r}")


def current_language() -> Language:
    """The language translate() and the date words use here and now."""
    return _language.get()


def current_digits() -> Digits:
    """The digits chosen for Arabic text (English text always has Western digits)."""
    return _digits.get()


def set_language(language: Language, digits: Digits | None = None) -> None:
    """Make ``language`` current in this context from now on: the app's interface language.

    Call it on the GUI thread before building windows; for one piece of work in another
    language use ``using_language`` instead.
    """
    _language.set(language)
    if digits is not None:
        _digits.set(digits)


@contextmanager
def using_language(language: Language, digits: Digits | None = None) -> Iterator[None]:
    """Within the block, ``language`` (and ``digits``, if given) is current; then as before."""
    language_token = _language.set(language)
    digits_token = _digits.set(digits) if digits is not None else None
    try:
        yield
    finally:
        if digits_token is not None:
            _digits.reset(digits_token)
        _language.reset(language_token)


def in_current_context(function: Callable[Params, Result]) -> Callable[Params, Result]:
    """``function`` carrying the caller's language (and every other context variable).

    Wrap work before handing it to another thread: ``pool.start(in_current_context(task))``.
    Each call runs in a fresh copy of the context captured now, so the wrapper may be
    called from several threads at once.
    """
    captured = contextvars.copy_context()

    def run(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        return captured.copy().run(function, *args, **kwargs)

    return run


def is_right_to_left(language: Language) -> bool:
    """Whether text and layout in ``language`` run from right to left."""
    return language == "ar"
