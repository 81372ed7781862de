"""Our compiled catalogs plugged into factsheet.i18n without Qt, and what a broken one does."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from factsheet import shipped_catalogs
from factsheet.i18n import install_catalog, installed_catalog, translate, using_language
from factsheet.i18n.qm_catalog import QmCatalog


@pytest.fixture
def no_arabic() -> Iterator[None]:
    before = installed_catalog("ar")
    install_catalog("ar", None)
    yield
    install_catalog("ar", before)


@pytest.mark.usefixtures("no_arabic")
def test_the_shipped_arabic_catalog_is_installed_once() -> None:
    assert shipped_catalogs.install_catalogs() == ["ar"]
    first = installed_catalog("ar")
    assert isinstance(first, QmCatalog)
    assert shipped_catalogs.install_catalogs() == ["ar"]
    assert installed_catalog("ar") is first
    with using_language("ar"):
        assert translate("Qualifier", "at least") == "على الأقل"


@pytest.mark.usefixtures("no_arabic")
@pytest.mark.parametrize("content", [None, b"", b"not a catalog at all"])
def test_a_missing_or_broken_catalog_leaves_english(
    content: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "factsheet_ar.qm"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr(shipped_catalogs, "catalog_path", lambda _language: path)
    assert shipped_catalogs.install_catalogs() == []
    with using_language("ar"):
        assert translate("Qualifier", "at least") == "at least"
