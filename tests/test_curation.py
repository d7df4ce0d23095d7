"""Analyst corrections (lib.queries.curation): each operation on the seed articles, undo, the file
format, and corrections that hold for articles processed later."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib.engine.run import SAMPLE_CORPUS, process_corpus
from lib.names import normalise_surface
from lib.queries import curation as cur
from lib.queries.curation.apply import apply_curation
from lib.queries.curation.operations import (
    Curation,
    CurationError,
    Hide,
    Merge,
    Rename,
    SetType,
    Split,
    Unhide,
)
from lib.queries.curation.yamlfile import load_curation, save_curation
from lib.store import Dataset, empty_table, to_arrow

ROOT = Path(__file__).resolve().parent.parent


def entity(dataset: Dataset, entity_id: str) -> pd.Series:
    rows = dataset.entities[dataset.entities["entity_id"] == entity_id]
    assert len(rows) == 1, f"{entity_id}: {len(rows)} rows"
    return rows.iloc[0]


def ids_of(frame: pd.DataFrame, column: str = "entity_id") -> set[str]:
    return set(frame[column].dropna())


def participants(dataset: Dataset) -> set[str]:
    return {p for cell in dataset.events["participants"] for p in cell}


def surfaces(dataset: Dataset, entity_id: str) -> pd.Series:
    mentions = dataset.mentions
    return mentions.loc[mentions["entity_id"] == entity_id, "surface"].map(normalise_surface)


def assert_contract(dataset: Dataset) -> None:
    """The curated tables still fit the data contract and agree with each other."""
    for name, frame in dataset.tables().items():
        to_arrow(name, frame)
    entities = dataset.entities.set_index("entity_id")
    assert entities.index.is_unique
    counts = dataset.mentions.groupby("entity_id").agg(
        n=("article_id", "size"), a=("article_id", "nunique")
    )
    assert set(counts.index) == set(entities.index)
    assert (entities.loc[counts.index, "n_mentions"] == counts["n"]).all()
    assert (entities.loc[counts.index, "n_articles"] == counts["a"]).all()
    for entity_id, aliases in entities["aliases"].items():
        assert list(aliases) == sorted(set(surfaces(dataset, entity_id)))


def russian_ids(dataset: Dataset) -> set[str]:
    articles = dataset.articles
    return set(articles.loc[articles["language"] == "ru", "article_id"])


@pytest.fixture(scope="module")
def raw(sample_dataset) -> Dataset:
    """The seed articles as extracted, guarded against being changed by a test."""
    return sample_dataset


# -- the operations -------------------------------------------------------------------------


def test_merge_moves_every_mention_and_recomputes_the_counts(raw):
    russia, turkey = entity(raw, "country:RUS"), entity(raw, "country:TUR")
    out, warnings = apply_curation(raw, Curation().merge(["country:TUR"], "country:RUS"))
    assert warnings == []
    merged = entity(out, "country:RUS")
    # 35 in the English seed articles, 12 in the Russian one (one entity across languages)
    assert merged["n_mentions"] == russia["n_mentions"] + turkey["n_mentions"] == 35 + 12
    assert merged["n_articles"] == 3
    assert merged["name"] == "Russia"  # the target's name when the merge names none
    assert set(merged["aliases"]) == set(russia["aliases"]) | set(turkey["aliases"])
    assert "country:TUR" not in ids_of(out.entities) | ids_of(out.mentions) | participants(out)
    # the downing of the Su-24: Russia and Turkey in one clause become Russia once
    downing = out.events[out.events["entity_id"] == "event:su24-downing-2015"].iloc[0]
    assert list(downing["participants"]) == ["country:RUS", "org:isil"]
    assert_contract(out)


def test_merge_names_the_entity_and_unions_roles(raw):
    out, _ = apply_curation(
        raw,
        Curation().merge(
            ["person:vladimir-putin"], "person:recep-tayyip-erdogan", name="Two presidents"
        ),
    )
    merged = entity(out, "person:recep-tayyip-erdogan")
    assert merged["name"] == "Two presidents"
    assert list(merged["roles"]) == ["Russian President", "Turkish President"]
    assert merged["n_mentions"] == 10 + 1  # Erdogan is named once in the Russian article
    assert_contract(out)


def test_rename_keeps_the_id_and_everything_else(raw):
    out, warnings = apply_curation(raw, Curation().rename("org:nato", "North Atlantic Alliance"))
    assert warnings == []
    assert entity(out, "org:nato")["name"] == "North Atlantic Alliance"
    others = out.entities["entity_id"] != "org:nato"
    pd.testing.assert_frame_equal(
        out.entities[others].reset_index(drop=True),
        raw.entities[raw.entities["entity_id"] != "org:nato"].reset_index(drop=True),
    )
    pd.testing.assert_frame_equal(out.mentions, raw.mentions)


def test_rename_of_an_event_renames_its_event_rows(raw):
    out, _ = apply_curation(raw, Curation().rename("event:donbass-war-2014", "Donbas war"))
    linked = out.events[out.events["entity_id"] == "event:donbass-war-2014"]
    assert len(linked) == 2 + 1 and set(linked["name"]) == {"Donbas war"}  # 1: in Russian
    unlinked = out.events["entity_id"].isna()
    assert out.events.loc[unlinked, "name"].tolist() == raw.events.loc[unlinked, "name"].tolist()


def test_split_moves_exactly_the_mentions_written_with_the_alias(raw):
    russia = entity(raw, "country:RUS")
    kremlin = surfaces(raw, "country:RUS") == "Kremlin"
    out, warnings = apply_curation(
        raw, Curation().split("country:RUS", "the Kremlin", "Kremlin", new_type="org")
    )
    assert warnings == []
    moved = out.mentions[out.mentions["entity_id"] == "org:kremlin"]
    expected = raw.mentions[(raw.mentions["entity_id"] == "country:RUS")][kremlin]
    assert list(moved.index) == list(expected.index) and len(moved) == 1
    new = entity(out, "org:kremlin")
    assert (new["type"], new["name"], list(new["aliases"])) == ("org", "Kremlin", ["Kremlin"])
    assert (new["n_mentions"], new["n_articles"], new["in_gazetteer"]) == (1, 1, False)
    rest = entity(out, "country:RUS")
    assert rest["n_mentions"] == russia["n_mentions"] - 1
    assert "Kremlin" not in rest["aliases"]
    assert_contract(out)


def test_split_moves_the_quotes_whose_speaker_is_written_with_the_alias(raw):
    out, _ = apply_curation(
        raw, Curation().split("person:jens-stoltenberg", "NATO chief", "NATO chief (unnamed)")
    )
    new_id = "person:nato-chief-unnamed"
    assert list(entity(out, new_id)["roles"]) == ["NATO Secretary General"]
    speakers = out.quotes.set_index("speaker_text")["speaker_id"]
    assert speakers["NATO chief"] == new_id
    assert speakers["NATO Chief"] == "person:jens-stoltenberg"  # another alias, kept
    assert set(speakers.drop("NATO chief")) == {"person:jens-stoltenberg"}
    assert_contract(out)


@pytest.fixture(scope="module")
def english_raw(tmp_path_factory) -> Dataset:
    """The two English seed articles alone (the Russian one writes London "Лондоне")."""
    folder = tmp_path_factory.mktemp("english-seeds")
    for seed in sorted(SAMPLE_CORPUS.glob("00[01]_*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return process_corpus([folder])


def test_split_of_every_mention_carries_events_and_places_along(english_raw):
    out, _ = apply_curation(
        english_raw, Curation().split("location:london", "London", "London, UK")
    )
    assert "location:london" not in ids_of(out.entities) | ids_of(out.events, "place")
    assert "location:london-uk" in ids_of(out.events, "place")
    assert entity(out, "location:london-uk")["name"] == "London, UK"


def test_split_of_some_mentions_leaves_the_others_places(raw):
    out, _ = apply_curation(raw, Curation().split("location:london", "London", "London, UK"))
    # Written "Лондоне" in the Russian article: another alias, which stays London's.
    assert list(entity(out, "location:london")["aliases"]) == ["Лондоне"]
    russian = out.events["article_id"].isin(russian_ids(raw))
    assert "location:london" in ids_of(out.events[russian], "place")


def test_split_into_an_existing_entity_joins_it(raw):
    out, _ = apply_curation(raw, Curation().split("country:RUS", "Moscow", "NATO", new_type="org"))
    nato = entity(out, "org:nato")
    assert nato["n_mentions"] == entity(raw, "org:nato")["n_mentions"] + 7
    assert nato["name"] == "NATO" and "Moscow" in nato["aliases"]


def test_set_type_changes_the_type_not_the_id(raw):
    out, warnings = apply_curation(raw, Curation().set_type("org:gmf", "location"))
    assert warnings == []
    gmf = entity(out, "org:gmf")
    assert gmf["type"] == "location" and gmf["name"] == "German Marshall Fund"
    assert ids_of(out.mentions) == ids_of(raw.mentions)


def test_hide_removes_the_entity_its_mentions_and_its_place_in_events(raw):
    curation = Curation().hide("org:isil").hide("location:warsaw").hide("event:su24-downing-2015")
    out, warnings = apply_curation(raw, curation)
    assert warnings == []
    hidden = {"org:isil", "location:warsaw", "event:su24-downing-2015"}
    assert not hidden & ids_of(out.entities)
    assert not hidden & ids_of(out.mentions)
    assert not hidden & (participants(out) | ids_of(out.events, "place"))
    assert len(out.mentions) == len(raw.mentions) - 3 - 1 - 1
    assert len(out.events) == len(raw.events) - 1  # the downing's own row
    warsaw = out.events[out.events["entity_id"] == "event:nato-summit-warsaw-2016"].iloc[0]
    assert pd.isna(warsaw["place"])
    assert_contract(out)


def test_hiding_a_speaker_leaves_the_quote_unattributed(raw):
    out, _ = apply_curation(raw, Curation().hide("person:jens-stoltenberg"))
    assert len(out.quotes) == len(raw.quotes)
    assert out.quotes["speaker_id"].isna().all()


def test_unhide_shows_the_entity_again(raw):
    out, warnings = apply_curation(raw, Curation().hide("org:isil").unhide("org:isil"))
    assert warnings == []
    pd.testing.assert_frame_equal(out.entities, raw.entities)
    pd.testing.assert_frame_equal(out.mentions, raw.mentions)
    assert cur.hidden_ids(Curation().hide("org:isil").hide("org:dpa").unhide("org:isil")) == [
        "org:dpa"
    ]


def test_operations_apply_in_order(raw):
    merged_then_renamed = (
        Curation().merge(["country:TUR"], "country:RUS").rename("country:RUS", "Russia and Turkey")
    )
    out, warnings = apply_curation(raw, merged_then_renamed)
    assert warnings == [] and entity(out, "country:RUS")["name"] == "Russia and Turkey"
    # renaming the source first is lost with it; renaming it after the merge is reported
    out, warnings = apply_curation(
        raw, Curation().merge(["country:TUR"], "country:RUS").rename("country:TUR", "Turkey!")
    )
    assert warnings == [
        "operation 2 (rename country:TUR to 'Turkey!'): country:TUR is not in the data; skipped"
    ]
    # a split after a merge can take back what the merge brought in
    out, _ = apply_curation(
        raw,
        Curation().merge(["country:TUR"], "country:RUS").split("country:RUS", "Ankara", "Turkey"),
    )
    assert "country:turkey" in ids_of(out.entities)
    assert surfaces(out, "country:turkey").tolist() == ["Ankara"]


def test_unknown_ids_are_reported_and_the_rest_applied(raw):
    curation = (
        Curation()
        .merge(["org:nowhere", "country:TUR"], "country:RUS")
        .merge(["org:dpa"], "org:nowhere")
        .rename("person:nobody", "Nobody")
        .split("country:RUS", "Atlantis", "Atlantis")
        .set_type("org:nowhere", "person")
        .hide("person:he")
        .unhide("org:nato")
    )
    out, warnings = apply_curation(raw, curation)
    assert warnings == [
        "operation 1 (merge org:nowhere, country:TUR into country:RUS): org:nowhere is not in the data; skipped",
        "operation 2 (merge org:dpa into org:nowhere): the target org:nowhere is not in the data; skipped",
        "operation 3 (rename person:nobody to 'Nobody'): person:nobody is not in the data; skipped",
        "operation 4 (split 'Atlantis' off country:RUS as 'Atlantis'): no mention of country:RUS is "
        "written 'Atlantis' (its aliases: Ankara, Kremlin, Moscow, Russia, Russian, Turkey, "
        "Turkish, Кремль, Москва, Москвой, России, Россию); skipped",
        "operation 5 (set the type of org:nowhere to person): org:nowhere is not in the data; skipped",
        "operation 6 (hide person:he): person:he is not in the data; skipped",
        "operation 7 (unhide org:nato): org:nato is not hidden; skipped",
    ]
    assert entity(out, "country:RUS")["n_mentions"] == 35 + 12  # the merge's known source applied
    assert "org:dpa" in ids_of(out.entities)


def test_the_input_is_not_changed(raw):
    before = {name: frame.copy(deep=True) for name, frame in raw.tables().items()}
    curation = (
        Curation()
        .merge(["country:TUR"], "country:RUS", name="Eurasia")
        .split("country:RUS", "Kremlin", "Kremlin", "org")
        .hide("location:warsaw")
        .set_type("org:gmf", "location")
    )
    out, _ = apply_curation(raw, curation)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(raw, name), frame)
        assert getattr(out, name) is not getattr(raw, name)


def test_an_empty_curation_gives_the_same_tables(raw):
    out, warnings = apply_curation(raw, Curation())
    assert warnings == []
    for name, frame in raw.tables().items():
        pd.testing.assert_frame_equal(getattr(out, name), frame)


def test_undo_drops_the_last_operation():
    curation = Curation().hide("person:he").rename("org:nato", "NATO")
    assert cur.undo(curation) == Curation((Hide("person:he"),))
    assert curation.undo().undo() == Curation() == Curation().undo()
    assert cur.append(Curation(), Hide("person:he")) == Curation().hide("person:he")


def test_undo_then_apply_restores_the_tables(raw):
    curation = Curation().merge(["country:TUR"], "country:RUS").hide("org:isil")
    undone, _ = apply_curation(raw, curation.undo())
    merged_only, _ = apply_curation(raw, Curation().merge(["country:TUR"], "country:RUS"))
    pd.testing.assert_frame_equal(undone.entities, merged_only.entities)
    assert "org:isil" in ids_of(undone.entities)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: SetType("org:gmf", "building"), "type must be one of person, country"),
        (lambda: Hide("putin"), "'putin' is not an entity id"),
        (lambda: Merge(("org:nato",), "org:nato"), "both a source and the target"),
        (lambda: Merge((), "org:nato"), "at least one source"),
        (lambda: Rename("org:nato", "  "), "name must be non-empty text"),
        (lambda: Split("country:RUS", '"()"', "Kremlin"), "empty once 'the'"),
        (lambda: Split("country:RUS", "Kremlin", "!!!"), "no letters or digits"),
    ],
)
def test_invalid_operations_say_what_is_wrong(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_a_hand_built_dataset_with_object_columns():
    mentions = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "entity_id": ["country:USA", "country:us", "country:us", "person:he"],
            "surface": ["United States", "US", "U.S.", "he"],
            "role": [None] * 4,
        }
    )
    entities = pd.DataFrame(
        {
            "entity_id": ["country:USA", "country:us", "person:he"],
            "type": ["country", "country", "person"],
            "name": ["United States", "US", "he"],
            "aliases": [["United States"], ["U.S.", "US"], ["he"]],
            "roles": [[], [], []],
            "n_mentions": [1, 2, 1],
            "n_articles": [1, 2, 1],
        }
    )
    dataset = Dataset(empty_table("articles"), empty_table("sentences"), entities, mentions)
    out, warnings = apply_curation(
        dataset, Curation().merge(["country:us"], "country:USA").hide("person:he")
    )
    assert warnings == []
    assert out.entities.to_dict("records") == [
        {
            "entity_id": "country:USA",
            "type": "country",
            "name": "United States",
            "aliases": ["U.S", "US", "United States"],  # as normalise_surface has it
            "roles": [],
            "n_mentions": 3,
            "n_articles": 2,
        }
    ]
    assert out.mentions["entity_id"].tolist() == ["country:USA"] * 3


# -- new articles ---------------------------------------------------------------------------

NEW_ARTICLE = """Patrols agreed in Syria

