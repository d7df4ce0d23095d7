"""The field's outlets the gazetteer lacked (issue 18, pooled round): Ukraine's "Европейская
правда", cited by Russian-language pages in four sets. A sentence written for this test."""

from tests.russian_ids import ids


def test_european_pravda_cited_in_its_russian_and_ukrainian_names():
    assert ids("Об этом сообщает корреспондент «Европейской правды».", "org:") == {
        "org:european-pravda"
    }
    assert ids("Об этом пишет «Європейська правда».", "org:") == {"org:european-pravda"}
