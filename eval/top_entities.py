"""The top entities of each type on a corpus, counted by number of articles, checked against a
hand-labelled list: precision over the top N, and the sentences behind every entity judged
wrong or not yet labelled.

    python -m eval.top_entities CORPUS.jsonl.gz --out DIR [--processed DIR]
        [--labels eval/labels/top_entities.tsv] [--surfaces eval/labels/wrong_surfaces.tsv]
        [--top people=100,organisations=100,countries=60,places=60] [--examples flagged|all]

The corpus is processed with `python -m lib.preprocess` into --processed (default
DIR/processed) unless that folder already holds a complete run. DIR receives
top_entities.md (the report) and top_entities.tsv (the ranked rows with their labels).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from eval import labels as lab
from eval import pipeline

# --top keys -> entity types of the tables (docs/data.md: person, country, org, location, event)
TYPE_KEYS = {
    "people": "person",
    "organisations": "org",
    "countries": "country",
    "places": "location",
    "events": "event",
}
DEFAULT_TOP = "people=100,organisations=100,countries=60,places=60"
N_EXAMPLES = 3


# -- pure parts ------------------------------------------------------------------------------


def parse_top(spec: str) -> dict[str, int]:
    """'people=100,countries=60' -> {'person': 100, 'country': 60} (order kept)."""
    out = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, _, n = part.partition("=")
        if key not in TYPE_KEYS or not n.isdigit():
            raise ValueError(f"--top: {part!r}; use {', '.join(TYPE_KEYS)}=N")
        out[TYPE_KEYS[key]] = int(n)
    return out


def article_counts(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Per entity: articles (that mention it in any way, as the dashboard counts), mentions,
    named (articles with a `name` mention, not only a demonym, capital, title or reference),
    and its three commonest surface forms. Ranked by articles, then mentions, then id."""
    m = mentions[["article_id", "entity_id", "kind", "surface"]]
    per = m.groupby("entity_id", observed=True).agg(
        articles=("article_id", "nunique"), mentions=("article_id", "size")
    )
    named = m[m["kind"] == "name"].groupby("entity_id", observed=True)["article_id"].nunique()
    per["named"] = named.reindex(per.index).fillna(0).astype(int)
    per["surfaces"] = top_surfaces(m)
    per.index.name = None
    out = entities[["entity_id", "type", "name"]].join(per, on="entity_id", how="inner")
    out = out.sort_values(["articles", "mentions", "entity_id"], ascending=[False, False, True])
    return out.reset_index(drop=True)


def top_surfaces(mentions: pd.DataFrame, k: int = 3) -> pd.Series:
    """'Putin 812 | Vladimir Putin 301 | President Putin 40' per entity_id."""
    counts = mentions.groupby(["entity_id", "surface"], observed=True).size().rename("n")
    counts = counts.reset_index().sort_values(["n", "surface"], ascending=[False, True])
    counts = counts.groupby("entity_id", observed=True).head(k)
    labels = counts["surface"] + " " + counts["n"].astype(str)
    return labels.groupby(counts["entity_id"], observed=True, sort=False).agg(" | ".join)


def top_of_type(counts: pd.DataFrame, entity_type: str, n: int) -> pd.DataFrame:
    top = counts[counts["type"] == entity_type].head(n).copy()
    top.insert(0, "rank", range(1, len(top) + 1))
    return top.reset_index(drop=True)


def precision(top: pd.DataFrame) -> dict[str, float | int | None]:
    """ok, wrong, unlabelled and ok / (ok + wrong) over the rows given (None if none judged)."""
    ok, wrong = int((top["label"] == "ok").sum()), int((top["label"] == "wrong").sum())
    return {
        "n": len(top),
        "ok": ok,
        "wrong": wrong,
        "unlabelled": len(top) - ok - wrong,
        "precision": ok / (ok + wrong) if ok + wrong else None,
    }


