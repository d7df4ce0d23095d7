"""Checks on the curated event knowledge base in data/events/kb.csv.

The file is data, not code: these tests pin its format (see data/events/README.md)
and the dates of the key events the timeline and the event linker rely on.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

KB_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "kb.csv"
CLASSES_PATH = KB_PATH.parent / "classes.csv"
GAZETTEER = KB_PATH.parents[1] / "gazetteer"

HEADER = [
    "event_id",
    "name",
    "type",
    "date_start",
    "date_end",
    "place",
    "participants",
    "aliases",
    "patterns",
    "reference",
]
TYPES = {
    "summit",
    "meeting",
    "military incident",
    "exercise",
    "treaty",
    "sanctions",
    "conflict",
    "election",
    "political crisis",
    "poisoning",
    "deployment",
    "diplomatic",
    "referendum",
}
ORG_SLUGS = {"nato", "nato-russia-council", "eu", "un", "osce"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTRY_ID = re.compile(r"^country:[A-Z]{3}$")
PERSON_ID = re.compile(r"^person:[a-z0-9]+(?:-[a-z0-9]+)+$")  # at least two name parts
CURLY = ("\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014")
ENTITY_ALT = re.compile(r"^(?:person|country|org|location):[\w.-]+$")


def _rows() -> list[dict[str, str]]:
    with KB_PATH.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ROWS = _rows()
BY_ID = {r["event_id"]: r for r in ROWS}


def _split(field: str) -> list[str]:
    return [part for part in field.split("|")] if field else []


def _d(value: str) -> date:
    return date.fromisoformat(value)


def _classes() -> dict[str, list[str]]:
    with CLASSES_PATH.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["class"]: r["words"].split("|") for r in rows}


CLASSES = _classes()


def _patterns(row: dict[str, str]) -> list[list[list[str]]]:
    """Pattern field -> list of patterns -> list of terms -> list of alternatives, as written
    ("@class", "!", "#during" and entity ids kept)."""
    return [
        [term.split("/") for term in pattern.split(" + ")] for pattern in _split(row["patterns"])
    ]


def _gazetteer_names() -> dict[str, list[str]]:
    """Entity id -> the lower-case words that name it in the gazetteer (names, aliases,
    demonyms, capitals, seats, references; a person's surname)."""
    names: dict[str, list[str]] = {}

    def rows(name):
        with (GAZETTEER / name).open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    for r in rows("countries.csv"):
        cells = [r["name"], r["aliases"], r["demonyms"], r["capitals"], r["seats"]]
        names[f"country:{r['iso3']}"] = [w for c in cells for w in _split(c)]
    for r in rows("people.csv"):
        names[f"person:{r['person_id']}"] = [
            r["name"],
            r["name"].split()[-1],
            *_split(r["aliases"]),
        ]
    for r in rows("organisations.csv"):
        cells = [r["name"], r["aliases"], r["references"]]
        names[f"org:{r['org_id']}"] = [w for c in cells for w in _split(c)]
    for r in rows("locations.csv"):
        names[f"location:{r['location_id']}"] = [r["name"], *_split(r["aliases"])]
    return {k: [_normalise(w) for w in v if w] for k, v in names.items()}


def _alternatives(term: list[str]) -> list[str]:
    """A term's alternatives with classes expanded and entity ids turned into their names."""
    out = []
    for alt in term:
        alt = alt.lstrip("!")
        if alt.startswith("@"):
            out.extend(CLASSES[alt[1:]])
        elif ENTITY_ALT.match(alt):
            out.extend(NAMES.get(alt, []))
        else:
            out.append(alt)
    return out


# ------------------------------------------------------------------ a reference matcher
# A minimal implementation of the documented semantics, used to check that the rows
# link the phrasings they are meant to link.


def _normalise(text: str) -> str:
    text = text.lower()
    for ch in ("\u2018", "\u2019", "\u02bc"):
        text = text.replace(ch, "'")
    for ch in ("\u2010", "\u2011", "\u2012", "\u2013", "\u2014"):
        text = text.replace(ch, "-")
    return re.sub(r"\s+", " ", text)


NAMES = _gazetteer_names()


def _occurs(phrase: str, sentence: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", sentence) is not None


def _links(sentence: str) -> set[str]:
    s = _normalise(sentence)
    hits = set()
    for row in ROWS:
        if any(_occurs(a, s) for a in _split(row["aliases"])):
            hits.add(row["event_id"])
            continue
        for pattern in _patterns(row):
            if ["#during"] in pattern or ["#recent"] in pattern:
                continue  # needs a date: the pipeline's tests check these
            terms = [t for t in pattern if not t[0].startswith("!")]
            absent = [t for t in pattern if t[0].startswith("!")]
            if all(
                any(_occurs(alt, s) for alt in _alternatives(term)) for term in terms
            ) and not any(_occurs(alt, s) for term in absent for alt in _alternatives(term)):
                hits.add(row["event_id"])
                break
    return hits


# ------------------------------------------------------------------ format


def test_header_is_exact():
    with KB_PATH.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == HEADER


def test_every_row_has_all_columns():
    with KB_PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for i, record in enumerate(reader, start=2):
            assert len(record) == len(HEADER), f"line {i}: {len(record)} fields"


def test_row_count_is_in_the_intended_range():
    assert 45 <= len(ROWS) <= 80


def test_event_ids_are_unique_slugs():
    ids = [r["event_id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    for event_id in ids:
        assert SLUG.match(event_id), event_id


@pytest.mark.parametrize("column", ["name", "place", "reference"])
def test_required_text_columns_are_filled(column):
    for row in ROWS:
        assert row[column].strip() == row[column] and row[column], (row["event_id"], column)


def test_types_are_from_the_allowed_set():
    for row in ROWS:
        assert row["type"] in TYPES, (row["event_id"], row["type"])


def test_dates_parse_and_end_is_not_before_start():
    for row in ROWS:
        assert ISO_DATE.match(row["date_start"]) and ISO_DATE.match(row["date_end"]), row[
            "event_id"
        ]
        start, end = _d(row["date_start"]), _d(row["date_end"])
        assert end >= start, row["event_id"]
        assert date(2013, 11, 1) <= start and end <= date(2020, 12, 31), row["event_id"]


def test_participants_use_the_entity_id_forms():
    for row in ROWS:
        parts = _split(row["participants"])
        assert parts, row["event_id"]
        assert len(parts) == len(set(parts)), row["event_id"]
        for p in parts:
            if p.startswith("org:"):
                assert p[4:] in ORG_SLUGS, (row["event_id"], p)
            elif p.startswith("country:"):
                assert COUNTRY_ID.match(p), (row["event_id"], p)
            else:
                assert PERSON_ID.match(p), (row["event_id"], p)


def test_country_codes_are_in_the_gazetteer():
    gazetteer = KB_PATH.parents[1] / "gazetteer" / "countries.csv"
    if not gazetteer.exists():
        pytest.skip("no country gazetteer")
    with gazetteer.open(encoding="utf-8", newline="") as f:
        codes = {r["iso3"] for r in csv.DictReader(f)}
    for row in ROWS:
        for p in _split(row["participants"]):
            if p.startswith("country:"):
                assert p[8:] in codes, (row["event_id"], p)


def test_aliases_are_lower_case_trimmed_and_plain():
    for row in ROWS:
        for alias in _split(row["aliases"]):
            assert alias, (row["event_id"], "empty alias")
            assert alias == alias.lower(), (row["event_id"], alias)
            assert alias == alias.strip() and "  " not in alias, (row["event_id"], alias)
            assert not any(ch in alias for ch in CURLY), (row["event_id"], alias)
            assert "+" not in alias and "/" not in alias.replace("68/262", ""), (
                row["event_id"],
                alias,
            )


def test_aliases_are_unique_across_events():
    seen: dict[str, str] = {}
    for row in ROWS:
        for alias in _split(row["aliases"]):
            assert alias not in seen or seen[alias] == row["event_id"], (
                alias,
                seen.get(alias),
                row["event_id"],
            )
            seen[alias] = row["event_id"]


def test_aliases_are_not_bare_generic_words():
    generic = {
        "the summit",
        "summit",
        "the meeting",
        "meeting",
        "the war",
        "war",
        "the treaty",
        "sanctions",
        "the election",
        "election",
        "the exercise",
        "the incident",
        "nato summit",
    }
    for row in ROWS:
        assert not generic & set(_split(row["aliases"])), row["event_id"]


def test_every_pattern_term_parses():
    for row in ROWS:
        for raw in _split(row["patterns"]):
            assert raw == raw.strip() and raw, (row["event_id"], raw)
            terms = raw.split(" + ")
            plain = 0
            for term in terms:
                if term in ("#during", "#recent", "#announced"):
                    continue
                alternatives = term.removeprefix("!").split("/")
                assert all(alt and alt == alt.strip() for alt in alternatives), (
                    row["event_id"],
                    raw,
                )
                for alt in alternatives:
                    assert not any(ch in alt for ch in CURLY) and "+" not in alt, (
                        row["event_id"],
                        raw,
                    )
                    if alt.startswith("@"):
                        assert alt[1:] in CLASSES, (row["event_id"], raw, "unknown class")
                    elif ENTITY_ALT.match(alt):
                        assert alt in NAMES, (row["event_id"], raw, "not in the gazetteer")
                    else:
                        assert alt == alt.lower() and not alt.startswith(("#", "!")), (
                            row["event_id"],
                            raw,
                        )
                if not term.startswith("!") and not any(ENTITY_ALT.match(a) for a in alternatives):
                    plain += 1
            assert plain >= 1, (row["event_id"], raw, "no term of words only")


def test_word_classes_are_lower_case_words():
    assert CLASSES, "data/events/classes.csv is empty"
    for name, words in CLASSES.items():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name), name
        assert len(words) == len(set(words)), name
        for word in words:
            assert word and word == word.strip().lower() and "  " not in word, (name, word)
            assert not any(ch in word for ch in (*CURLY, "/", "+")), (name, word)


def test_the_loader_reads_every_pattern():
    from lib.engine.eventkb import read_kb_file

    events = {e.event_id: e for e in read_kb_file(KB_PATH)}
    su24 = events["su24-downing-2015"]
    assert (
        len(su24.patterns)
        == len(su24.contexts)
        == len(_split(BY_ID["su24-downing-2015"]["patterns"]))
    )
    verb = su24.contexts[-1]
    assert verb.terms == (
        ("country:TUR", "person:recep-tayyip-erdogan"),
        ("country:RUS", "person:vladimir-putin"),
    )
    assert "shot down" in su24.patterns[-1][0] and "warplane" in su24.patterns[-1][1]


def test_the_loader_names_the_row_of_a_bad_pattern(tmp_path):
    from lib.engine.eventkb import read_kb_file

    bad = tmp_path / "kb.csv"
    row = dict(BY_ID["su24-downing-2015"], patterns="@shootdown + country:TUR")
    with bad.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=HEADER)
        writer.writeheader()
        writer.writerow(row)
    with pytest.raises(ValueError, match=r"kb.csv:2: .*unknown word class '@shootdown'"):
        read_kb_file(bad)


def test_every_row_can_be_linked():
    for row in ROWS:
        assert row["aliases"] or row["patterns"], row["event_id"]


# ------------------------------------------------------------------ required events

EXACT = {
    "su24-downing-2015": ("2015-11-24", "2015-11-24"),
    "nato-summit-warsaw-2016": ("2016-07-08", "2016-07-09"),
    "nato-leaders-meeting-brussels-2017": ("2017-05-25", "2017-05-25"),
    "nato-summit-brussels-2018": ("2018-07-11", "2018-07-12"),
    "trump-putin-helsinki-2018": ("2018-07-16", "2018-07-16"),
    "skripal-poisoning-2018": ("2018-03-04", "2018-03-04"),
    "kerch-strait-incident-2018": ("2018-11-25", "2018-11-25"),
    "inf-treaty-end-2019": ("2019-08-02", "2019-08-02"),
    "s400-agreement-turkey-2017": ("2017-09-12", "2017-09-12"),
    "s400-delivery-turkey-2019": ("2019-07-12", "2019-07-12"),
    "zapad-2017": ("2017-09-14", "2017-09-20"),
    "trident-juncture-2018": ("2018-10-25", "2018-11-07"),
    "nato-leaders-meeting-london-2019": ("2019-12-03", "2019-12-04"),
    "mh17-downing-2014": ("2014-07-17", "2014-07-17"),
    "nato-summit-wales-2014": ("2014-09-04", "2014-09-05"),
    "minsk-protocol-2014": ("2014-09-05", "2014-09-05"),
    "minsk-ii-2015": ("2015-02-12", "2015-02-12"),
    "us-presidential-election-2016": ("2016-11-08", "2016-11-08"),
    "russian-presidential-election-2018": ("2018-03-18", "2018-03-18"),
    "montenegro-nato-accession-2017": ("2017-06-05", "2017-06-05"),
    "north-macedonia-accession-protocol-2019": ("2019-02-06", "2019-02-06"),
    "normandy-summit-paris-2019": ("2019-12-09", "2019-12-09"),
    "nord-stream-2-sanctions-2019": ("2019-12-20", "2019-12-20"),
    "navalny-poisoning-2020": ("2020-08-20", "2020-08-20"),
    "erdogan-letter-putin-2016": ("2016-06-27", "2016-06-27"),
    "putin-erdogan-st-petersburg-2016": ("2016-08-09", "2016-08-09"),
    "crimea-referendum-2014": ("2014-03-16", "2014-03-16"),
    "ukraine-revolution-2014": ("2014-02-18", "2014-02-22"),
}
STARTS = {
    "donbass-war-2014": "2014-04-06",
    "russia-syria-intervention-2015": "2015-09-30",
    "euromaidan-protests-2013": "2013-11-21",
    "inf-suspension-2019": "2019-02-01",
    "sanctions-russia-first-wave-2014": "2014-03-17",
    "open-skies-withdrawal-announced-2020": "2020-05-21",
}


@pytest.mark.parametrize("event_id", sorted(EXACT))
def test_required_event_has_exact_dates(event_id):
    assert event_id in BY_ID, f"missing {event_id}"
    row = BY_ID[event_id]
    assert (row["date_start"], row["date_end"]) == EXACT[event_id]


@pytest.mark.parametrize("event_id", sorted(STARTS))
def test_required_long_event_has_exact_start(event_id):
    assert event_id in BY_ID, f"missing {event_id}"
    assert BY_ID[event_id]["date_start"] == STARTS[event_id]


def test_the_types_of_key_events():
    assert BY_ID["su24-downing-2015"]["type"] == "military incident"
    assert BY_ID["nato-summit-warsaw-2016"]["type"] == "summit"
    assert BY_ID["skripal-poisoning-2018"]["type"] == "poisoning"
    assert BY_ID["zapad-2017"]["type"] == "exercise"
    assert BY_ID["inf-treaty-end-2019"]["type"] == "treaty"


def test_annexation_of_crimea_is_march_2014():
    row = BY_ID["crimea-annexation-2014"]
    assert (_d(row["date_start"]), _d(row["date_end"])) == (date(2014, 3, 18), date(2014, 3, 21))


def test_long_events_run_on():
    assert _d(BY_ID["donbass-war-2014"]["date_end"]) >= date(2020, 1, 1)
    assert _d(BY_ID["russia-syria-intervention-2015"]["date_end"]) >= date(2020, 1, 1)


def test_euromaidan_ends_with_yanukovych_ousted():
    assert BY_ID["euromaidan-protests-2013"]["date_end"] == "2014-02-22"
    assert BY_ID["ukraine-revolution-2014"]["date_end"] == "2014-02-22"


def test_at_least_five_nato_russia_council_meetings():
    nrc = [
        r
        for r in ROWS
        if r["type"] == "meeting" and "org:nato-russia-council" in _split(r["participants"])
    ]
    dates = {r["date_start"] for r in nrc}
    assert len(dates) >= 5
    assert {"2016-04-20", "2016-07-13", "2016-12-19"} <= dates
    assert all(date(2016, 1, 1) <= _d(d) <= date(2019, 12, 31) for d in dates)
    assert "2019-11-29" not in dates  # no NRC met then; the last one before 2022 was 2019-07-05


def test_key_participants():
    def parts(event_id):
        return set(_split(BY_ID[event_id]["participants"]))

    assert {"country:RUS", "country:TUR"} <= parts("su24-downing-2015")
    assert {"person:sergei-skripal", "country:GBR", "country:RUS"} <= parts(
        "skripal-poisoning-2018"
    )
    assert {"person:donald-trump", "person:vladimir-putin"} <= parts("trump-putin-helsinki-2018")
    assert {"org:nato", "person:jens-stoltenberg"} <= parts("nato-leaders-meeting-london-2019")


# ------------------------------------------------------------------ linking examples


@pytest.mark.parametrize(
    ("sentence", "event_id"),
    [
        ("Ankara's downing of the Russian Su-24 last November soured ties.", "su24-downing-2015"),
        ("Turkish F-16s shot down a Russian warplane near the Syrian border.", "su24-downing-2015"),
        ("Leaders gathered for the summit in Warsaw on Friday.", "nato-summit-warsaw-2016"),
        (
            "Trump arrived in London for the NATO leaders\u2019 meeting.",
            "nato-leaders-meeting-london-2019",
        ),
        (
            "Russia\u2019s annexation of Crimea in 2014 changed everything.",
            "crimea-annexation-2014",
        ),
        ("Moscow calls it Crimea's reunification with Russia.", "crimea-annexation-2014"),
        ("The FSB seized three Ukrainian vessels near Kerch.", "kerch-strait-incident-2018"),
        ("Traces of Novichok were found after the Skripal poisoning.", "skripal-poisoning-2018"),
        ("Sergei Skripal was poisoned with a nerve agent.", "skripal-poisoning-2018"),
        ("The end of the INF Treaty leaves Europe exposed.", "inf-treaty-end-2019"),
        (
            "The first parts of the S-400 arrived at Murted air base near Ankara.",
            "s400-delivery-turkey-2019",
        ),
        (
            "NATO ambassadors and Russia met in the NATO-Russia Council on Wednesday.",
            "nato-russia-council-2016-04-20",
        ),
        ("Fighting flared again in the Donbass despite the ceasefire.", "donbass-war-2014"),
        ("Investigators say MH17 was downed by a Buk missile.", "mh17-downing-2014"),
        ("Allies met at the summit in Brussels.", "nato-summit-brussels-2018"),
        ("Allies met at the summit in Brussels.", "nato-leaders-meeting-brussels-2017"),
    ],
)
def test_example_sentences_link(sentence, event_id):
    assert event_id in _links(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit ended without a communique.",
        "Ministers met on Tuesday.",
        "NATO said it would respond.",
    ],
)
def test_bare_generic_sentences_link_nothing(sentence):
    assert _links(sentence) == set()
