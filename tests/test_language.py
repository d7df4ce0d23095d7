"""Each article's language (lib.engine.language): lingua on a sample of prose, and the
shortcut for plainly English text."""

from __future__ import annotations

from lib.engine.language import detect_language, language_name, plainly_english, prose_sample

ENGLISH = (
    "NATO Secretary General Jens Stoltenberg said on Friday that the alliance was ready for "
    "dialogue with Russia, and that it would not be drawn into a new arms race."
)
FRENCH = (
    "Le secrétaire général de l'OTAN, Jens Stoltenberg, a déclaré vendredi que l'Alliance "
    "était prête au dialogue avec la Russie et ne serait pas entraînée dans une course aux armements."
)


def test_plainly_english_only_for_english_prose():
    assert plainly_english(ENGLISH)
    assert not plainly_english(FRENCH)
    assert not plainly_english("NATO said")  # too short to tell without lingua


def test_chrome_lines_do_not_vote():
    page = "Listen Live\nПодписаться\n19:26 GMT +3\n" + FRENCH
    assert prose_sample(page).startswith("Le secrétaire")
    assert detect_language(page) == "fr"


def test_names_of_codes():
    assert (language_name("ru"), language_name("uk"), language_name(None)) == (
        "Russian",
        "Ukrainian",
        "unknown",
    )
