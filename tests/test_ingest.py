"""Tests for lib.engine.ingest: every format, decoding, walking, sidecars, and the problems reported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lib.engine import ingest
from lib.engine.ingest import (
    SUPPORTED_SUFFIXES,
    RawArticle,
    decoding,
    iter_corpus,
    load_sidecar,
    read_file,
    sniff_delimiter,
    strip_markdown,
)
from lib.engine.report import Report
from lib.ids import article_id_for

REPO = Path(__file__).resolve().parents[1]

REUTERS = (
    "WASHINGTON (Reuters) - NATO allies agreed on Wednesday to strengthen air defences on the "
    "alliance's eastern flank, Secretary General Jens Stoltenberg said, as Russia warned of "
    "countermeasures.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "The Kremlin said the decision would not go unanswered. Moscow has long opposed the "
    "deployment of allied troops near its borders.\n"
)
CNN = (
    "(CNN) Russia's foreign ministry summoned NATO diplomats on Friday after the alliance "
    "announced new exercises in the Baltic Sea, state media reported.\n"
    "\n"
    "Sign up for our newsletter.\n"
)
RUSSIAN = (
    "Генеральный секретарь НАТО Йенс Столтенберг заявил в пятницу, что альянс не стремится "
    "к конфронтации с Россией. Министр иностранных дел России Сергей Лавров ответил, что "
    "Москва будет защищать свою безопасность всеми доступными средствами.\n"
)
FRENCH = (
    "Les ministres des Affaires étrangères de l'OTAN se sont réunis à Genève jeudi. "
    "Selon le porte-parole, les discussions sur la dissuasion face à la Russie ont été "
    "« constructives », tandis que l'Élysée a souligné la nécessité du dialogue.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>NATO boosts air defence in the Baltics | Baltic Wire</title>
  <meta property="og:title" content="NATO boosts air defence in the Baltics">
  <meta property="og:site_name" content="Baltic Wire">
  <meta property="og:url" content="https://balticwire.example.com/world/nato-air-defence">
  <meta property="article:published_time" content="2024-03-14T09:30:00Z">
  <script>window.dataLayer = ["trackPageview", "secretTrackingToken"];</script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
  <article>
    <h1>NATO boosts air defence in the Baltics</h1>
    <p>VILNIUS (Baltic Wire) - NATO will station additional air defence systems in Lithuania,
    Latvia and Estonia, the alliance said on Thursday, citing repeated airspace violations by
    Russian military aircraft over the Baltic Sea.</p>
    <script>console.log("inlineAdScript");</script>
    <p>Moscow called the move a provocation. Kremlin spokesman Dmitry Peskov told reporters that
    Russia would take measures to ensure its own security in the region.</p>
    <p>Diplomats in Brussels said the deployment had been planned for months and was defensive in
    nature, adding that allies remained open to talks on risk reduction.</p>
  </article>
  <footer>Copyright Baltic Wire. All rights reserved.</footer>
</body>
</html>
"""


def write(path: Path, content: str | bytes, *, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode(encoding))
    else:
        path.write_bytes(content)
    return path


def run(paths, **options) -> tuple[list[RawArticle], Report]:
    report = Report()
    return list(iter_corpus(paths, report=report, **options)), report


def reasons(report: Report) -> list[tuple[str, int | None, str, str]]:
    return [(Path(p.path).name, p.line, p.reason, p.action) for p in report.problems]


# --------------------------------------------------------------------------- the real sample


def test_sample_folder_reads_three_plain_text_articles():
    articles, report = run([REPO / "data" / "sample"])
    assert report.problems == []
    assert len(articles) == 3  # two English, one Russian
    for article in articles:
        assert article.format == "txt"
        assert article.encoding == "utf-8"
        assert article.row is None
        content = Path(article.path).read_bytes().decode("utf-8")
        assert article.text == content.replace("\r\n", "\n").replace("\r", "\n")
        assert article.article_id == article_id_for(article.text)


# --------------------------------------------------------------------------- plain text


def test_txt_is_one_article_with_text_as_given(tmp_path):
    path = write(tmp_path / "reuters.txt", REUTERS.replace("\n", "\r\n"))
    report = Report()
    [article] = read_file(path, report=report)
    assert report.problems == []
    assert article == RawArticle(
        article_id=article_id_for(REUTERS),
        path=path.as_posix(),
        row=None,
        format="txt",
        text=REUTERS,  # line endings normalised, chrome ("Advertisement") kept
    )