Officials in Turkey said on Monday that Turkey and Russia would hold joint patrols in northern Syria. The Turkish defence ministry said the first patrol would start next week.

The Kremlin welcomed the deal. NATO Secretary General Jens Stoltenberg said the alliance was watching closely, as Turkey is a member of NATO.
"""


@pytest.fixture(scope="module")
def grown(tmp_path_factory) -> Dataset:
    """The seed articles and one new article, processed together: tomorrow's tables."""
    folder = tmp_path_factory.mktemp("new-articles")
    (folder / "002_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return process_corpus([SAMPLE_CORPUS, folder])


def test_a_curation_holds_for_articles_processed_later(raw, grown):
    new_article = set(grown.articles["article_id"]) - set(raw.articles["article_id"])
    assert len(new_article) == 1
    new = grown.mentions["article_id"].isin(new_article)
    assert {"country:TUR", "country:RUS"} <= set(grown.mentions.loc[new, "entity_id"])
    curation = (
        Curation()
        .merge(["country:TUR"], "country:RUS", name="Russia and Turkey")
        .split("country:RUS", "Kremlin", "Kremlin", "org")
        .hide("org:nato")
    )
    out, warnings = apply_curation(grown, curation)
    assert warnings == []
    new_out = out.mentions[out.mentions["article_id"].isin(new_article)]
    assert "country:TUR" not in set(new_out["entity_id"])
    assert "org:nato" not in set(new_out["entity_id"])
    kremlin = new_out[new_out["surface"].map(normalise_surface) == "Kremlin"]
    assert len(kremlin) == 1 and set(kremlin["entity_id"]) == {"org:kremlin"}
    turkish = grown.mentions[new & grown.mentions["entity_id"].eq("country:TUR")]
    moved = out.mentions.loc[turkish.index, "entity_id"]
    assert set(moved) == {"country:RUS"} and len(moved) >= 3
    before = grown.entities.set_index("entity_id")["n_mentions"]
    n_kremlin = 2  # one in the seed articles, one in the new one
    assert entity(out, "org:kremlin")["n_mentions"] == n_kremlin
    assert entity(out, "country:RUS")["n_mentions"] == (
        before["country:RUS"] + before["country:TUR"] - n_kremlin
    )
    assert entity(out, "country:RUS")["n_articles"] == 4  # three seed articles, the new one
    assert_contract(out)


# -- the file -------------------------------------------------------------------------------

EVERY_OPERATION = Curation(
    (
        Merge(("org:north-atlantic-alliance", "org:otan"), "org:nato", note="one alliance"),
        Merge(("country:us",), "country:USA", name="United States"),
        Rename("person:vladimir-putin", "Vladimir Putin"),
        Split("country:GEO", "Georgia", "Georgia (US state)", "location"),
        Split("person:jens-stoltenberg", "the NATO chief", "NATO chief"),
        SetType("org:crimea", "location"),
        Hide("person:he", note="a pronoun, not a person: ignore it"),
        Unhide("person:he"),
        Rename("person:x", "Ça \"va\" 'yes' # no comment: really"),
        Rename("person:y", "no"),
    )
)


def test_the_file_round_trips_exactly(tmp_path):
    path = tmp_path / "curation.yaml"
    save_curation(path, EVERY_OPERATION)
    assert load_curation(path) == EVERY_OPERATION
    text = path.read_text(encoding="utf-8")
    save_curation(path, load_curation(path))
    assert path.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir()] == ["curation.yaml"]  # no temp file left


