"""A treaty left in the future tense is the withdrawal announced, not the withdrawal taking
effect (lib.engine.russian.event_prospects; pooled from heldout17 and heldout18, and the English
sets' prospects read as done). Sentences written for these tests in the style of Russian
agencies, asserting exact ids."""

from datetime import date

from tests.russian_ids import events

INF_END = "event:inf-treaty-end-2019"
INF_TRUMP = "event:trump-inf-withdrawal-announcement-2018"
SKIES_SAID = "event:open-skies-withdrawal-announced-2020"
SKIES_DONE = "event:open-skies-withdrawal-effective-2020"


def test_a_treaty_left_in_the_future_is_not_its_end():
    # undated, and on the day the intention is told
    text = "Американский лидер пообещал, что Вашингтон выйдет из Договора о ликвидации ракет."
    assert INF_END not in events(text)
    text = "Вашингтон выйдет из Договора по открытому небу, сообщили в Белом доме."
    assert SKIES_DONE not in events(text, date(2020, 5, 21))


def test_the_saying_in_the_past_is_the_announcement():
    text = "Президент Дональд Трамп заявил, что Вашингтон выйдет из Договора о ликвидации ракет."
    assert events(text) == {INF_TRUMP}
    text = "Дональд Трамп заявил, что Вашингтон выйдет из Договора по открытому небу."
    assert events(text, date(2020, 5, 21)) == {SKIES_SAID}


def test_the_withdrawal_taken_or_fixed_by_a_term_is_the_event():
    # told as done after it took effect, or with the term that fixes it
    text = "США вышли из Договора по открытому небу, сообщил Госдепартамент."
    assert events(text, date(2020, 11, 23)) == {SKIES_DONE}
    text = "США выйдут из Договора по открытому небу через шесть месяцев, сообщил Помпео."
    assert SKIES_DONE in events(text, date(2020, 5, 21))


ELECTION = "event:us-presidential-election-2016"


def test_the_2016_election_told_by_the_interference_or_its_winner():
    # as the English row's forms: Russia's meddling in the American vote, Trump's victory
    # (heldout11, heldout15; heldout17's "итогов голосования" is left)
    text = "Обама пообещал передать конгрессу доклад о вмешательстве России в выборы в США."
    assert events(text) == {ELECTION}
    text = "Хакеры пытались повлиять на американские выборы, заявили в ЦРУ."
    assert events(text) == {ELECTION}
    text = "Разведка считает, что Москва помогала Трампу, который победил на выборах 8 ноября."
    assert events(text, date(2016, 12, 30)) == {ELECTION}


def test_other_elections_and_plain_mentions_are_not_2016():
    # an election to come, and another year's race
    text = "Трамп прокомментировал возможность встречи с Путиным до президентских выборов."
    assert events(text, date(2018, 7, 16)) == set()
    text = "Трамп не признал, что Байден победил на выборах, и обвинил демократов во вмешательстве."
    assert events(text) == set()


SU24 = "event:su24-downing-2015"


def test_the_downing_told_by_the_aircraft_type_and_the_two_states():
    # as the English row's '@shoot-down + @aircraft + Turkey + Russia' (heldout18)
    text = "Турция сбила истребитель России у границы с Сирией."
    assert events(text) == {SU24}
    text = "Турецкие F-16 сбили российский самолет над Латакией."
    assert events(text) == {SU24}
    # a purpose, not an act; a Syrian jet is no Russian one
    text = "Российские С-400 в Турции предназначены для уничтожения самолетов и ракет."
    assert SU24 not in events(text)
    text = "Турция сбила сирийский истребитель у границы."
    assert events(text) == set()


MONTENEGRO = "event:montenegro-nato-accession-2017"


def test_after_a_step_to_come_is_a_condition():
    # "после того как" + a verb in the future: the accession waits on the ratifications (heldout9)
    text = "После того как все страны альянса ратифицируют протокол, Черногория станет 29-м членом НАТО."
    assert MONTENEGRO not in events(text)
    # told as done, it is the accession
    text = "Черногория стала 29-м членом НАТО, после того как все страны ратифицировали протокол."
    assert events(text, date(2017, 6, 6)) == {MONTENEGRO}
