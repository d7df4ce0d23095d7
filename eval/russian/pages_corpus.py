"""Every Russian gold page as one corpus, to read the Russian side's top entities as an analyst
would see them on a Russian corpus (eval.top_entities), beside the per-page scores:

    python -m eval.russian.pages_corpus OUT.jsonl
    python -m eval.top_entities OUT.jsonl --out DIR --n-process 2

One JSONL row per page url (the first file that holds it wins): title empty (the page's text
opens with its headline), text, date (the gold's `published`, else empty), source (the url's
host), url. Pages of one outlet across the sets then meet as its articles do in a corpus, so
repeated chrome and corpus-wide linking are exercised, which the per-set runs are not.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).parent


def page_rows(files: list[Path]) -> Iterator[dict[str, str]]:
    """The corpus rows of the gold files' pages, one per url."""
    seen: set[str] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            url = row.get("url") or ""
            if not url or url in seen:
                continue
            seen.add(url)
            yield {
                "id": row["id"],
                "title": "",
                "text": row["text"],
                "date": row.get("published") or "",
                "source": urlparse(url).netloc.removeprefix("www."),
                "url": url,
            }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    rows = list(page_rows(sorted(HERE.glob("*.jsonl"))))
    with args.out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{len(rows)} pages from {len({r['source'] for r in rows})} outlets -> {args.out}")


if __name__ == "__main__":
    main()