def test_the_file_reads_like_the_documentation(tmp_path):
    path = tmp_path / "curation.yaml"
    save_curation(path, EVERY_OPERATION)
    body = (
        path.read_text(encoding="utf-8")
        .split("\noperations:\n", 1)[1]
        .split("\n  - rename: person:x")[0]
    )
    assert body == (
        "  - merge: ['org:north-atlantic-alliance', 'org:otan']\n"
        "    into: org:nato\n"
        "    note: one alliance\n"
        "  - merge: ['country:us']\n"
        "    into: country:USA\n"
        "    name: United States\n"
        "  - rename: person:vladimir-putin\n"
        "    name: Vladimir Putin\n"
        "  - split: country:GEO\n"
        "    alias: Georgia\n"
        "    name: Georgia (US state)\n"
        "    type: location\n"
        "  - split: person:jens-stoltenberg\n"
        "    alias: the NATO chief\n"
        "    name: NATO chief\n"
        "  - set_type: org:crimea\n"
        "    type: location\n"
        "  - hide: person:he\n"
        "    note: 'a pronoun, not a person: ignore it'\n"
        "  - unhide: person:he"
    )


def test_a_hand_written_file(tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text(
        "# my corrections\n"
        "operations:\n"
        "- merge: [org:north-atlantic-alliance, org:otan]   # both are NATO\n"
        "  into: org:nato\n"
        "- merge: country:us\n"
        "  into: country:USA\n"
        "- {hide: person:he}\n",
        encoding="utf-8",
    )
    assert load_curation(path) == Curation(
        (
            Merge(("org:north-atlantic-alliance", "org:otan"), "org:nato"),
            Merge(("country:us",), "country:USA"),
            Hide("person:he"),
        )
    )


def test_the_starting_file_is_empty_and_stable(tmp_path):
    shipped = ROOT / "data" / "curation.yaml"
    assert load_curation(shipped) == Curation()
    assert cur.dumps(Curation()) == shipped.read_text(encoding="utf-8")


def test_a_missing_file_is_an_empty_curation(tmp_path):
    assert load_curation(tmp_path / "nothing.yaml") == Curation()
    assert cur.curation_version(tmp_path / "nothing.yaml") == "none"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "operations:\n  - hide: person:he\n  - merge: [org:a\n",
            r"line \d+, column \d+: not valid YAML",
        ),
        ("- hide: person:he\n", "expected a mapping with one key, 'operations'"),
        ("operation:\n  - hide: person:he\n", "unknown key operation"),
        ("operations:\n  hide: person:he\n", "'operations' must be a list"),
        (
            "operations:\n  - hide: person:he\n  - rename: org:nato\n",
            r"operation 2 \(line 3\): rename: missing field name",
        ),
        (
            "operations:\n  - hide: person:he\n\n  - rename: org:nato\n    nmae: NATO\n",
            r"operation 2 \(line 4\): rename: unknown field nmae \(expected name, note\)",
        ),
        (
            "operations:\n  - remove: org:nato\n",
            r"operation 1 \(line 2\): expected exactly one action of merge, rename, split, "
            "set_type, hide, unhide; found remove",
        ),
        ("operations:\n  - hide: org:a\n    unhide: org:a\n", "found hide, unhide"),
        (
            "operations:\n  - set_type: org:crimea\n    type: place\n",
            r"operation 1 \(line 2\): type must be one of person, country, org, location, event, not 'place'",
        ),
        ("operations:\n  - rename: org:nato\n    name: yes\n", r"not True \(put it in quotes\)"),
        ("operations:\n  - hide: Putin\n", "'Putin' is not an entity id"),
        ("operations:\n  - merge: {a: b}\n    into: org:nato\n", "expected a list of entity ids"),
        ("operations:\n  - hide\n", "expected a mapping such as 'hide: person:he'"),
        (
            "operations:\n  - rename: org:nato\n    name: A\n    name: B\n",
            "field name given twice",
        ),
    ],
)
def test_a_malformed_file_names_the_file_the_operation_and_the_fault(tmp_path, text, message):
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CurationError, match=message) as caught:
        load_curation(path)
    assert str(caught.value).startswith(f"{path}:")


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_bytes("operations:\n  - rename: org:nato\n    name: Otan é\n".encode("latin-1"))
    with pytest.raises(CurationError, match="not UTF-8"):
        load_curation(path)


