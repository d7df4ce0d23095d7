"""Two kinds of outlet noise in the processed tables of a multi-outlet corpus:

- an outlet naming itself: per source, the share of its articles in which the outlet itself
  is an extracted entity (its byline, promo, "told CNN", "Fox News' John Doe"), and where;
- site chrome that survived cleaning: lines of the cleaned text that repeat word for word
  across several articles of one source, and the entity mentions that stand in them.

    python -m eval.outlet_noise --processed DIR --out DIR [--min-articles 3] [--top 15]

The outlet of an article is matched to entities by its source name ("CNN (Web News)",
"Wall Street Journal - News": the parts around brackets and dashes) and its url's domain
("foxnews.com"), compared to every entity's name and aliases with spaces, punctuation and a
leading "the" removed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from eval import pipeline

GENERIC = {"news", "online", "web", "opinion", "editorial", "com", "www", "blogs", "m"}
_SUFFIXES = re.compile(r"\b(?:online|web|news|opinion|editorial|magazine)\b", re.I)


# -- pure parts ------------------------------------------------------------------------------


def compact(name: str) -> str:
    """'The Washington Times' -> 'washingtontimes'; 'USA TODAY' -> 'usatoday'."""
    name = re.sub(r"^the\s+", "", name.strip().casefold())
    return re.sub(r"[\W_]+", "", name)


def source_keys(source: str | None, urls: list[str]) -> set[str]:
    """Compact forms an outlet may go by: its source name with and without the bracketed or
    dashed part and words like 'Online', 'News'; the first label of its urls' domains."""
    keys: set[str] = set()
    if source:
        base = re.split(r"\s+[-–(]", source)[0]
        for form in (source, base, _SUFFIXES.sub(" ", base)):
            keys.add(compact(form))
    for url in urls:
        host = urlparse(url or "").netloc.casefold()
        labels = [p for p in host.split(".") if p and p not in GENERIC and not p.startswith("www")]
        if len(labels) >= 2:
            keys.add(compact(labels[-2]))  # foxnews.com, bbc.co.uk -> first non-generic label
            keys.add(compact(re.sub(r"^the", "", labels[-2])))
    return {k for k in keys if len(k) >= 3 and k not in GENERIC}


def self_entities(keys: set[str], entities: pd.DataFrame) -> list[str]:
    """Entity ids whose name or an alias is one of the outlet's keys."""
    hits = []
    for eid, name, aliases in zip(entities["entity_id"], entities["name"], entities["aliases"],
                                  strict=True):
        forms = {compact(name), *(compact(a) for a in (aliases if aliases is not None else []))}
        if forms & keys:
            hits.append(eid)
    return hits


def self_mentions(articles: pd.DataFrame, mentions: pd.DataFrame,
                  entities: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per source: articles, articles naming the outlet itself, the share, the entity ids;
    and the self mentions themselves (article_id, source, entity_id, surface, section, …)."""
    rows, hits = [], []
    for source, arts in articles.groupby("source", dropna=False):
        keys = source_keys(source if isinstance(source, str) else None, list(arts["url"]))
        ids = self_entities(keys, entities)
        m = mentions[mentions["article_id"].isin(arts["article_id"]) & mentions["entity_id"].isin(ids)]
        n_self = m["article_id"].nunique()
        rows.append({"source": source, "articles": len(arts), "self_articles": n_self,
                     "share": n_self / len(arts), "entities": " ".join(ids),
                     "keys": " ".join(sorted(keys))})
        hits.append(m.assign(source=source))
    per = pd.DataFrame(rows).sort_values(["self_articles", "articles"], ascending=False)
    return per.reset_index(drop=True), pd.concat(hits, ignore_index=True)


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised line) of every non-blank line of an article's text."""
    out, pos = [], 0
    for line in text.split("\n"):
        norm = " ".join(line.split())
        if norm:
            out.append((pos, pos + len(line), norm))
        pos += len(line) + 1
    return out


def repeated_lines(articles: pd.DataFrame, min_articles: int) -> tuple[pd.DataFrame,
                                                                        pd.DataFrame]:
    """Lines that stand word for word in articles of one source under at least `min_articles`
    different headlines: (source, line, articles, headlines, share of the source's articles),
    and every occurrence
    (article_id, start, end, source, line)."""
    occ = []
    for article_id, source, title, text in zip(articles["article_id"], articles["source"],
                                               articles["title"], articles["text"], strict=True):
        for start, end, norm in line_spans(text):
            occ.append((article_id, start, end, source, title, norm))
    occ = pd.DataFrame(occ, columns=["article_id", "start", "end", "source", "title", "line"])
    occ["source"] = occ["source"].fillna("(unknown source)")
    # distinct headlines too: the same story filed twice repeats every line, and is no chrome
    counts = occ.groupby(["source", "line"]).agg(articles=("article_id", "nunique"),
                                                 headlines=("title", "nunique"))
    counts = counts[counts["headlines"] >= min_articles].reset_index()
    size = articles["source"].fillna("(unknown source)").value_counts()
    counts["share"] = counts["articles"] / counts["source"].map(size).astype("float64")
    counts = counts.sort_values(["articles", "source"], ascending=[False, True])
    keep = occ.drop(columns="title").merge(counts[["source", "line"]], on=["source", "line"])
    return counts.reset_index(drop=True), keep


def mentions_in_lines(mentions: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    """The mentions that lie inside the given line occurrences, with the line."""
    if lines.empty:
        return mentions.iloc[:0].assign(line="", source="")
    m = mentions.merge(lines, on="article_id", suffixes=("", "_line"))
    inside = (m["start"] >= m["start_line"]) & (m["end"] <= m["end_line"])
    return m[inside].drop(columns=["start_line", "end_line"])


def chrome_damage(hits: pd.DataFrame, all_mentions: pd.DataFrame) -> pd.DataFrame:
    """Per entity: article-links that come from repeated lines, and how many of its articles
    would be left without them (the articles whose only mentions are in repeated lines)."""
    if hits.empty:
        return pd.DataFrame(columns=["entity_id", "articles", "chrome_articles", "only_chrome"])
    total = all_mentions.groupby("entity_id", observed=True)["article_id"].nunique()
    in_chrome = hits.groupby(["entity_id", "article_id"], observed=True).size()
    all_pairs = all_mentions.groupby(["entity_id", "article_id"], observed=True).size()
    only = (in_chrome == all_pairs.reindex(in_chrome.index)).groupby(level=0).sum()
    out = pd.DataFrame({"chrome_articles": in_chrome.groupby(level=0).size(), "only_chrome": only})
    out["articles"] = total.reindex(out.index)
    out.index.name = "entity_id"
    return out.reset_index().sort_values("only_chrome", ascending=False)


# -- report ----------------------------------------------------------------------------------


def _md_table(frame: pd.DataFrame) -> list[str]:
    cols = list(frame.columns)
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in frame.itertuples(index=False):
        cells = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in row]
        out.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ")[:160]
                                     for c in cells) + " |")
    return out


