"""The format models' own value checks: web addresses (the rest is covered by the loader)."""

import pytest
from pydantic import ValidationError

from factsheet.model.incident import Source

ACCEPTED = [
    "https://example.org",
    "http://example.org/path/to/page?q=1&r=2#part",
    "https://www.example.org:8443/",
    "https://bücher.example/ü",  # an IDN host: the confirmation shows it as xn--bcher-kva
    "https://xn--bcher-kva.example/",
    "https://example.org/قرية/الصفحة",
    "https://web.archive.org/web/20171023000000*/https://example.org/a",
    "https://192.0.2.1/report",
    "https://[2001:db8::1]/report",
]

REFUSED = [
    # issue 12: the end of the address reads as another site
    (
        "https://example.org/\u202egro.elgoog//:sptth",
        (
            "expected a web address without invisible or direction-changing characters; found "
            "U+202E RIGHT-TO-LEFT OVERRIDE"
        ),
    ),
    ("https://ex\u200bample.org/", "found U+200B ZERO WIDTH SPACE"),
    # issue 12: Qt found it invalid, and the dialog offered to open an empty address
    (
        "http://javascript:alert(1)",
        (
            "expected a web address with a host name such as example.org and, if any, a port "
            "number after ':'; found 'javascript:alert(1)'"
        ),
    ),
    ("https://example.org:99999/", "found 'example.org:99999'"),
    ("https://localhost/page", "expected a host name such as example.org; found 'localhost'"),
    ("https://-bad-.example/", "expected a host name such as example.org; found '-bad-.example'"),
    ("https://exa_mple.org/", "found 'exa_mple.org'"),
    ("https://example.123/", "found 'example.123'"),
    ("https://999.1.1.1/", "found '999.1.1.1'"),
    ("https://[zz::1]/", "found '[zz::1]'"),
    ("https:///path-only", "found nothing"),
    (
        "https://trusted.example@other.example/",
        (
            "expected a web address without a user name before '@' (it hides the real host, "
            "other.example); found 'trusted.example@'"
        ),
    ),
]


def _source(url: str) -> Source:
    return Source.model_validate({"id": "s", "publisher": "p", "kind": "news-report", "url": url})


@pytest.mark.parametrize("url", ACCEPTED)
def test_web_addresses_with_a_valid_host_are_kept_as_written(url: str) -> None:
    assert _source(url).url == url


@pytest.mark.parametrize(("url", "fragment"), REFUSED, ids=[u for u, _ in REFUSED])
def test_other_addresses_are_refused_saying_why(url: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _source(url)
    (error,) = caught.value.errors()
    assert error["loc"] == ("url",)
    assert fragment in str(error["ctx"]["error"])


def test_every_item_with_a_note_takes_a_note_for_the_recorder() -> None:
    from pydantic import BaseModel

    from factsheet.model import incident as models

    with_notes = [
        cls
        for cls in vars(models).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel) and "note" in cls.model_fields
    ]
    assert len(with_notes) == 9
    for cls in with_notes:
        field = cls.model_fields["recorder_note"]
        assert field.default is None, cls.__name__
        assert "never printed" in (field.description or ""), cls.__name__