def test_a_failed_save_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "curation.yaml"
    save_curation(path, Curation().hide("person:he"))
    before = path.read_bytes()

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        save_curation(path, Curation())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["curation.yaml"]


def test_record_and_undo_last_edit_the_file(tmp_path):
    path = tmp_path / "data" / "curation.yaml"
    version = cur.curation_version(path)
    assert cur.record(path, Hide("person:he")) == Curation().hide("person:he")
    assert cur.record(path, Rename("org:nato", "NATO")) == load_curation(path)
    assert len(load_curation(path)) == 2 and cur.curation_version(path) != version
    assert cur.undo_last(path) == Curation().hide("person:he") == load_curation(path)
    assert cur.undo_last(path) == Curation() == cur.undo_last(path)


def test_ids_are_written_as_text_even_when_yaml_would_read_them_otherwise(tmp_path):
    tricky = (
        Curation().rename("org:nato", "null").rename("org:dpa", "1917").rename("org:gmf", "- x")
    )
    path = tmp_path / "curation.yaml"
    save_curation(path, tricky)
    assert load_curation(path) == tricky


def test_describe_reads_like_a_sentence():
    assert [op.describe() for op in EVERY_OPERATION.operations[:4]] == [
        "merge org:north-atlantic-alliance, org:otan into org:nato",
        "merge country:us into country:USA as 'United States'",
        "rename person:vladimir-putin to 'Vladimir Putin'",
        "split 'Georgia' off country:GEO as 'Georgia (US state)'",
    ]


