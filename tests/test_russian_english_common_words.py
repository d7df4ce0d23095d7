"""A common word of an English sentence inside a Russian page, capitalised because it opens that
sentence ("Briefed @NATO allies …", "Pres. Trump: …", a language switch "English"), is no body;
a Latin name in a Russian sentence stays (issue 18, round orgs4: such words were read as bodies
in heldout17, heldout19 and heldout20). lib.engine.russian.english_common_words. Sentences
written for these tests in the outlets' style."""

import pytest

from lib.engine.russian.english_common_words import english_common_words
from lib.engine.russian.gazetteer import load_gazetteer
from lib.engine.russian.link import Mention
from tests.russian_ids import ids


def _body(text: str, surface: str) -> Mention:
    """The mention of a body the gazetteer does not hold, as the model makes it."""
    start = text.index(surface)
    entity_id = "org:" + surface.lower()
    return Mention(start, start + len(surface), surface, 0, "body", entity_id, "org", "name",
                   surface, "ORG", surface)  # fmt: skip


def _kept(text: str, surface: str) -> bool:
    return bool(english_common_words([_body(text, surface)], text, load_gazetteer()))


def test_an_embedded_posts_opening_verb_is_no_body():
    text = "Посол написала:\n\nBriefed @NATO allies on the talks with Russians."
    assert ids(text, "org:") == {"org:nato"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Президент поблагодарил союзников.\n\nPres. Trump: «We will bring our troops home»",
            "Pres",
        ),
        ("Что ждет задержанных моряков. English\n\n6 декабря 2018", "English"),
        ("Посол написала:\n\nBriefed @NATO allies on the talks with Russians.", "Briefed"),
    ],
)
def test_a_common_english_word_opening_an_english_line_is_dropped(text, surface):
    assert not _kept(text, surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # followed by Russian words: a name in a Russian sentence
        ("Insight пишет, что переговоры сорвались.", "Insight"),
        # inside the sentence, after a verb of saying
        ("Как пишет Insight, переговоры сорвались.", "Insight"),
        # written with its capital inside a sentence elsewhere on the page
        ("Insight\n\nПереговоры сорвались, сообщает Insight.", "Insight"),
        # a rare word of English: a name, wherever it stands
        ("Переговоры сорвались.\n\nBellingcat found the crew's names.", "Bellingcat"),
    ],
)
def test_a_latin_name_in_a_russian_sentence_stays(text, surface):
    assert _kept(text, surface)
