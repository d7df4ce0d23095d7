"""The top entities of each outlet's own articles, checked against the labelled list: what an
analyst sees after choosing one source in the sidebar. A mistake of one outlet's pages (its
chrome, its house style, a transcript's labels) is diluted in the whole corpus's top list and
stands first in that outlet's.

    python -m eval.outlet_tops --processed DIR --out DIR [--top 7] [--min-articles 40]
        [--labels eval/labels/top_entities.tsv] [--surfaces eval/labels/wrong_surfaces.tsv]

For every outlet with at least --min-articles articles, the --top people, organisations and
places by articles (as eval.top_entities counts them) are labelled from the same list;
precision is over all (outlet, rank) rows of a type. DIR receives outlet_tops.md: the figures,
then every wrong or unlabelled entity with the outlets whose top it is in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from eval import labels as lab
from eval import pipeline
from eval.top_entities import article_counts, precision, precision_rows, top_of_type

TYPES = {"person": "people", "org": "organisations", "location": "places"}


def outlet_tops(
    tables: dict[str, pd.DataFrame], *, top: int, min_articles: int
) -> dict[str, pd.DataFrame]:
    """Per entity type: one row per (outlet, rank) of each outlet's top entities."""
    articles = tables["articles"][["article_id", "source"]]
    sizes = articles["source"].value_counts()
    outlets = sizes[sizes >= min_articles].index
    mentions = tables["mentions"].merge(articles, on="article_id")
    out: dict[str, list[pd.DataFrame]] = {t: [] for t in TYPES}
    for outlet in outlets:
        counts = article_counts(mentions[mentions["source"] == outlet], tables["entities"])
        for entity_type in TYPES:
            rows = top_of_type(counts, entity_type, top)
            rows.insert(0, "outlet", outlet)
            rows.insert(1, "outlet_articles", int(sizes[outlet]))
            out[entity_type].append(rows)
    return {t: pd.concat(frames, ignore_index=True) for t, frames in out.items() if frames}


def flagged(tops: pd.DataFrame) -> pd.DataFrame:
    """The wrong and unlabelled entities of a type, each with the outlets it stands in."""
    rows = tops[tops["label"] != "ok"]
    return (
        rows.groupby(["entity_id", "name", "label", "kind"], dropna=False)
        .agg(outlets=("outlet", lambda s: ", ".join(s)), articles=("articles", "sum"))
        .reset_index()
        .sort_values(["label", "articles"], ascending=[False, False])
    )


def report(results: dict[str, tuple[pd.DataFrame, dict]], processed: str, top: int) -> str:
    out = [
        "# Each outlet's top entities, checked against the labelled list",
        "",
        f"Tables: `{processed}`; the top {top} of each type in each outlet's own articles.",
        "",
        "| type | outlet rows | ok | wrong | unlabelled | precision |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    out += precision_rows({t: p for t, (_, p) in results.items()}, TYPES)
    for entity_type, (tops, _) in results.items():
        rows = flagged(tops)
        if rows.empty:
            continue
        out += ["", f"## {TYPES[entity_type]}: wrong and unlabelled", ""]
        out += [
            "| entity | name | label | kind | articles | outlets |",
            "|---|---|---|---|---:|---|",
        ]
        for r in rows.itertuples():
            kind = r.kind if isinstance(r.kind, str) else ""
            out.append(
                f"| `{r.entity_id}` | {r.name} | {r.label} | {kind} | {r.articles} | {r.outlets} |"
            )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.outlet_tops", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--processed", required=True, type=Path, help="tables of lib.preprocess")
    ap.add_argument("--out", required=True, type=Path, help="where the report is written")
    ap.add_argument("--top", type=int, default=7)
    ap.add_argument("--min-articles", type=int, default=40)
    ap.add_argument("--labels", type=Path, default=lab.LABELS)
    ap.add_argument("--surfaces", type=Path, default=lab.SURFACES)
    args = ap.parse_args(argv)
    tables = pipeline.read_tables(args.processed)
    labels = lab.read_tsv(args.labels, lab.LABEL_COLUMNS)
    surfaces = lab.read_tsv(args.surfaces, lab.SURFACE_COLUMNS)
    results = {}
    for entity_type, tops in outlet_tops(
        tables, top=args.top, min_articles=args.min_articles
    ).items():
        tops = lab.attach_labels(tops, labels, surfaces)
        results[entity_type] = (tops, precision(tops))
    for entity_type, (_, p) in results.items():
        prec = "n/a" if p["precision"] is None else f"{p['precision']:.3f}"
        print(f"{TYPES[entity_type]:<14} {p['n']:>4} rows: precision {prec} "
              f"(ok {p['ok']}, wrong {p['wrong']}, unlabelled {p['unlabelled']})")  # fmt: skip
    args.out.mkdir(parents=True, exist_ok=True)
    text = report(results, str(args.processed), args.top)
    (args.out / "outlet_tops.md").write_text(text, encoding="utf-8")
    print(f"wrote {args.out / 'outlet_tops.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
