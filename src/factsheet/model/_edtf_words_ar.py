"""Arabic words for parsed EDTF dates: Syrian month names, Arabic qualifiers of doubt."""

# Month names as printed in Syria, Lebanon, Jordan and Iraq (CLDR ar_SY; Egypt and the
# Gulf say يناير، فبراير… instead). Modern Standard Arabic as Syrian monitors write dates:
# "21 تشرين الأول 2017", "أواخر أيلول 2017", "بين 20 و29 تشرين الأول 2017". Digits stay
# Western here; dates.py writes them in the chosen digits. Written by the project's
# engineers, not yet reviewed by a native-speaking translator (docs/translation.md).

from factsheet.model._edtf_words import Phrases

MONTHS_AR = (
    "",
    *("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران"),
    *("تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"),
)

ARABIC = Phrases(
    months=MONTHS_AR,
    seasons={21: "ربيع", 22: "صيف", 23: "خريف", 24: "شتاء"},
    qualified={"": "{}", "~": "نحو {}", "?": "ربما {}", "%": "ربما نحو {}"},
    # "نحو بين…" is not Arabic: an approximate span takes تقريباً after it.
    qualified_between={"~": "{} تقريباً", "%": "ربما {} تقريباً"},
    between="بين {} و{} {}",
    bce="{} ق.م",
    long_year="العام {}",
    year_unknown="العام غير معروف",
    # "the 2010s" has no short Arabic form that is not colloquial: the span says it exactly.
    decade="{}–{}",
    month_unknown="{} (الشهر غير معروف)",
    month_and_day_unknown="{} (الشهر واليوم غير معروفين)",
    day_unknown="{} (اليوم غير معروف)",
    local_time="{}، الساعة {}",
    utc_time="{}، الساعة {} UTC{}",
    by="بحلول {}",
    until="حتى {} (البداية غير معروفة)",
    onwards="ابتداءً من {}",
    end_unknown="من {} (النهاية غير معروفة)",
    early="أوائل {}",
    mid="منتصف {}",
    late="أواخر {}",
)
