"""Bad input, interrupted runs and concurrent runs: nothing already processed is lost.

The bad corpus is what scrapers produce in practice; each bad file or row must be reported
with its path (and line), the reason and what was done, and every good article processed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lib import store
from tests.conftest import ROOT

STORY = (
    "NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance would not be drawn into "
    "a new arms race with Russia.\n\nThe Kremlin said it would respond to any deployment near its borders.\n"
)


def write_bad_corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "russian-cp1251.txt").write_bytes(
        "Генеральный секретарь НАТО Йенс Столтенберг заявил, что альянс не будет втянут в гонку вооружений.\n".encode(
            "cp1251"
        )
    )
    (folder / "deutsch.txt").write_text(
        "NATO-Generalsekretär Jens Stoltenberg sagte am Freitag in Brüssel, das Bündnis wolle den "
        "Dialog mit Russland fortsetzen, auch wenn die Beziehungen so schlecht seien wie lange nicht.\n",
        encoding="utf-8",
    )
    (folder / "french-latin1.txt").write_bytes(
        "French President Emmanuel Macron said in Besançon that Europe must talk to Russia, a stance the "
        "Élysée defended on Monday.\n".encode("latin-1")
    )
    (folder / "bom.txt").write_bytes(
        "\ufeff".encode() + b"Kremlin spokesman Dmitry Peskov said on Friday that "
        b"NATO drills in Estonia were a provocation.\n"
    )
    paragraph = (
        "Russian and NATO officials met again in Brussels to discuss the deployment of missiles in "
        "Europe, diplomats said. "
    ) * 8 + "\n\n"
    with (folder / "huge.txt").open("w", encoding="utf-8") as handle:
        block = paragraph * 1000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(block)
    (folder / "truncated.html").write_text(
        "<html><head><title>NATO and Russia hold talks</title></head><body><article><h1>NATO and Russia hold "
        "talks</h1><p>NATO and Russian envoys met in Brussels on Monday for the first NATO-Russia Council in two "
        "years, officials said.</p><p>The talks lasted four hou",
        encoding="utf-8",
    )
    (folder / "script.html").write_text(
        '<html><head><title>Kremlin warns NATO</title><script>alert("pwned")</script></head><body><nav>Home | '
        'World</nav><article><h1>Kremlin warns NATO</h1><p onclick="alert(1)">Kremlin spokesman Dmitry Peskov '
        'said on Friday that NATO expansion threatens Russia\'s security.</p><img src=x onerror="alert(1)">'
        "<p>Peskov said Moscow would respond to any new deployment near its borders.</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "no-text.csv").write_text(
        "title,date,source\nNATO summit,2018-07-11,Reuters\n", encoding="utf-8"
    )
    (folder / "ragged.csv").write_text(
        'title,text,date\n"Talks in Geneva","NATO and Russia held talks in Geneva, officials said.",2019-01-25\n'
        '"Bad","too","many","fields"\n'
        '"Drills","Moscow said NATO exercises near its border were provocative.",2019-02-01\n',
        encoding="utf-8",
    )
    (folder / "broken.jsonl").write_text(
        '{"title": "Sochi", "text": "Putin met Erdogan in Sochi on Monday, the Kremlin said."}\n'
        '{"title": "B", "text": broken\n'
        '{"title": "Relic", "text": "Lavrov said NATO was a relic of the Cold War."}\n',
        encoding="utf-8",
    )
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "copy of story.txt").write_text(STORY, encoding="utf-8")
    (folder / "Статья о НАТО.txt").write_text(
        "Russia's Foreign Ministry said NATO's eastward expansion undermined European security, spokeswoman "
        "Maria Zakharova told reporters.\n",
        encoding="utf-8",
    )
    (folder / "locked.txt").write_text(
        "Turkey bought Russian S-400 missiles despite NATO objections.\n", encoding="utf-8"
    )
    (folder / "locked.txt").chmod(0)
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to("..")


# As root, file permissions do not stop reads: drop the capabilities that bypass them
# (setpriv, from util-linux) so an unreadable file is unreadable for the run too.
WITHOUT_DAC = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


def run_preprocess(
    corpus: Path, out: Path, *, honour_permissions: bool = False
) -> subprocess.CompletedProcess:
    prefix = WITHOUT_DAC if honour_permissions and os.geteuid() == 0 else []
    return subprocess.run(
        [
            *prefix,
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    corpus = base / "corpus"
    write_bad_corpus(corpus)
    out = base / "out"
    result = run_preprocess(corpus, out, honour_permissions=True)
    return corpus, out, result


def reported(out: Path) -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = {}
    for problem in json.loads((out / "report.json").read_text(encoding="utf-8")):
        by_file.setdefault(Path(problem["path"]).name, []).append(problem)
    return by_file


@pytest.mark.parametrize(
    ("file", "reason", "action", "line"),
    [
        ("empty.txt", "empty article", "skipped", None),
        ("binary.txt", "binary file", "skipped", None),
        ("russian-cp1251.txt", "not valid UTF-8", "decoded as cp1251", None),
        ("french-latin1.txt", "not valid UTF-8", "decoded as cp1252", None),
        (
            "huge.txt",
            "longer than any news story",
            "truncated to its first 200,000 characters",
            None,
        ),
        ("no-text.csv", "no text column", "skipped", None),
        ("ragged.csv", "row has 4 fields, header has 3", "skipped", 2),
        ("broken.jsonl", "not valid JSON", "skipped", 2),
        (
            "story.txt",
            "duplicate of",
            "skipped",
            None,
        ),  # "copy of story.txt" sorts first and is kept
        ("locked.txt", "Permission denied", "skipped", None),
        ("loop", "already read", "skipped", None),
    ],
)
def test_each_bad_file_is_reported_with_reason_and_action(bad_run, file, reason, action, line):
    _, out, _ = bad_run
    problems = reported(out).get(file, [])
    assert any(
        reason in p["reason"] and p["action"].startswith(action) and p["line"] == line
        for p in problems
    ), problems


def test_russian_article_is_extracted_and_another_language_kept_with_a_reason(bad_run):
    _, out, _ = bad_run
    articles = store.read_table("articles", out)
    names = articles["path"].map(lambda p: Path(p).name)
    language = dict(zip(names, articles["language"], strict=True))
    assert (language["russian-cp1251.txt"], language["deutsch.txt"]) == ("ru", "de")
    mentions = store.read_table("mentions", out).merge(articles[["article_id", "path"]])
    russian = mentions[mentions["path"].str.endswith("russian-cp1251.txt")]
    assert {"org:nato", "person:jens-stoltenberg"} <= set(russian["entity_id"])
    assert not mentions["path"].str.endswith("deutsch.txt").any()
    assert [(p["reason"], p["action"]) for p in reported(out)["deutsch.txt"]] == [
        (
            "language not supported yet: German (de); the extraction reads English and Russian",
            "kept without entities (text and metadata only)",
        )
    ]


def test_every_good_article_is_processed(bad_run):
    _, out, result = bad_run
    articles = store.read_table("articles", out)
    names = sorted(
        Path(p).name + (f":{int(r)}" if r == r and r is not None else "")
        for p, r in zip(articles["path"], articles["row"], strict=True)
    )
    assert names == sorted(
        [
            "bom.txt",
            "broken.jsonl:1",
            "broken.jsonl:3",
            "french-latin1.txt",
            "huge.txt",
            "ragged.csv:1",
            "ragged.csv:3",
            "script.html",
            "copy of story.txt",
            "truncated.html",
            "Статья о НАТО.txt",
            "russian-cp1251.txt",
            "deutsch.txt",
        ]
    )
    texts = articles.set_index(articles["path"].map(lambda p: Path(p).name))["text"]
    assert "Besançon" in texts["french-latin1.txt"]  # decoded right, not mojibake
    assert "alert" not in texts["script.html"] and "Home | World" not in texts["script.html"]
    assert "Peskov" in texts["script.html"]
    assert "NATO-Russia Council" in texts["truncated.html"]


def test_command_line_summary_and_exit_status(bad_run):
    _, _, result = bad_run
    assert result.returncode == 1  # something was skipped
    assert "13 articles" in result.stdout
    assert "skipped; see" in result.stderr and "locked.txt" in result.stderr


# --- nothing lost ---------------------------------------------------------------------


def small_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"story-{i:04d}.txt").write_text(
            f"MOSCOW (Reuters) - Story {i}: Russian Foreign Minister Sergei Lavrov said on Monday that NATO "
            f"had moved {i} more troops to Poland and the Baltic states.\n\nNATO Secretary General Jens "
            f"Stoltenberg said the alliance posed no threat to Russia.\n",
            encoding="utf-8",
        )
    return folder


def test_killed_run_leaves_previous_tables_and_next_run_completes(tmp_path):
    out = tmp_path / "out"
    first = run_preprocess(small_corpus(tmp_path / "small", 3), out)
    assert first.returncode == 0, first.stderr
    before = store.dataset_version(out)
    articles_before = store.read_table("articles", out)

    big = small_corpus(tmp_path / "big", 1500)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            str(big),
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(6)  # well into the extraction
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    assert store.dataset_version(out) == before
    assert store.read_table("articles", out).equals(articles_before)
    assert len(store.read_dataset(out).articles) == 3

    again = run_preprocess(small_corpus(tmp_path / "small", 5), out)
    assert again.returncode == 0, again.stderr
    assert len(store.read_dataset(out).articles) == 5
    assert not list((out / "runs").glob(".incomplete-*"))


def test_second_run_on_the_same_output_is_refused_clearly(tmp_path):
    out = tmp_path / "out"
    with store.write_lock(out):
        result = run_preprocess(small_corpus(tmp_path / "c", 1), out)
    assert result.returncode == 2
    assert "another preprocessing run is writing here" in result.stderr
    assert not store.dataset_exists(out)
    assert run_preprocess(small_corpus(tmp_path / "c", 1), out).returncode == 0
