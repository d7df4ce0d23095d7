"""The results files of the benches (bench/results/*.md): each bench's rows go to the end of
its own section, whichever bench wrote last, so that every table stays whole."""

from __future__ import annotations

from pathlib import Path

TITLE = (
    "# The dashboard on real news (issue 16)\n\nWritten by `python -m bench.dashboard_bench "
    "--corpus …` (a real server and headless Chromium), `python -m bench.query_bench --corpus …` "
    "(inside the server) and `python -m bench.browser_floor` (where the opening time goes); see "
    "their docstrings. The corpora: bench/realnews.py.\n"
)


def add_rows(path: Path, heading: str, intro: str, rows: list[str]) -> None:
    """Append `rows` (table lines) at the end of the section `heading`; a missing section is
    made at the end of the file with `intro` (its text and table head)."""
    text = path.read_text(encoding="utf-8") if path.exists() else TITLE
    if heading not in text:
        text = text.rstrip("\n") + f"\n\n{heading}\n\n{intro.rstrip(chr(10))}\n"
    head, sep, tail = text.partition(heading)
    section, sep2, rest = tail.partition("\n## ")
    section = section.rstrip("\n") + "\n" + "".join(line.rstrip("\n") + "\n" for line in rows)
    path.write_text(head + sep + section + (sep2 + rest if sep2 else ""), encoding="utf-8")
