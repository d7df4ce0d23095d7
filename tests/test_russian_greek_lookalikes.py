"""Greek letters planted in Russian words by word-spun copies ("Ростοве" with an omicron,
"Маκеенко" with a kappa) are read as the Cyrillic they look like, as Latin ones are; a Greek
word stays Greek (issue 18). Sentences written for these tests."""

from __future__ import annotations

from lib.engine.russian.pipeline import extract_page
from lib.engine.russian.text import cyrillic_lookalikes


def test_greek_look_alikes_inside_russian_words_become_cyrillic():
    assert cyrillic_lookalikes("Ростοве-на-Дону, Верхοвной, Маκеенко") == (
        "Ростове-на-Дону, Верховной, Макеенко"
    )
    assert cyrillic_lookalikes("Ελλάδα и NATO") == "Ελλάδα и NATO"  # no Cyrillic inside


def test_a_spun_copy_names_its_bodies_and_places():
    page = "Заголовок\n\nДепутаты Верхοвной рады Украины собрались в Ростοве-на-Дону."
    found = {m.entity_id for m in extract_page(page)[1].mentions}
    assert {"org:verkhovna-rada", "location:rostov-on-don"} <= found