def test_large_tables_stay_integer_coded():
    """Not a speed test: a merge on many rows gives the same counts as pandas would."""
    rng = np.random.default_rng(1)
    n = 20_000
    ids = np.array([f"org:o{i}" for i in range(50)], dtype=object)
    mentions = pd.DataFrame(
        {
            "article_id": pd.Series(rng.integers(0, 300, n).astype(str), dtype="str"),
            "entity_id": pd.Series(ids[rng.integers(0, 50, n)], dtype="str"),
            "surface": pd.Series(np.array(["A", "B", "the C"])[rng.integers(0, 3, n)], dtype="str"),
            "role": pd.Series([None] * n, dtype="str"),
        }
    )
    grouped = mentions.groupby("entity_id")
    entities = pd.DataFrame(
        {
            "entity_id": pd.Series(sorted(set(ids)), dtype="str"),
            "type": "org",
            "name": pd.Series(sorted(set(ids)), dtype="str"),
            "aliases": [["A", "B", "C"]] * 50,
            "roles": [[]] * 50,
            "n_mentions": grouped.size().to_numpy(),
            "n_articles": grouped["article_id"].nunique().to_numpy(),
        }
    )
    dataset = Dataset(empty_table("articles"), empty_table("sentences"), entities, mentions)
    sources = [f"org:o{i}" for i in range(1, 25)]
    out, _ = apply_curation(dataset, Curation().merge(sources, "org:o0").hide("org:o49"))
    union = mentions[mentions["entity_id"].isin(["org:o0", *sources])]
    merged = entity(out, "org:o0")
    assert merged["n_mentions"] == len(union)
    assert merged["n_articles"] == union["article_id"].nunique()
    assert list(merged["aliases"]) == ["A", "B", "C"]
    assert len(out.mentions) == n - (mentions["entity_id"] == "org:o49").sum()
    assert out.mentions["entity_id"].dtype == mentions["entity_id"].dtype