def test_same_text_under_two_names_gets_the_same_id_and_ids_are_stable(tmp_path):
    write(tmp_path / "a.txt", REUTERS)
    write(tmp_path / "copy" / "b.txt", REUTERS.replace("\n", "\r\n"))
    write(tmp_path / "c.txt", CNN)
    first, _ = run([tmp_path])
    second, _ = run([tmp_path])
    assert [a.article_id for a in first] == [a.article_id for a in second]
    by_name = {Path(a.path).name: a.article_id for a in first}
    assert by_name["a.txt"] == by_name["b.txt"] != by_name["c.txt"]
    assert len(first) == 3  # duplicates are not dropped here


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", CNN)
    write(tmp_path / "a" / "z.txt", REUTERS)
    write(tmp_path / "a" / "deeper" / "y.txt", RUSSIAN)
    write(tmp_path / "c" / "x.md", "# Title\n\nNATO and Russia.\n")
    articles, report = run([tmp_path])
    assert report.problems == []
    relative = [Path(a.path).relative_to(tmp_path).as_posix() for a in articles]
    assert relative == ["a/deeper/y.txt", "a/z.txt", "b.txt", "c/x.md"]
    assert all(a.path == (tmp_path / r).as_posix() for a, r in zip(articles, relative, strict=True))


def test_unsupported_hidden_and_missing_paths(tmp_path):
    write(tmp_path / "story.txt", CNN)
    write(tmp_path / "photo.JPG", b"\xff\xd8\xff\xe0 not really a jpeg")
    write(tmp_path / ".DS_Store", b"\x00\x01")
    write(tmp_path / ".hidden" / "note.txt", REUTERS)
    write(tmp_path / "README", "no suffix")
    articles, report = run([tmp_path, tmp_path / "missing"])
    assert [Path(a.path).name for a in articles] == ["story.txt"]
    assert reasons(report) == [
        ("README", None, "unsupported file type (no extension)", "skipped"),
        ("photo.JPG", None, "unsupported file type .jpg", "skipped"),
        ("missing", None, "no such file or folder", "skipped"),
    ]
    assert ".markdown" in SUPPORTED_SUFFIXES


def test_an_unsupported_file_given_directly_is_reported(tmp_path):
    path = write(tmp_path / "report.pdf", b"%PDF-1.4")
    report = Report()
    assert read_file(path, report=report) == []
    assert reasons(report) == [("report.pdf", None, "unsupported file type .pdf", "skipped")]


@pytest.mark.timeout(30)
def test_symlink_loop_does_not_hang(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "sub" / "story.txt", REUTERS)
    os.symlink(corpus, corpus / "sub" / "loop")  # sub/loop -> corpus -> sub -> ...
    os.symlink(corpus / "sub", corpus / "again")
    articles, report = run([corpus])
    assert [Path(a.path).relative_to(corpus).as_posix() for a in articles] == ["again/story.txt"]
    assert all(p.reason == "folder already read (symbolic link)" for p in report.problems)
    assert {Path(p.path).name for p in report.problems} == {"loop", "sub"}


# --------------------------------------------------------------------------- decoding


def test_windows_1251_russian_is_decoded_and_reported(tmp_path):
    path = write(tmp_path / "tass.txt", RUSSIAN, encoding="cp1251")
    articles, report = run([path])
    [article] = articles
    assert article.text == RUSSIAN
    assert article.encoding == "cp1251"
    [problem] = report.problems
    assert problem.reason.startswith("not valid UTF-8")
    assert problem.action == "decoded as cp1251"
    assert not problem.skipped


def test_latin_1_french_is_decoded_and_reported(tmp_path):
    path = write(tmp_path / "lemonde.txt", FRENCH, encoding="latin-1")
    articles, report = run([path])
    [article] = articles
    assert article.text == FRENCH
    assert article.encoding in ("cp1252", "iso8859-1")
    [problem] = report.problems
    assert problem.reason.startswith("not valid UTF-8")
    assert problem.action == f"decoded as {article.encoding}"


def test_utf8_bom_is_removed(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + CNN.encode("utf-8"))
    articles, report = run([path])
    assert report.problems == []
    assert articles[0].text == CNN
    assert articles[0].encoding == "utf-8"


def test_mojibake_is_fixed_and_curly_quotes_kept(tmp_path):
    # UTF-8 bytes once read as Windows-1252 and saved again: the classic "NATOâ€™s".
    broken = 'NATOâ€™s chief said “dialogue with Russia” remains possible, said the "envoy".\n'
    path = write(tmp_path / "mojibake.txt", broken)
    [article] = read_file(path, report=Report())
    fixed = 'NATO’s chief said “dialogue with Russia” remains possible, said the "envoy".\n'
    assert article.text == fixed
    assert article.article_id == article_id_for(fixed)


