"""Agency datelines the cleaning did not read (issue 18, round russian-pooled2): an agency's
regional edition after its name ("РИА Новости Крым.", r17-29 read Crimea from it) and any agency
inside slashes with a double hyphen after it ("/Синьхуа/ --", r18-24 read Xinhua as a mention).
lib.engine.russian.clean.read_dateline. Datelines written for these tests in the agencies'
style."""

from lib.engine.russian.clean import read_dateline


def test_an_agencys_regional_edition_is_part_of_its_dateline():
    line, rest = read_dateline("СЕВАСТОПОЛЬ, 3 мар – РИА Новости Крым. Флот вышел в море.")
    assert (line.place, line.outlet, rest) == ("СЕВАСТОПОЛЬ", "RIA Novosti", "Флот вышел в море.")
    line, rest = read_dateline("МИНСК, 5 мар — Sputnik Беларусь. Министр заявил о встрече.")
    assert (line.place, line.outlet, rest) == ("МИНСК", "Sputnik", "Министр заявил о встрече.")


def test_the_agencys_own_dateline_without_an_edition_reads_as_before():
    line, rest = read_dateline("МОСКВА, 19 июн — РИА Новости. Крым посетил министр.")
    assert (line.outlet, rest) == ("RIA Novosti", "Крым посетил министр.")


def test_any_agency_inside_slashes_with_a_double_hyphen():
    line, rest = read_dateline("ПЕКИН, 14 апреля /Синьхуа/ -- МИД КНР призвал к сдержанности.")
    assert (line.place, line.outlet, rest) == (
        "ПЕКИН",
        "Синьхуа",
        "МИД КНР призвал к сдержанности.",
    )