def test_the_tables_as_the_dashboard_reads_them_are_curated_alike(raw, tmp_path):
    """lib.queries.read_tables gives categorical id columns: a split's new id, a merge, a
    hide and a renamed event must come out as they do on the tables as extracted."""
    from lib import queries, store

    store.write_dataset(raw, tmp_path / "processed")
    read = queries.read_tables(tmp_path / "processed")
    assert isinstance(read.mentions["entity_id"].dtype, pd.CategoricalDtype)
    curation = (
        Curation()
        .merge(["country:TUR"], "country:RUS", name="Russia and Turkey")
        .split("country:RUS", "the Kremlin", "Kremlin", new_type="org")
        .rename("event:donbass-war-2014", "Donbas war")
        .hide("person:jens-stoltenberg")
    )
    expected, warnings = apply_curation(raw, curation)
    got, read_warnings = apply_curation(read, curation)
    assert warnings == read_warnings == []

    def values(frame: pd.DataFrame, column: str) -> list:
        return [None if pd.isna(v) else str(v) for v in frame[column].astype(object)]

    for table, column in [
        ("mentions", "entity_id"),
        ("quotes", "speaker_id"),
        ("events", "entity_id"),
        ("events", "place"),
        ("events", "name"),
    ]:
        assert values(getattr(got, table), column) == values(getattr(expected, table), column), (
            table,
            column,
        )
    assert "org:kremlin" in set(got.mentions["entity_id"])
    assert "Donbas war" in set(got.events["name"].dropna())
    ids = got.mentions["entity_id"]
    assert isinstance(ids.dtype, pd.CategoricalDtype)
    assert not {"country:TUR", "person:jens-stoltenberg"} & set(ids.cat.categories)
    corpus = queries.build_corpus(got)
    assert corpus.catalog.loc["org:kremlin", "n_mentions"] == 1
    assert corpus.catalog.loc["country:RUS", "name"] == "Russia and Turkey"


