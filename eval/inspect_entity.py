"""Everything needed to label one entity: its surfaces, outlets, labels, mention kinds and
sections, and a sample of the sentences behind it.

    python -m eval.inspect_entity --processed DIR ENTITY_ID [ENTITY_ID ...] [-n 8]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from eval import pipeline
from eval.top_entities import sentence_text


def _top(series: pd.Series, k: int) -> str:
    counts = series.value_counts().head(k)
    return " | ".join(f"{v} {n}" for v, n in counts.items())


def describe(entity_id: str, tables: dict[str, pd.DataFrame], n: int, seed: int = 0) -> str:
    m = tables["mentions"]
    m = m[m["entity_id"] == entity_id]
    if m.empty:
        return f"{entity_id}: no mentions"
    arts = tables["articles"].set_index("article_id")
    m = m.join(arts["source"], on="article_id")
    row = tables["entities"].set_index("entity_id").loc[entity_id]
    lines = [
        f"== {entity_id} “{row['name']}” ({row['type']}; in gazetteer: "
        f"{row['in_gazetteer']}): {m['article_id'].nunique()} articles, {len(m)} mentions",
        f"   surfaces: {_top(m['surface'], 10)}",
        f"   outlets:  {_top(m.drop_duplicates('article_id')['source'].fillna('?'), 8)}",
        f"   labels:   {_top(m['label'], 5)};  kinds: {_top(m['kind'], 5)};  "
        f"sections: {_top(m['section'], 4)}",
    ]
    sents = tables["sentences"].set_index(["article_id", "sentence_id"])[["start", "end"]]
    sample = m.drop_duplicates("article_id")
    sample = sample.sample(min(n, len(sample)), random_state=seed)
    for r in sample.itertuples():
        s_start, s_end = sents.loc[(r.article_id, r.sentence_id)]
        text = sentence_text(arts.at[r.article_id, "text"], s_start, s_end, r.start, r.end)
        lines.append(f"   - ({r.source}) {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.inspect_entity",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("entity_ids", nargs="+")
    ap.add_argument("--processed", type=Path, required=True)
    ap.add_argument("-n", type=int, default=8, help="sentences to show")
    args = ap.parse_args(argv)
    tables = pipeline.read_tables(args.processed)
    for entity_id in args.entity_ids:
        print(describe(entity_id, tables, args.n) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