def report(per_source: pd.DataFrame, self_hits: pd.DataFrame, repeats: pd.DataFrame,
           repeat_mentions: pd.DataFrame, damage: pd.DataFrame, names: dict[str, str],
           n_articles: int, min_articles: int, top: int) -> str:
    total_self = per_source["self_articles"].sum()
    out = ["# Outlet noise: outlets naming themselves, repeated lines", "",
           f"{n_articles} articles. Articles whose outlet is itself an extracted entity: "
           f"{total_self} ({total_self / max(n_articles, 1):.1%}).", "",
           "## Outlets naming themselves (sources with at least one)", ""]
    shown = per_source[per_source["self_articles"] > 0]
    out += _md_table(shown[["source", "articles", "self_articles", "share", "entities"]])
    if len(self_hits):
        out += ["", "Where the self mentions stand (section of the article):", ""]
        sec = self_hits.groupby("section", observed=True)["article_id"].size()
        out += [f"- {k}: {v}" for k, v in sec.sort_values(ascending=False).items()]
        out += ["", "Commonest surfaces of self mentions:", ""]
        surf = self_hits.groupby(["source", "surface"], observed=True).size().sort_values(
            ascending=False).head(top)
        out += [f"- {s}: “{f}” ×{n}" for (s, f), n in surf.items()]
    n_lines = len(repeats)
    out += ["", f"## Lines repeated word for word in articles of one source with ≥{min_articles} "
            "different headlines", "",
            f"{n_lines} distinct repeated lines; {repeats['articles'].sum() if n_lines else 0} "
            f"occurrences; {len(repeat_mentions)} entity mentions stand in them "
            f"({repeat_mentions['article_id'].nunique() if len(repeat_mentions) else 0} articles).",
            ""]
    if n_lines:
        per = repeats.groupby("source").agg(lines=("line", "size"), occurrences=("articles", "sum"))
        per = per.sort_values("occurrences", ascending=False).reset_index()
        out += _md_table(per.head(top * 2))
        out += ["", f"Top {top * 2} repeated lines:", ""]
        top_lines = repeats.head(top * 2).copy()
        if len(repeat_mentions):
            ents = repeat_mentions.groupby(["source", "line"])["entity_id"].agg(
                lambda s: ", ".join(sorted(set(s))))
            top_lines["entities in it"] = [ents.get((s, ln), "") for s, ln in
                                           zip(top_lines["source"], top_lines["line"], strict=True)]
        out += _md_table(top_lines)
        if len(damage):
            out += ["", "Entities most inflated by repeated lines (article-links only from such "
                    "lines):", ""]
            d = damage.head(top * 2).copy()
            d.insert(1, "name", d["entity_id"].map(names))
            out += _md_table(d)
    return "\n".join(out) + "\n"


# -- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.outlet_noise", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--processed", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)

    t = pipeline.read_tables(args.processed, ["articles", "entities", "mentions"])
    articles, entities, mentions = t["articles"], t["entities"], t["mentions"]
    per_source, self_hits = self_mentions(articles, mentions, entities)
    repeats, occurrences = repeated_lines(articles, args.min_articles)
    in_lines = mentions_in_lines(mentions, occurrences)
    damage = chrome_damage(in_lines, mentions)
    names = dict(zip(entities["entity_id"], entities["name"], strict=True))

    args.out.mkdir(parents=True, exist_ok=True)
    text = report(per_source, self_hits, repeats, in_lines, damage, names, len(articles),
                  args.min_articles, args.top)
    (args.out / "outlet_noise.md").write_text(text, encoding="utf-8")
    per_source.to_csv(args.out / "self_mentions.tsv", sep="\t", index=False)
    repeats.to_csv(args.out / "repeated_lines.tsv", sep="\t", index=False)
    damage.assign(name=damage["entity_id"].map(names)).to_csv(
        args.out / "repeated_line_entities.tsv", sep="\t", index=False)
    print(text)
    print(f"wrote {args.out / 'outlet_noise.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