def test_empty_and_whitespace_files_are_reported(tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.md", " \n\t\n")
    articles, report = run([tmp_path])
    assert articles == []
    assert reasons(report) == [
        ("blank.md", None, "empty article", "skipped"),
        ("empty.txt", None, "empty article", "skipped"),
    ]


def test_binary_file_named_txt_is_skipped(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    write(tmp_path / "image.txt", png)
    write(tmp_path / "real.txt", CNN)
    articles, report = run([tmp_path])
    assert [Path(a.path).name for a in articles] == ["real.txt"]
    assert reasons(report) == [
        ("image.txt", None, "looks like a binary file (NUL bytes)", "skipped")
    ]


def test_unreadable_file_is_reported_and_reading_goes_on(tmp_path, monkeypatch):
    locked = write(tmp_path / "a_locked.txt", REUTERS)
    write(tmp_path / "b_open.txt", CNN)
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:  # chmod 000 does not stop root, so fake the OS error
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    articles, report = run([tmp_path])
    assert [Path(a.path).name for a in articles] == ["b_open.txt"]
    assert reasons(report) == [
        ("a_locked.txt", None, "cannot read file: Permission denied", "skipped")
    ]


def test_big_files_are_checked_in_chunks(tmp_path, monkeypatch):
    # Tiny chunks stand in for a GB file: a character split between chunks is still UTF-8,
    # and a bad byte far from the start is still found and the guess made on bytes near it.
    monkeypatch.setattr(decoding, "_SAMPLE_BYTES", 64)
    monkeypatch.setattr(decoding, "_CHUNK_BYTES", 7)
    rows = "".join(f'{i},"{RUSSIAN.strip()}"\n' for i in range(5))
    write(tmp_path / "good.csv", "n,text\n" + rows)
    ascii_rows = "".join(f'{i},"NATO and Russia, row {i}."\n' for i in range(20))
    bad = ("n,text\n" + ascii_rows).encode("ascii") + f'99,"{RUSSIAN.strip()}"\n'.encode("cp1251")
    write(tmp_path / "late.csv", bad)
    articles, report = run([tmp_path])
    good = [a for a in articles if a.path.endswith("good.csv")]
    late = [a for a in articles if a.path.endswith("late.csv")]
    assert [a.text for a in good] == [RUSSIAN.strip()] * 5
    assert {a.encoding for a in good} == {"utf-8"}
    assert late[-1].text == RUSSIAN.strip() and late[-1].row == 21
    assert reasons(report) == [
        ("late.csv", None, "not valid UTF-8 (first bad byte on line 22)", "decoded as cp1251")
    ]


# --------------------------------------------------------------------------- Markdown

MARKDOWN = """---
title: "NATO's Eastern Flank: What Changes"
date: 2024-07-10
source: Atlantic Monitor
url: https://monitor.example.org/nato-eastern-flank
author: Jane Roe
tags:
  - NATO
  - Russia
topic: [defence, diplomacy]
---
# A headline that is not the title

BRUSSELS - **NATO** defence ministers met on *Thursday* to discuss the
[eastern flank](https://www.nato.int/flank "NATO") and Russia's build-up.

![Ministers at the table](https://img.example.org/ministers.jpg)

## Key points

- More troops in Poland
* Air policing over the Baltic_states
+ Talks with Moscow on _risk reduction_

Advertisement
"""


def test_markdown_front_matter_and_markup(tmp_path):
    path = write(tmp_path / "brief.md", MARKDOWN)
    articles, report = run([path])
    assert report.problems == []
    [article] = articles
    assert article.format == "md"
    assert article.title == "NATO's Eastern Flank: What Changes"
    assert article.date == "2024-07-10"
    assert article.date_basis == "metadata"
    assert article.source == "Atlantic Monitor"
    assert article.url == "https://monitor.example.org/nato-eastern-flank"
    assert article.extra == {
        "author": "Jane Roe",
        "tags": "NATO; Russia",
        "topic": "defence; diplomacy",
    }
    assert article.text == (
        "A headline that is not the title\n"
        "\n"
        "BRUSSELS - NATO defence ministers met on Thursday to discuss the\n"
        "eastern flank and Russia's build-up.\n"
        "\n"
        "Key points\n"
        "\n"
        "More troops in Poland\n"
        "Air policing over the Baltic_states\n"
        "Talks with Moscow on risk reduction\n"
        "\n"
        "Advertisement"
    )


def test_markdown_heading_is_the_title_without_front_matter(tmp_path):
    path = write(
        tmp_path / "note.markdown",
        "Intro line.\n\n## Sub\n\n# Russia *warns* NATO\n\nMOSCOW (Reuters) - Text 5 * 3.\n",
    )
    [article] = read_file(path, report=Report())
    assert article.format == "md"
    assert article.title == "Russia warns NATO"
    assert article.date is None and article.date_basis is None
    assert (
        article.text == "Intro line.\n\nSub\n\nRussia warns NATO\n\nMOSCOW (Reuters) - Text 5 * 3."
    )


def test_strip_markdown_keeps_code_and_drops_rules():
    text, heading = strip_markdown("Para one.\n\n---\n\n```\nkeep *this*\n```\n> quoted *word*\n")
    assert heading is None
    assert text == "Para one.\n\nkeep *this*\nquoted word"


# --------------------------------------------------------------------------- HTML


def test_html_main_text_without_script_nav_or_tags(tmp_path):
    path = write(tmp_path / "page.html", HTML_PAGE)
    articles, report = run([path])
    assert report.problems == []
    [article] = articles
    assert article.format == "html"
    assert article.title == "NATO boosts air defence in the Baltics"
    assert article.source == "Baltic Wire"
    assert article.url == "https://balticwire.example.com/world/nato-air-defence"
    assert article.date == "2024-03-14"
    assert article.date_basis == "metadata"
    assert article.extra["hostname"] == "example.com"  # trafilatura keeps the domain
    text = article.text
    for unwanted in ("<", ">", "secretTrackingToken", "inlineAdScript", "Subscribe now", "Sport"):
        assert unwanted not in text
    paragraphs = text.split("\n\n")
    assert paragraphs[-3].startswith("VILNIUS (Baltic Wire) - NATO will station")
    assert paragraphs[-2].startswith("Moscow called the move a provocation.")
    assert paragraphs[-1].endswith("open to talks on risk reduction.")
    assert article.article_id == article_id_for(text)


def test_html_without_main_text_is_reported(tmp_path):
    write(tmp_path / "nav.htm", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    articles, report = run([tmp_path])
    assert articles == []
    assert reasons(report) == [("nav.htm", None, "no main text found in HTML", "skipped")]


def test_html_in_windows_1251_uses_the_declared_charset(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>НАТО и Россия</title></head><body><article><p>{RUSSIAN}</p>"
        f"<p>{RUSSIAN}</p></article></body></html>"
    )
    write(tmp_path / "ria.html", page, encoding="cp1251")
    articles, report = run([tmp_path])
    [article] = articles
    assert article.encoding == "cp1251"
    assert RUSSIAN.strip() in article.text
    assert [p.action for p in report.problems] == ["decoded as cp1251"]


# --------------------------------------------------------------------------- JSONL


def test_jsonl_rows_columns_and_broken_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "Headline": "NATO jets scrambled",
                "Body": REUTERS,
                "Published": "2024-02-01T10:00:00Z",
                "Outlet": "Reuters",
                "Link": "https://reuters.example.com/a",
                "authors": ["Anna Smith", "Ivan Petrov"],
                "bias": None,
                "wordcount": 87,
                "id": "r-001",
            }
        ),
        "",
        '{"text": "broken line, no closing brace"',
        '["not", "an", "object"]',
        json.dumps({"headline": "No body here", "source": "TASS"}),
        json.dumps({"text": "   "}),
        json.dumps({"content": CNN, "source": "CNN", "topic": "sanctions"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles, report = run([path])
    assert [(a.row, a.format) for a in articles] == [(1, "jsonl"), (7, "jsonl")]
    first, second = articles
    assert first.text == REUTERS
    assert first.title == "NATO jets scrambled"
    assert first.date == "2024-02-01T10:00:00Z"
    assert first.date_basis == "metadata"
    assert first.source == "Reuters"
    assert first.url == "https://reuters.example.com/a"
    assert first.extra == {"authors": "Anna Smith; Ivan Petrov", "wordcount": "87", "id": "r-001"}
    assert second.text == CNN and second.source == "CNN" and second.title is None
    assert second.extra == {"topic": "sanctions"}
    assert second.date is None and second.date_basis is None
    got = reasons(report)
    assert got[0][:2] == ("feed.jsonl", 3) and got[0][2].startswith("not valid JSON")
    assert got[1:] == [
        ("feed.jsonl", 4, "not a JSON object", "skipped"),
        (
            "feed.jsonl",
            5,
            "no text column (expected one of text, body, content, article, full_text, maintext)",
            "skipped",
        ),
        ("feed.jsonl", 6, "empty article", "skipped"),
    ]
    assert all(p.skipped for p in report.problems)


def test_many_broken_rows_are_reported_with_a_cap(tmp_path):
    path = write(tmp_path / "bad.jsonl", "not json\n" * 70 + json.dumps({"text": CNN}) + "\n")
    articles, report = run([path])
    assert len(articles) == 1 and articles[0].row == 71
    assert len(report.problems) == 51
    assert report.problems[-1].reason == "20 more rows with problem 'json' not listed"


def test_jsonl_in_windows_1251_is_streamed_and_decoded(tmp_path):
    rows = [{"text": RUSSIAN, "source": "ТАСС"}, {"text": RUSSIAN.upper(), "source": "РИА"}]
    content = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    write(tmp_path / "tass.jsonl", content, encoding="cp1251")
    articles, report = run([tmp_path])
    assert [a.source for a in articles] == ["ТАСС", "РИА"]
    assert articles[0].text == RUSSIAN
    assert {a.encoding for a in articles} == {"cp1251"}
    assert [p.action for p in report.problems] == ["decoded as cp1251"]


# --------------------------------------------------------------------------- CSV


def test_csv_columns_index_and_multiline_text(tmp_path):
    content = (
        ",Title,Text,Date,Source,URL,Bias,Country\n"
        f'0,NATO summit,"{REUTERS}",2024-07-10,Reuters,https://r.example/1,center,US\n'
        f'1,Kremlin reacts,"{CNN}",10 July 2024,CNN,,left,\n'
    )
    path = write(tmp_path / "news.csv", b"\xef\xbb\xbf" + content.encode("utf-8"))
    articles, report = run([path])
    assert report.problems == []
    first, second = articles
    assert (first.row, first.format, first.encoding) == (1, "csv", "utf-8")
    assert first.text == REUTERS and first.title == "NATO summit"
    assert (first.date, first.date_basis) == ("2024-07-10", "metadata")
    assert (first.source, first.url) == ("Reuters", "https://r.example/1")
    assert first.extra == {"bias": "center", "country": "US"}
    assert second.row == 2 and second.text == CNN and second.url is None
    assert second.date == "10 July 2024"
    assert second.extra == {"bias": "left"}


def test_csv_without_text_column_is_reported_and_skipped(tmp_path):
    write(tmp_path / "meta.csv", "Unnamed: 0,title,date\n0,NATO summit,2024-07-10\n")
    articles, report = run([tmp_path])
    assert articles == []
    assert reasons(report) == [
        (
            "meta.csv",
            None,
            "no text column (expected one of text, body, content, article, full_text, "
            "maintext); found columns: Unnamed: 0, title, date",
            "skipped",
        )
    ]


def test_ragged_csv_row_is_reported_with_its_record_number(tmp_path):
    content = (
        "title,text,source\n"
        f'One,"{REUTERS}",Reuters\n'
        "Two,too,many,fields\n"
        "Three,short\n"
        f'Four,"{CNN}",CNN\n'
    )
    path = write(tmp_path / "ragged.csv", content)
    articles, report = run([path])
    assert [(a.row, a.title) for a in articles] == [(1, "One"), (4, "Four")]
    assert reasons(report) == [
        ("ragged.csv", 2, "row has 4 fields, header has 3", "skipped"),
        ("ragged.csv", 3, "row has 2 fields, header has 3", "skipped"),
    ]


def test_semicolon_and_tab_csv(tmp_path):
    text = "Russia, NATO; talks, again: the Kremlin said on Monday."
    write(tmp_path / "semi.csv", f'headline;article;publisher\nTalks;"{text}";RIA Novosti\n')
    write(tmp_path / "tabs.csv", f"headline\tarticle\tpublisher\nTalks\t{text}\tTASS\n")
    articles, report = run([tmp_path])
    assert report.problems == []
    assert [(a.title, a.text, a.source) for a in articles] == [
        ("Talks", text, "RIA Novosti"),
        ("Talks", text, "TASS"),
    ]


def test_sniff_delimiter():
    assert sniff_delimiter('a;"b,c,d";e\n1,2,3,4') == ";"
    assert sniff_delimiter("a\tb\tc") == "\t"
    assert sniff_delimiter("text") == ","


# --------------------------------------------------------------------------- sidecar


def test_sidecar_overrides_by_file_name_path_and_article_id(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "reuters.txt", REUTERS)
    write(corpus / "sub" / "cnn.txt", CNN)
    write(corpus / "sub" / "tass.txt", RUSSIAN)
    write(corpus / "feed.jsonl", json.dumps({"id": "row-7", "text": FRENCH, "source": "AFP"}))
    sidecar = write(
        tmp_path / "meta.csv",
        "file,article_id,title,date,source,url,bias\n"
        "reuters.txt,,NATO strengthens air defence,2024-05-02,Reuters,https://r.example/2,center\n"
        f"sub/cnn.txt,,,,CNN International,,left\n"
        f",{article_id_for(RUSSIAN)},Lavrov responds,,,,\n"
        ",row-7,,12/05/2024,,,\n"
        "gone.txt,,Missing article,,,,\n",
    )
    articles, report = run([corpus], sidecar=sidecar)
    by_name = {Path(a.path).name: a for a in articles}
    reuters = by_name["reuters.txt"]
    assert reuters.title == "NATO strengthens air defence"
    assert (reuters.date, reuters.date_basis) == ("2024-05-02", "sidecar")
    assert (reuters.source, reuters.url) == ("Reuters", "https://r.example/2")
    assert reuters.extra == {"bias": "center"}
    assert reuters.text == REUTERS and reuters.article_id == article_id_for(REUTERS)
    cnn = by_name["cnn.txt"]
    assert (cnn.title, cnn.source, cnn.date, cnn.date_basis) == (
        None,
        "CNN International",
        None,
        None,
    )
    assert cnn.extra == {"bias": "left"}
    assert by_name["tass.txt"].title == "Lavrov responds"
    feed = by_name["feed.jsonl"]
    assert (feed.date, feed.date_basis, feed.source) == ("12/05/2024", "sidecar", "AFP")
    assert reasons(report) == [("meta.csv", 5, "sidecar row matches no article", "ignored")]


def test_load_sidecar_without_key_column_is_reported(tmp_path):
    path = write(tmp_path / "meta.csv", "title,date\nNATO,2024\n")
    report = Report()
    sidecar = load_sidecar(path, report=report)
    assert sidecar.rows == ()
    assert reasons(report) == [
        (
            "meta.csv",
            None,
            "no key column (expected one of file, filename, path, article_id, id)",
            "skipped",
        )
    ]


def test_empty_row_files_and_a_blank_line_before_the_header(tmp_path):
    write(tmp_path / "blank.jsonl", "\n  \n")
    write(tmp_path / "empty.csv", b"")
    write(tmp_path / "empty.html", " ")
    write(tmp_path / "late_header.csv", f'\n\ntext,source\n"{CNN}",CNN\n')
    articles, report = run([tmp_path])
    assert [(Path(a.path).name, a.row, a.source) for a in articles] == [
        ("late_header.csv", 1, "CNN")
    ]
    assert reasons(report) == [
        ("blank.jsonl", None, "empty article", "skipped"),
        ("empty.csv", None, "empty article", "skipped"),
        ("empty.html", None, "empty article", "skipped"),
    ]


def test_sidecar_matches_by_full_path_and_a_csv_id_column(tmp_path):
    csv_file = write(
        tmp_path / "wire.csv",
        f'id,text,source\nw1,"{REUTERS}",Reuters\nw2,"{CNN}",CNN\n',
    )
    txt = write(tmp_path / "one.txt", RUSSIAN)
    sidecar = write(
        tmp_path / "side.csv",
        f"path;id;outlet;Topic\n{txt.as_posix()};;TASS;diplomacy\n;w2;CNN Wire;sanctions\n",
    )
    articles, report = run([csv_file, txt], sidecar=sidecar)
    assert report.problems == []
    assert [(a.source, dict(a.extra)) for a in articles] == [
        ("Reuters", {"id": "w1"}),
        ("CNN Wire", {"id": "w2", "topic": "sanctions"}),
        ("TASS", {"topic": "diplomacy"}),
    ]


def test_fix_text_fast_path_agrees_with_ftfy():
    assert ingest.fix_text("NATO &amp; Russia\r\nTalks\rEnd") == "NATO & Russia\nTalks\nEnd"
    assert ingest.fix_text("Plain ASCII, “curly” kept.") == "Plain ASCII, “curly” kept."
    assert ingest.fix_text("Bell\x07 removed") == "Bell removed"
