"""English counts in one place: '1 event', '1,234 events', '3 of 17 actors'."""

# Every count a view shows goes through these, so that the one rule of English plurals
# (and, later, a language with more plural forms) is written once.


def noun(count: int, singular: str, plural: str | None = None) -> str:
    """``singular`` for one, else ``plural`` (by default ``singular`` + 's')."""
    return singular if count == 1 else (plural or f"{singular}s")


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """'1 event', '1,234 events': the count with thousands separators and its noun."""
    return f"{count:,} {noun(count, singular, plural)}"


def shown_of(shown: int, total: int, singular: str, plural: str | None = None) -> str:
    """'3 of 17 actors' while a filter hides some; '17 actors' when every one is shown."""
    if shown == total:
        return counted(total, singular, plural)
    return f"{shown:,} of {total:,} {noun(total, singular, plural)}"
