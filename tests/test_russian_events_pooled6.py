"""Knowledge-base events told in other words, Russian, round six (issues 15 and 18;
data/events/kb_ru.csv), as the English rows tell them: the Crimean referendum told by its vote
and its voters, "итоги голосования в Крыму", "крымчане проголосовали", "референдум крымчан",
not a vote of Crimea's parliament nor the Crimeans' vote in Russia's presidential election of
2018. Sentences written for these tests in the style of Russian agencies, asserting exact ids."""

from datetime import date

from tests.russian_ids import events

REFERENDUM = "event:crimea-referendum-2014"


def test_the_referendum_by_its_vote():
    text = "Итоги голосования в Крыму признали лишь несколько государств."
    assert events(text, date(2014, 3, 20)) == {REFERENDUM}


def test_the_referendum_by_its_voters():
    text = "Крымчане проголосовали за вхождение в состав России."
    assert events(text, date(2014, 3, 17)) == {REFERENDUM}
    assert events("Запад не признал референдум крымчан.", date(2014, 4, 10)) == {REFERENDUM}


def test_a_vote_of_crimeas_parliament_is_not_the_referendum():
    text = "Парламент Крыма проголосовал за вхождение республики в состав России."
    assert events(text, date(2014, 3, 6)) == set()


def test_crimeans_in_the_presidential_election_are_not_the_referendum():
    text = "Крымчане проголосовали на выборах президента России."
    assert events(text, date(2018, 3, 19)) == {"event:russian-presidential-election-2018"}
