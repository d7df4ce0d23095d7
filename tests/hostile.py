"""A corpus whose text is hostile: titles, sentences, quotes, entity, event and source names
that carry spreadsheet formulas (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab, a CR) and markup
(`<a href="javascript:…">`, `<b>`, `<img onerror=…>`), plus two entities renamed to markup
and to a formula through the curation file. The pages and their exports must show all of it
as written and run none of it (tests/test_hostile_exports.py, tests/test_chart_safety.py,
tests/browser/test_hostile_browser.py).

The tables are written directly in the light markup of tests/synthetic.py, so that the
hostile text reaches them as written, whatever the extractor would make of it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lib import store
from lib.queries.curation import Curation, Rename, save_curation
from tests import synthetic

LINK = '<a href="javascript:alert(1)">x</a>'
BOLD = "<b>bold</b>"
IMG = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://evil","Open")'
MARKUP = (LINK, BOLD, IMG)

ENTITIES = {
    "org:nato": ("org", '=HYPERLINK("http://evil","NATO")', None, ["=NATO", "NATO"], []),
    "country:RUS": ("country", f"{IMG}Russia", "RUS", ["Russia", "Moscow"], []),
    "country:TUR": ("country", "Turkey & <i>allies</i>", "TUR", ["Turkey"], []),
    "country:USA": ("country", "+United States", "USA", ["US"], []),
    "country:GBR": ("country", "United Kingdom", "GBR", ["UK"], []),
    "person:jens-stoltenberg": (
        "person",
        "Jens Stoltenberg",
        None,
        ["Jens Stoltenberg", "Stoltenberg"],
        ["-NATO Secretary General"],
    ),
    "person:vladimir-putin": ("person", f"{BOLD} Putin", "RUS", ["Vladimir Putin", "Putin"], []),
    "person:recep-tayyip-erdogan": ("person", "@Erdogan", "TUR", ["Erdogan"], []),
    "person:donald-trump": ("person", "-Trump", "USA", ["Donald Trump", "Trump"], []),
    "location:london": (
        "location",
        '<a href="http://evil.example">London</a>',
        "GBR",
        ["London"],
        [],
    ),
}

# Renamed through the curation file (a colleague's curation.yaml, say).
RENAMED = {
    "person:jens-stoltenberg": '<a href="javascript:alert(1)">Jens Stoltenberg</a>',
    "country:GBR": "=cmd|' /C calc'!A0",
}

KB = [
    ("su24-downing-2015", '<a href="javascript:alert(1)">Su-24 downing</a>', "military incident",
     date(2015, 11, 24), date(2015, 11, 24), "=Turkey–Syria border"),
    ("nato-summit-warsaw-2016", '=HYPERLINK("http://evil","Warsaw summit")', "summit",
     date(2016, 7, 8), date(2016, 7, 9), "Warsaw, Poland"),
    ("trump-putin-helsinki-2018", f"{BOLD} Helsinki summit", "summit",
     date(2018, 7, 16), date(2018, 7, 16), "Helsinki, Finland"),
    ("nato-leaders-meeting-london-2019", f"{IMG} London meeting", "summit",
     date(2019, 12, 3), date(2019, 12, 4), "London, United Kingdom"),
]  # fmt: skip

SOURCES = ("=Sputnik", "<b>Reuters</b>", "@RT")

ARTICLES = [
    ("h01.txt", SOURCES[0], date(2015, 11, 25), [
        f"{FORMULA} [Turkey|country:TUR] shot down a [Russian|country:RUS] jet.",
        "[Vladimir Putin|person:vladimir-putin] called {the downing|event:su24-downing-2015|2015-11-24} "
        f"{LINK} a stab in the back.",
        "[NATO|org:nato] called for calm after [Erdogan|person:recep-tayyip-erdogan] spoke.",
    ]),
    ("h02.txt", SOURCES[1], date(2015, 11, 26), [
        "[Jens Stoltenberg|person:jens-stoltenberg] said [NATO|org:nato] stands with [Turkey|country:TUR].",
        f"<<{FORMULA}>>|person:jens-stoltenberg, [Stoltenberg|person:jens-stoltenberg] told reporters.",
        f"-2+3 [Russia|country:RUS] and [Turkey|country:TUR] traded {IMG} accusations.",
    ]),
    ("h03.txt", SOURCES[0], date(2016, 7, 10), [
        "@SUM(1+1) [NATO|org:nato] leaders met at {the Warsaw summit|event:nato-summit-warsaw-2016|2016-07-08}.",
        f"[Jens Stoltenberg|person:jens-stoltenberg] said {BOLD} dialogue with [Russia|country:RUS] goes on.",
        f"<<{BOLD} NATO poses no threat>>|person:jens-stoltenberg, he said.",
    ]),
    ("h04.txt", SOURCES[2], date(2016, 7, 12), [
        "+[Moscow|country:RUS] criticised [NATO|org:nato] over {the Warsaw summit|event:nato-summit-warsaw-2016|2016-07-08}.",
        "<<-NATO is a threat>>|person:vladimir-putin, [Vladimir Putin|person:vladimir-putin] said.",
    ]),
    ("h05.txt", SOURCES[1], date(2018, 7, 17), [
        "[Donald Trump|person:donald-trump] met [Vladimir Putin|person:vladimir-putin] at "
        "{the Helsinki summit|event:trump-putin-helsinki-2018|2018-07-16}.",
        "<<@everyone javascript:alert(1)>>|person:donald-trump, [Trump|person:donald-trump] wrote.",
        "[Trump|person:donald-trump] praised [Putin|person:vladimir-putin] and criticised [NATO|org:nato].",
    ]),
    ("h06.txt", SOURCES[0], date(2018, 7, 18), [
        "[Putin|person:vladimir-putin] and [Trump|person:donald-trump] discussed arms control with the [US|country:USA].",
        "\tTabbed: [Russia|country:RUS] and the [US|country:USA] agreed to talk.",
    ]),
    ("h07.txt", SOURCES[1], date(2019, 12, 4), [
        "[NATO|org:nato] leaders gathered in [London|location:london] for "
        "{the London meeting|event:nato-leaders-meeting-london-2019|2019-12-03}.",
        '[Jens Stoltenberg|person:jens-stoltenberg] said [Russia|country:RUS] and the [UK|country:GBR] '
        '<a href="http://evil.example">agree</a>.',
        "[Donald Trump|person:donald-trump] and [Erdogan|person:recep-tayyip-erdogan] met on the sidelines.",
    ]),
    ("h08.txt", SOURCES[2], date(2019, 11, 30), [
        "\rCR: [Moscow|country:RUS] dismissed {the London meeting|event:nato-leaders-meeting-london-2019|2019-12-03} as a show.",
        "[Vladimir Putin|person:vladimir-putin] said [NATO|org:nato] is javascript:alert(1) a relic.",
        "<<=cmd|' /C calc'!A0>>|person:vladimir-putin, [Putin|person:vladimir-putin] said.",
    ]),
]  # fmt: skip

TITLES = [
    FORMULA,
    '<a href="javascript:alert(1)">Read me</a>',
    IMG,
    "+cmd title",
    "@SUM(A1) title",
    "-2+3 title",
    "\tTabbed title",
    f"{BOLD} title",
]

_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?([eE][-+]?\d+)?")


def make_dataset() -> store.Dataset:
    """The hostile corpus's tables (before the curation file renames two entities)."""
    dataset = synthetic.make_dataset(articles=ARTICLES, entities=ENTITIES, kb=KB)
    dataset.articles["title"] = TITLES
    dataset.articles["lede"] = [f"{IMG} lede" if i % 2 else f"={i}+1" for i in range(len(TITLES))]
    return dataset


def write_dataset(out_dir: Path) -> Path:
    store.write_dataset(make_dataset(), out_dir)
    return out_dir


def write_curation(path: Path) -> Path:
    """The curation file that renames entities to markup and to a formula."""
    save_curation(path, Curation(tuple(Rename(e, name) for e, name in RENAMED.items())))
    return path


def runs_as_formula(cell: str) -> bool:
    """Whether a spreadsheet would take this CSV cell for a formula: it starts with `=`, `+`,
    `-`, `@`, a tab or a CR, and is not a number (-5 written as a number is a number)."""
    return cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(cell)
