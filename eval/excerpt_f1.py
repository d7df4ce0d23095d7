"""Precision, recall and F1 of the extraction on short gold excerpts, per entity type and for
knowledge-base events.

    python -m eval.excerpt_f1 eval/excerpts/gold.jsonl [--keep DIR] [--errors]

Each line of the file is one excerpt (see eval/excerpts/README.md):

    {"id": "su24-shootdown", "date": "2015-11-24", "source": "Associated Press",
     "text": "Turkey shot down a Russian warplane ...",
     "gold": {"entities": [["country", "country:TUR"], ["location", "Brussels"], ...],
              "events": ["event:su24-downing-2015"],
              "optional": [["country", "country:GBR"]], "optional_events": []}}

A gold entity is (type, key): the key is an entity id ("person:jens-stoltenberg") or names
separated by "|" ("Jim Jordan|Rep. Jim Jordan") matched, case- and "the"-insensitively, to the
canonical name or any alias of an extracted entity of that type. Scoring is per excerpt, on
the set of distinct entities it mentions (any mention kind counts, as on the dashboard), then
summed over excerpts (micro average). "optional" entities and events are neither required
nor counted as false positives.

The excerpts are written to a temporary JSONL and processed with `python -m lib.preprocess`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from eval import pipeline

TYPES = ("person", "country", "org", "location")
META_FIELDS = ("title", "date", "source", "url")


# -- pure parts ------------------------------------------------------------------------------


def normalise(name: str) -> str:
    """'The North Atlantic Treaty Organization's' -> 'north atlantic treaty organization'."""
    name = re.sub(r"^the\s+", "", name.strip().casefold())
    name = re.sub(r"(?:'s|’s|')$", "", name)
    return " ".join(re.sub(r"[^\w\s.-]", " ", name).split())


@dataclass
class Predicted:
    entity_id: str
    type: str
    names: frozenset[str]  # normalised canonical name and aliases


@dataclass
class Outcome:
    tp: list[str] = field(default_factory=list)
    fp: list[str] = field(default_factory=list)
    fn: list[str] = field(default_factory=list)


def _is_id(key: str) -> bool:
    return ":" in key and " " not in key


def _matches(key: str, p: Predicted) -> bool:
    """Each '|'-separated alternative is an entity id ('location:baltics') or a name."""
    if _is_id(key) and "|" not in key:
        return p.entity_id == key
    return any(p.entity_id == k if _is_id(k) else normalise(k) in p.names for k in key.split("|"))


def score_entities(
    gold: list[tuple[str, str]], optional: list[tuple[str, str]], predicted: list[Predicted]
) -> dict[str, Outcome]:
    """Per type: matched gold (tp), extracted entities matching no gold or optional item (fp),
    gold items no extracted entity matches (fn). Each extracted entity matches one item."""
    out = {t: Outcome() for t in TYPES}
    free = list(predicted)
    for gtype, key in gold:
        hit = next((p for p in free if p.type == gtype and _matches(key, p)), None)
        o = out.setdefault(gtype, Outcome())
        if hit is None:
            o.fn.append(key)
        else:
            o.tp.append(hit.entity_id)
            free.remove(hit)
    for p in free:
        if not any(p.type == t and _matches(k, p) for t, k in optional):
            out.setdefault(p.type, Outcome()).fp.append(p.entity_id)
    return out


