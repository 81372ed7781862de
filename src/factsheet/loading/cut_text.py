"""Free text that a ` #` cut short: YAML reads the rest of the line as a comment."""

# `text: Report #3 from the market` is read as "Report": the parser drops the comment before
# anything else sees it, so only the line itself can tell. A comment after a code or a date
# is common and meant (the template has them); after free text it is almost always a
# number sign the recorder meant to keep, so those lines get a warning, not an error.

import re

from factsheet.loading.problems import Problem

#: Keys whose values are prose (docs/format.md): a ` #` in them is more likely text than a
#: comment. Codes, ids and dates are left out: a comment after them is the template's way.
FREE_TEXT_KEYS = frozenset(
    {
        "title",
        "title_ar",
        "summary",
        "text",
        "note",
        "recorder_note",
        "quote",
        "description",
        "name",
        "name_ar",
        "victim_detail",
        "claimed_on_wording",
        "date_wording",
        "period_wording",
    }
)

# A key, ': ', a plain value (no quote, block or flow opener), then ' #' and more.
_CUT = re.compile(
    r"^(?P<indent>[ ]*(?:-[ ]+)?)(?P<key>[a-z_]+):[ ]+"
    r"(?P<value>[^\s'\"|>\[{&*!#][^\n]*?)[ \t]+#(?P<rest>[^\n]*)$"
)
#: Lines looked at for one: a huge file of such lines gets this many warnings at most.
MAX_WARNINGS = 20


def cut_text_warnings(text: str, name: str) -> list[Problem]:
    """A warning at each ` #` that ends a free-text value on its own line."""
    if " #" not in text and "\t#" not in text:
        return []
    found: list[Problem] = []
    for number, line in enumerate(text.split("\n"), 1):
        if "#" not in line:
            continue
        match = _CUT.match(line.rstrip("\r"))
        if match is None or match["key"] not in FREE_TEXT_KEYS:
            continue
        rest = match["rest"].strip()
        found.append(
            Problem(
                "warning",
                name,
                number,
                match.start("rest"),
                match["key"],
                f"expected the whole line as the {match['key']}; found ' #', which starts a "
                f"YAML comment, so '#{_shown(rest)}' is not part of it and only "
                f"'{_shown(match['value'].strip())}' is read — put the text in quotes, or "
                "the comment on a line of its own",
            )
        )
        if len(found) == MAX_WARNINGS:
            break
    return found


def _shown(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