def kind_summary(tops: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Per kind of mistake among the wrong entities: entities, per type, and the article-links
    and mentions they put into the counts."""
    wrong = pd.concat([t[t["label"] == "wrong"] for t in tops])
    if wrong.empty:
        return pd.DataFrame(columns=["kind", "entities", "articles", "mentions", "by_type"])
    out = wrong.groupby("kind").agg(
        entities=("entity_id", "size"), articles=("articles", "sum"), mentions=("mentions", "sum")
    )
    by_type = wrong.groupby(["kind", "type"]).size()
    out["by_type"] = [", ".join(f"{t} {n}" for t, n in by_type[k].items()) for k in out.index]
    return out.sort_values("entities", ascending=False).reset_index()


def sentence_text(
    text: str, start: int, end: int, m_start: int, m_end: int, width: int = 260
) -> str:
    """The sentence with the mention in [[ ]], cut to about `width` characters around it."""
    before, hit, after = text[start:m_start], text[m_start:m_end], text[m_end:end]
    room = max(width - len(hit), 40) // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    return " ".join(f"{before}[[{hit}]]{after}".split())


def pick_examples(rows: pd.DataFrame, k: int = N_EXAMPLES) -> pd.DataFrame:
    """Up to k mention rows of one entity, from as many outlets as possible: the first mention
    in each outlet, outlets by how often they mention it; then more of the commonest ones.
    One per article."""
    rows = rows.drop_duplicates("article_id").sort_values(["article_id", "start"])
    order = rows["source"].value_counts()
    rows = rows.assign(_n=rows["source"].map(order), _i=rows.groupby("source").cumcount())
    rows = rows.sort_values(
        ["_i", "_n", "source", "article_id"], ascending=[True, False, True, True]
    )
    return rows.head(k).drop(columns=["_n", "_i"])


def examples_for(
    entity_ids: Iterable[str], tables: dict[str, pd.DataFrame], k: int = N_EXAMPLES
) -> dict[str, list[tuple[str, str]]]:
    """entity_id -> [(outlet, sentence with the mention marked), …]."""
    ids = set(entity_ids)
    m = tables["mentions"]
    m = m[m["entity_id"].isin(ids)]
    arts = tables["articles"].set_index("article_id")
    m = m.join(arts["source"], on="article_id")
    m["source"] = m["source"].fillna("(unknown source)")
    sents = tables["sentences"].set_index(["article_id", "sentence_id"])[["start", "end"]]
    out: dict[str, list[tuple[str, str]]] = {}
    for entity_id, rows in m.groupby("entity_id", observed=True):
        picked = pick_examples(rows, k)
        lines = []
        for r in picked.itertuples():
            s_start, s_end = sents.loc[(r.article_id, r.sentence_id)]
            text = arts.at[r.article_id, "text"]
            lines.append((r.source, sentence_text(text, s_start, s_end, r.start, r.end)))
        out[entity_id] = lines
    return out


# -- report ----------------------------------------------------------------------------------

TABLE_COLUMNS = [
    "rank",
    "entity_id",
    "name",
    "articles",
    "mentions",
    "named",
    "label",
    "kind",
    "surfaces",
]


def format_type(entity_type: str, top: pd.DataFrame, p: dict) -> list[str]:
    """Plain-text lines for the terminal."""
    prec = "n/a" if p["precision"] is None else f"{p['precision']:.3f}"
    lines = [
        f"\n== {entity_type}: top {p['n']} — precision {prec} "
        f"(ok {p['ok']}, wrong {p['wrong']}, unlabelled {p['unlabelled']})"
    ]
    for r in top.itertuples():
        kind = f" ({r.kind})" if r.kind else ""
        lines.append(
            f"{r.rank:>4}  {r.entity_id:<42.42} {r.name:<30.30} {r.articles:>5}  {r.label}{kind}"
        )
    return lines


def format_examples(
    top: pd.DataFrame, examples: dict[str, list[tuple[str, str]]], which: str
) -> list[str]:
    rows = top if which == "all" else top[top["label"] != "ok"]
    lines = []
    for r in rows.itertuples():
        note = f" — {r.note}" if r.note else ""
        lines.append(
            f"\n  #{r.rank} {r.entity_id} “{r.name}” [{r.label}{'/' + r.kind if r.kind else ''}]"
            f"{note}\n     surfaces: {r.surfaces}"
        )
        lines += [f"     - ({source}) {text}" for source, text in examples.get(r.entity_id, [])]
    return lines


def precision_rows(precisions: dict[str, dict], names: dict[str, str] | None = None) -> list[str]:
    """The table rows of precision(): type (or its name in `names`), N, ok, wrong, unlabelled,
    precision."""
    rows = []
    for entity_type, p in precisions.items():
        prec = "n/a" if p["precision"] is None else f"{p['precision']:.3f}"
        name = (names or {}).get(entity_type, entity_type)
        rows.append(
            f"| {name} | {p['n']} | {p['ok']} | {p['wrong']} | {p['unlabelled']} | {prec} |"
        )
    return rows


def markdown_report(
    corpus: str,
    processed: str,
    results: dict[str, tuple[pd.DataFrame, dict]],
    examples: dict[str, list[tuple[str, str]]],
    which: str,
) -> str:
    out = [
        "# Top entities by articles, checked against the labelled list",
        "",
        f"Corpus: `{corpus}`; tables: `{processed}`.",
        "",
        "| type | N | ok | wrong | unlabelled | precision |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    out += precision_rows({t: p for t, (_, p) in results.items()})
    kinds = kind_summary(t for t, _ in results.values())
    if len(kinds):
        out += [
            "",
            "Wrong entities by kind of mistake (articles, mentions: what they add to the counts):",
            "",
            "| kind | entities | by type | articles | mentions |",
            "|---|---:|---|---:|---:|",
        ]
        out += [
            f"| {r.kind} | {r.entities} | {r.by_type} | {r.articles} | {r.mentions} |"
            for r in kinds.itertuples()
        ]
    for entity_type, (top, _) in results.items():
        out += [
            "",
            f"## {entity_type}",
            "",
            "| " + " | ".join(TABLE_COLUMNS) + " |",
            "|" + "---|" * len(TABLE_COLUMNS),
        ]
        for r in top[TABLE_COLUMNS].itertuples(index=False):
            cells = [str(v).replace("|", "\\|") for v in r]
            out.append("| " + " | ".join(cells) + " |")
        rows = top if which == "all" else top[top["label"] != "ok"]
        if len(rows):
            out += [
                "",
                f"### {entity_type}: sentences behind the "
                + ("entities" if which == "all" else "wrong and unlabelled entities"),
            ]
        for r in rows.itertuples():
            note = f" — {r.note}" if r.note else ""
            kind = f"/{r.kind}" if r.kind else ""
            out += [
                "",
                f"**#{r.rank} `{r.entity_id}` {r.name}** ({r.articles} articles; "
                f"{r.label}{kind}){note}",
                "",
            ]
            out += [f"- *{source}*: {text}" for source, text in examples.get(r.entity_id, [])]
    return "\n".join(out) + "\n"


# -- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.top_entities",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("corpus", help="a corpus file (.jsonl, .csv, or gzipped)")
    ap.add_argument("--out", required=True, type=Path, help="where the report is written")
    ap.add_argument(
        "--processed", type=Path, help="the tables of lib.preprocess: reused if complete, else made"
    )
    ap.add_argument("--labels", type=Path, default=lab.LABELS)
    ap.add_argument("--surfaces", type=Path, default=lab.SURFACES)
    ap.add_argument("--top", default=DEFAULT_TOP)
    ap.add_argument(
        "--examples",
        choices=["flagged", "all"],
        default="flagged",
        help="print sentences for wrong and unlabelled entities only, or for all",
    )
    ap.add_argument("--n-process", type=int, default=2)
    args = ap.parse_args(argv)

    tops = parse_top(args.top)
    if not Path(args.corpus).exists() and args.processed is None:
        ap.error(f"{args.corpus}: no such file")
    processed = args.processed or args.out / "processed"
    if not (processed / "current").exists():
        pipeline.run_preprocess(Path(args.corpus), processed, n_process=args.n_process)
    tables = pipeline.read_tables(processed)
    labels = lab.read_tsv(args.labels, lab.LABEL_COLUMNS)
    for problem in lab.check_labels(labels):
        print(f"warning: {args.labels}: {problem}", file=sys.stderr)
    surfaces = lab.read_tsv(args.surfaces, lab.SURFACE_COLUMNS)

    counts = article_counts(tables["mentions"], tables["entities"])
    results = {}
    for entity_type, n in tops.items():
        top = lab.attach_labels(top_of_type(counts, entity_type, n), labels, surfaces)
        results[entity_type] = (top, precision(top))
    shown = pd.concat(
        [t if args.examples == "all" else t[t["label"] != "ok"] for t, _ in results.values()]
    )
    examples = examples_for(shown["entity_id"], tables)

    for entity_type, (top, p) in results.items():
        print("\n".join(format_type(entity_type, top, p)))
    print("\n== precision over the top N")
    for entity_type, (_, p) in results.items():
        prec = "n/a" if p["precision"] is None else f"{p['precision']:.3f}"
        print(
            f"  {entity_type:<9} top {p['n']:>3}: {prec}  (ok {p['ok']}, wrong {p['wrong']}, "
            f"unlabelled {p['unlabelled']})"
        )
    kinds = kind_summary(t for t, _ in results.values())
    if len(kinds):
        print("\n== wrong entities by kind of mistake")
        print(kinds.to_string(index=False))
    for entity_type, (top, _) in results.items():
        lines = format_examples(top, examples, args.examples)
        if lines:
            print(
                f"\n== {entity_type}: sentences behind the "
                + ("entities" if args.examples == "all" else "wrong and unlabelled entities")
            )
            print("\n".join(lines))

    args.out.mkdir(parents=True, exist_ok=True)
    report = markdown_report(str(args.corpus), str(processed), results, examples, args.examples)
    (args.out / "top_entities.md").write_text(report, encoding="utf-8")
    ranked = pd.concat([t for t, _ in results.values()])
    ranked[[*TABLE_COLUMNS, "type", "note", "label_by"]].to_csv(
        args.out / "top_entities.tsv", sep="\t", index=False
    )
    print(
        f"\nwrote {args.out / 'top_entities.md'} and {args.out / 'top_entities.tsv'}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
