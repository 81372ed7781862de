"""Reading one file for the index: English whatever the reading thread's language."""

from pathlib import Path

import pytest

from factsheet.i18n import using_language
from factsheet.library.reading import read_summary
from factsheet.library.scan import scan_folder


@pytest.mark.usefixtures("shipped_arabic")
def test_a_file_read_in_an_arabic_window_is_summarised_in_english(
    sample_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "sample.yaml").write_bytes(sample_path.read_bytes())
    [found] = scan_folder(tmp_path).files
    with using_language("ar"):
        summary, texts = read_summary(tmp_path, found, None)
    assert summary.perpetrators[0] == "Daesh"  # the file's display name, not its name_ar
    assert summary.headlines[0].startswith("Killed — attributed to Daesh")
    assert summary.figures_in["ar"][0].endswith("قتلى، تُنسب إلى داعش (مزعوم، ضمني)")
    assert texts is not None
    publishers = {text for where, text, _ in texts if where.endswith(" publisher")}
    assert "Syrian Observatory for Human Rights" in publishers  # not المرصد… (its name_ar)