def score_events(gold: list[str], optional: list[str], predicted: set[str]) -> Outcome:
    return Outcome(
        tp=sorted(set(gold) & predicted),
        fn=sorted(set(gold) - predicted),
        fp=sorted(predicted - set(gold) - set(optional)),
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return p, r, f


def predictions(tables: dict[str, pd.DataFrame]) -> dict[str, tuple[list[Predicted], set[str]]]:
    """article_id -> (the distinct entities it mentions, its knowledge-base event ids)."""
    ents = tables["entities"].set_index("entity_id")
    names = {
        eid: frozenset(
            normalise(n) for n in [row.name, *list(row.aliases if row.aliases is not None else [])]
        )
        for eid, row in zip(ents.index, ents.itertuples(), strict=True)
    }
    out: dict[str, tuple[list[Predicted], set[str]]] = {}
    m = tables["mentions"].drop_duplicates(["article_id", "entity_id"])
    m = m.join(ents["type"], on="entity_id")
    for article_id, rows in m.groupby("article_id", observed=True):
        preds = [
            Predicted(e, t, names[e])
            for e, t in zip(rows["entity_id"], rows["type"], strict=True)
            if t in TYPES
        ]
        out[article_id] = (preds, set())
    ev = tables["events"].dropna(subset=["entity_id"])
    for article_id, rows in ev.groupby("article_id", observed=True):
        out.setdefault(article_id, ([], set()))[1].update(rows["entity_id"])
    return out


def summary(outcomes: list[tuple[str, dict[str, Outcome], Outcome]]) -> pd.DataFrame:
    """Rows per type, 'all entities' and 'kb events': tp, fp, fn, precision, recall, f1."""
    rows = []
    for name in [*TYPES, "all entities", "kb events"]:
        tp = fp = fn = 0
        for _, ents, events in outcomes:
            parts = (
                [events]
                if name == "kb events"
                else list(ents.values())
                if name == "all entities"
                else [ents.get(name, Outcome())]
            )
            tp += sum(len(o.tp) for o in parts)
            fp += sum(len(o.fp) for o in parts)
            fn += sum(len(o.fn) for o in parts)
        p, r, f = prf(tp, fp, fn)
        rows.append(
            {"type": name, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
        )
    return pd.DataFrame(rows)


# -- I/O -------------------------------------------------------------------------------------


def read_excerpts(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_corpus(excerpts: list[dict], path: Path) -> None:
    """The excerpts as a corpus lib.preprocess reads, without the gold."""
    with open(path, "w", encoding="utf-8") as f:
        for e in excerpts:
            row = {
                "excerpt_id": e["id"],
                "text": e["text"],
                **{k: e[k] for k in META_FIELDS if e.get(k)},
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def extract(excerpts: list[dict], work: Path) -> dict[str, tuple[list[Predicted], set[str]]]:
    """Excerpt id -> what the project's pipeline extracts from it."""
    corpus = work / "excerpts.jsonl"
    write_corpus(excerpts, corpus)
    pipeline.run_preprocess(
        corpus, work / "processed", n_process=1, extra=["--no-cache"], quiet=True
    )
    tables = pipeline.read_tables(work / "processed")
    extra = pipeline.read_extra(work / "processed")
    by_article = predictions(tables)
    ids = extra.get("excerpt_id", {})
    return {ids[a]: by_article.get(a, ([], set())) for a in ids}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.excerpt_f1",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("file", type=Path, help="gold excerpts, JSONL")
    ap.add_argument("--keep", type=Path, help="process in this folder and keep the tables")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="list the false positives and negatives of every excerpt",
    )
    args = ap.parse_args(argv)

    excerpts = read_excerpts(args.file)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        extracted = extract(excerpts, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="lens-excerpts-") as tmp:
            extracted = extract(excerpts, Path(tmp))

    outcomes = []
    for e in excerpts:
        gold = e["gold"]
        preds, events = extracted.get(e["id"], ([], set()))
        ents = score_entities(
            [tuple(g) for g in gold.get("entities", [])],
            [tuple(g) for g in gold.get("optional", [])],
            preds,
        )
        evs = score_events(gold.get("events", []), gold.get("optional_events", []), events)
        outcomes.append((e["id"], ents, evs))

    table = summary(outcomes)
    print(f"{len(excerpts)} excerpts from {args.file}\n")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}", na_rep="n/a"))
    if args.errors:
        print()
        for excerpt_id, ents, evs in outcomes:
            parts = [(t, o) for t, o in ents.items()] + [("event", evs)]
            fp = [f"{x}" for _, o in parts for x in o.fp]
            fn = [f"{t}:{x}" if ":" not in x else x for t, o in parts for x in o.fn]
            if fp or fn:
                print(f"{excerpt_id}:")
                if fn:
                    print(f"   missed: {', '.join(fn)}")
                if fp:
                    print(f"   spurious: {', '.join(fp)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