# -- the Entities page's controls -------------------------------------------------------------


def test_merge_operation_keeps_the_chosen_entity_and_a_new_name_only_when_new():
    op = cur.merge_operation(
        "person:andrey-kelin", ["person:andrei-kelin"], keep="person:andrei-kelin"
    )
    assert op == Merge(("person:andrey-kelin",), "person:andrei-kelin")
    op = cur.merge_operation(
        "country:us",
        ["country:USA", "country:us", "org:us"],
        keep="country:USA",
        name="  United   States ",
        kept_name="USA",
    )
    assert op == Merge(("country:us", "org:us"), "country:USA", "United States")
    same = cur.merge_operation(
        "country:us", ["country:USA"], keep="country:USA", name="USA", kept_name="USA"
    )
    assert same.name is None
    with pytest.raises(ValueError, match="org:nato is not one of the entities merged"):
        cur.merge_operation("country:us", ["country:USA"], keep="org:nato")
    with pytest.raises(ValueError, match="at least one source"):
        cur.merge_operation("country:us", [], keep="country:us")


def test_follow_moves_ids_to_the_merge_target_and_drops_hidden_ones():
    ids = ["country:TUR", "person:he", "country:RUS"]
    assert cur.follow(ids, Merge(("country:TUR",), "country:RUS")) == ["country:RUS", "person:he"]
    assert cur.follow(ids, Hide("person:he")) == ["country:TUR", "country:RUS"]
    assert cur.follow(ids, Rename("country:TUR", "Türkiye")) == ids


