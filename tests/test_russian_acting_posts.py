"""A Ukrainian acting minister ("и.о.", "врио" before the post) is written in Ukraine's
transliteration, with a surname's "-ица" as their "-иця" (issue 18). Sentences written for
these tests in the style of Russian agencies."""

from datetime import date

from lib.engine.russian.pipeline import extract
from lib.engine.russian.translit import ukrainian_name


def people(text):
    found = extract(text, published=date(2014, 4, 2)).mentions
    return {m.entity_id for m in found if m.type == "person"}


def test_the_ukrainian_suffix_ica_is_soft():
    assert ukrainian_name("Игорь Синица") == "Ihor Synytsia"
    assert ukrainian_name("Игорь Воронченко") == "Ihor Voronchenko"


def test_an_acting_head_of_the_ukrainian_ministry_after_a_comma_is_ukrainian():
    text = "Генсек НАТО встретился с Андреем Дещицей, и.о. главы украинского МИД."
    assert people(text) == {"person:anders-fogh-rasmussen", "person:andrii-deshchytsia"}


def test_a_russian_diplomat_with_the_same_suffix_stays_russian():
    text = "Сергей Синица, пресс-секретарь российского посольства, сказал, что визит отменен."
    assert people(text) == {"person:sergei-sinitsa"}
