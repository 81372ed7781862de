"""Counts: the noun agrees, thousands are grouped, a filtered count names the total."""

import pytest

from factsheet.i18n import using_language
from factsheet.views.plural import counted, shown_of


def test_counts_agree_with_their_noun() -> None:
    assert counted(0, "event") == "0 events"
    assert counted(1, "event") == "1 event"
    assert counted(20_000, "event") == "20,000 events"
    assert counted(2, "independent source") == "2 independent sources"
    assert counted(1, "error") == "1 error"


def test_a_filtered_count_says_how_many_of_how_many() -> None:
    assert shown_of(8, 8, "source") == "8 sources"
    assert shown_of(1, 8, "source") == "1 of 8 sources"
    assert shown_of(0, 1, "claim") == "0 of 1 claim"
    assert shown_of(1_234, 20_000, "event") == "1,234 of 20,000 events"


@pytest.mark.usefixtures("shipped_arabic")
def test_arabic_counts_take_arabics_six_forms() -> None:
    with using_language("ar"):
        assert counted(0, "claim") == "لا ادعاءات"
        assert counted(1, "claim") == "ادعاء واحد"
        assert counted(2, "claim") == "ادعاءان"
        assert counted(3, "claim") == "3 ادعاءات"
        assert counted(11, "claim") == "11 ادعاءً"
        assert counted(100, "claim") == "100 ادعاء"
        # The noun agrees with the total: "3 of 17 actors" is "3 من أصل 17 طرفاً".
        assert shown_of(3, 17, "actor") == "3 من أصل 17 طرفاً"
        assert shown_of(1, 2, "source") == "1 من أصل مصدرين"
    with using_language("ar", "arabic-indic"):
        assert shown_of(1_234, 20_000, "event") == "١٬٢٣٤ من أصل ٢٠٬٠٠٠ حدث"