def test_merge_candidates_offer_similar_names_first(raw):
    table = pd.DataFrame(
        {
            "entity_id": ["person:andrei-kelin", "person:andrey-kelin", "org:nato", "country:RUS"],
            "name": ["Andrei Kelin", "Andrey Kelin", "NATO", "Russia"],
            "n_mentions": [5, 4, 70, 80],
        }
    )
    assert cur.merge_candidates(table, "person:andrei-kelin") == [
        "person:andrey-kelin",
        "country:RUS",
        "org:nato",
    ]
    assert cur.merge_candidates(table, "org:nato", limit=2) == [
        "country:RUS",
        "person:andrei-kelin",
    ]
    on_seeds = cur.merge_candidates(raw.entities, "person:jens-stoltenberg")
    assert "person:jens-stoltenberg" not in on_seeds
    assert len(on_seeds) == len(raw.entities) - 1


def test_merge_candidates_cut_to_the_limit_keep_the_order_of_a_full_sort():
    # only the rows that can make the list are sorted: the same list as sorting them all,
    # ties at the cut in id order
    from rapidfuzz import fuzz, process

    rng = np.random.default_rng(3)
    n = 5_000
    table = pd.DataFrame(
        {
            "entity_id": [f"person:p{i:05d}" for i in rng.permutation(n)],
            "name": [f"Name{i}" for i in range(n)],
            "n_mentions": rng.integers(1, 40, n),
        }
    )
    own = "person:p00007"
    others = table[table["entity_id"] != own]
    name = table.loc[table["entity_id"] == own, "name"].iloc[0]
    found = process.extract(
        name, others["name"].tolist(), scorer=fuzz.token_set_ratio, score_cutoff=70, limit=20
    )
    similar = [others["entity_id"].iloc[index] for _n, _s, index in found]
    ranked = others.sort_values(["n_mentions", "entity_id"], ascending=[False, True])
    expected = list(dict.fromkeys([*similar, *ranked["entity_id"]]))[:300]
    assert len(similar) == 20
    assert cur.merge_candidates(table, own, limit=300) == expected


def test_hidden_entities_are_named_as_extracted(raw):
    curation = (
        Curation().hide("country:TUR").hide("person:nobody").hide("org:nato").unhide("org:nato")
    )
    hidden = cur.hidden_entities(curation, raw.entities)
    assert hidden.to_dict("records") == [
        {"entity_id": "country:TUR", "name": "Turkey", "type": "country"},
        {"entity_id": "person:nobody", "name": "person:nobody", "type": "person"},
    ]
