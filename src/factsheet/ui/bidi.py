"""Right-to-left runs (Arabic names) kept intact inside left-to-right text."""

_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(text: str) -> str:
    """Wrap ``text`` so its own direction applies inside it and not to what follows.

    Without isolates an Arabic name followed by "(state)" pulls the brackets and the
    punctuation into its right-to-left run and the line reads scrambled.
    """
    return f"{_FIRST_STRONG_ISOLATE}{text}{_POP_DIRECTIONAL_ISOLATE}"


def has_right_to_left(text: str) -> bool:
    """True when ``text`` contains Arabic or Hebrew letters."""
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in text)


def in_line(text: str) -> str:
    """``text`` isolated when it has right-to-left letters, as it is otherwise."""
    return isolate(text) if has_right_to_left(text) else text
