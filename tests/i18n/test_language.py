"""The current language: per context, restored after a block, handed to worker threads."""

import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from factsheet.i18n import (
    LANGUAGES,
    NATIVE_NAMES,
    current_digits,
    current_language,
    in_current_context,
    is_right_to_left,
    parse_language,
    set_language,
    using_language,
)


def test_english_and_western_digits_until_told_otherwise() -> None:
    assert current_language() == "en"
    assert current_digits() == "western"
    assert LANGUAGES == ("en", "ar")
    assert set(NATIVE_NAMES) == set(LANGUAGES)


def test_a_block_in_another_language_restores_the_previous_one() -> None:
    with using_language("ar", digits="arabic-indic"):
        assert (current_language(), current_digits()) == ("ar", "arabic-indic")
        with using_language("en"):
            assert (current_language(), current_digits()) == ("en", "arabic-indic")
        assert current_language() == "ar"
    assert (current_language(), current_digits()) == ("en", "western")


def test_a_block_that_raises_restores_the_language_too() -> None:
    with pytest.raises(RuntimeError), using_language("ar"):
        raise RuntimeError
    assert current_language() == "en"


def test_a_new_thread_starts_in_english_unless_handed_the_context() -> None:
    seen: dict[str, str] = {}

    def record(name: str) -> None:
        seen[name] = current_language()

    with using_language("ar"):
        plain = threading.Thread(target=record, args=("plain",))
        carried = threading.Thread(target=in_current_context(record), args=("carried",))
        plain.start()
        carried.start()
        plain.join()
        carried.join()
    assert seen == {"plain": "en", "carried": "ar"}


def test_a_carried_function_may_run_on_several_threads_at_once() -> None:
    barrier = threading.Barrier(4)

    def language_after_all_started() -> str:
        barrier.wait(timeout=10)  # all four are inside the captured context at once
        return current_language()

    with using_language("ar"):
        task = in_current_context(language_after_all_started)
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda _: task(), range(4))) == ["ar"] * 4


def test_set_language_changes_this_context_from_now_on() -> None:
    def in_a_fresh_context() -> tuple[str, str]:
        set_language("ar", "arabic-indic")
        return current_language(), current_digits()

    # Run in a copy, as the app's start-up would set it, so other tests keep English.
    assert contextvars.copy_context().run(in_a_fresh_context) == ("ar", "arabic-indic")
    assert current_language() == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [("ar", "ar"), ("AR", "ar"), ("ar_SY", "ar"), ("ar-SY", "ar"), (" en ", "en"), ("en_GB", "en")],
)
def test_language_codes_as_systems_and_users_write_them(text: str, language: str) -> None:
    assert parse_language(text) == language


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"expected a language, en or ar; found 'fr'"):
        parse_language("fr")


def test_arabic_runs_right_to_left() -> None:
    assert is_right_to_left("ar")
    assert not is_right_to_left("en")
