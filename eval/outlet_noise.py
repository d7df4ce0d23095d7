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

GENERIC = {
    "news",
    "online",
    "web",
    "opinion",
    "editorial",
    "com",
    "www",
    "blogs",
    "m",
    "co",
    "org",
    "net",
    "uk",
}
_SUFFIXES = re.compile(r"\b(?:online|web|news|opinion|editorial|magazine)\b", re.I)


# -- pure parts ------------------------------------------------------------------------------


def compact(name: str) -> str:
    """'The Washington Times' -> 'thewashingtontimes'; 'USA TODAY' -> 'usatoday'."""
    return re.sub(r"[\W_]+", "", name.strip().casefold())


def source_keys(source: str | None) -> set[str]:
    """Compact forms an outlet may go by, from its source name: whole, without a bracketed or
    dashed part ('CNN (Web News)', 'Wall Street Journal - News'), without words like 'Online'
    and 'News' ('Fox Online News' -> 'fox'); each also with a leading 'the'."""
    if not source:
        return set()
    base = re.split(r"\s+[-–(]", source)[0]
    forms = {compact(f) for f in (source, base, _SUFFIXES.sub(" ", base))}
    return {k for f in forms for k in (f, "the" + f) if len(f) >= 3 and f not in GENERIC}


def url_keys(url: str | None) -> set[str]:
    """The outlet's name in its domain: 'www.foxnews.com' -> foxnews, 'www.bbc.co.uk' -> bbc
    (and 'thefoxnews', to match 'The …' names)."""
    host = urlparse(url or "").netloc.casefold().split(":")[0]
    labels = [p for p in host.split(".") if p and not p.startswith("www")]
    while labels and labels[-1] in GENERIC | {"com", "org", "net", "io", "co", "uk", "us"}:
        labels.pop()
    if not labels:
        return set()
    label = compact(labels[-1])
    return {label, "the" + label} if len(label) >= 3 and label not in GENERIC else set()


def entity_forms(entities: pd.DataFrame) -> dict[str, list[str]]:
    """Compact form -> entity ids: every entity's canonical name, and an organisation's aliases
    too (a person's aliases hold short forms: 'Fox' for Kevin Fox)."""
    index: dict[str, list[str]] = {}
    for eid, etype, name, aliases in zip(
        entities["entity_id"], entities["type"], entities["name"], entities["aliases"], strict=True
    ):
        forms = {compact(name)}
        if etype == "org" and aliases is not None:
            forms |= {compact(a) for a in aliases}
        for form in forms:
            index.setdefault(form, []).append(eid)
    return index


def self_mentions(
    articles: pd.DataFrame, mentions: pd.DataFrame, entities: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per source: articles, articles naming the outlet itself, the share, the entity ids; and
    the self mentions (article_id, source, entity_id, surface, section, …). An article's outlet
    is its source name and its own url's domain."""
    forms = entity_forms(entities)
    pairs = []
    for article_id, source, url in zip(
        articles["article_id"], articles["source"], articles["url"], strict=True
    ):
        keys = source_keys(source if isinstance(source, str) else None) | url_keys(url)
        pairs += [(article_id, eid) for k in keys for eid in forms.get(k, [])]
    own = pd.DataFrame(pairs, columns=["article_id", "entity_id"]).drop_duplicates()
    src = articles[["article_id", "source"]].assign(source=articles["source"].fillna("(unknown)"))
    hits = mentions.merge(own, on=["article_id", "entity_id"]).merge(src, on="article_id")
    per = src.groupby("source").size().rename("articles").to_frame()
    per["self_articles"] = hits.groupby("source")["article_id"].nunique()
    per["self_articles"] = per["self_articles"].fillna(0).astype(int)
    per["share"] = per["self_articles"] / per["articles"]
    ents = hits.groupby("source")["entity_id"].agg(lambda s: " ".join(sorted(set(s))))
    per["entities"] = ents.reindex(per.index).fillna("")
    per = per.reset_index().sort_values(["self_articles", "articles"], ascending=False)
    return per.reset_index(drop=True), hits


_PROMO = re.compile(
    r"copyright|©|all rights reserved|subscribe|newsletter|inbox|sign up|contribution|"
    r"follow .{0,40} on (?:twitter|facebook)|download|app\b|watch|listen|podcast|"
    r"click|content partner|editorial board",
    re.I,
)
_CREDIT = re.compile(
    r"contributed to (?:this|the) report|\bis (?:a|an|the)\b.{0,120}\b(?:at|for|of|with)"
    r"\b.{0,40}$|^\W*\w+(?:'s)? [A-Z][\w.]+ (?:[A-Z][\w.]+ )?(?:reports|reported|and )"
)
_ATTRIB = (
    r"(?:told|to|with|by|according to|in an interview with|speaking to|said on|on|"
    r"obtained by|reported by|first reported by)\s+(?:the\s+)?{s}|{s}\W{{0,3}}"
    r"(?:reported|reports|has reported|has learned|learned|obtained|first reported)"
)


def self_context(sentence: str, surface: str, repeated: bool) -> str:
    """Where an outlet names itself: 'repeated line' (word for word in several of its
    articles: footer, promo, hover card), 'dateline' ("Washington (CNN)"), 'promo/footer',
    'credit/bio' ("Jane Doe contributed to this report", "… is a CNN analyst"),
    'attribution' ("told CNN", "CNN reported"), else 'other'."""
    s = re.escape(surface)
    if repeated:
        return "repeated line"
    if re.search(rf"^.{{0,40}}\(\s*{s}\s*\)", sentence):
        return "dateline"
    if _PROMO.search(sentence):
        return "promo/footer"
    if _CREDIT.search(sentence):
        return "credit/bio"
    if re.search(_ATTRIB.format(s=s), sentence, re.I):
        return "attribution"
    return "other"


def classify_self(
    hits: pd.DataFrame, in_repeats: pd.DataFrame, articles: pd.DataFrame, sentences: pd.DataFrame
) -> pd.DataFrame:
    """The self mentions with their sentence and its context class (self_context)."""
    if hits.empty:
        return hits.assign(sentence="", context="")
    key = ["article_id", "start"]
    rep = set(map(tuple, in_repeats[key].itertuples(index=False))) if len(in_repeats) else set()
    sents = sentences.set_index(["article_id", "sentence_id"])
    texts = articles.set_index("article_id")["text"]
    spans = sents.loc[list(zip(hits["article_id"], hits["sentence_id"], strict=True))]
    sentence = [
        " ".join(texts[a][b:e].split())
        for a, b, e in zip(hits["article_id"], spans["start"], spans["end"], strict=True)
    ]
    repeated = [(a, st) in rep for a, st in zip(hits["article_id"], hits["start"], strict=True)]
    out = hits.assign(sentence=sentence, repeated=repeated)
    out["context"] = [
        self_context(sn, sf, r)
        for sn, sf, r in zip(out["sentence"], out["surface"], out["repeated"], strict=True)
    ]
    return out


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised line) of every non-blank line of an article's text."""
    out, pos = [], 0
    for line in text.split("\n"):
        norm = " ".join(line.split())
        if norm:
            out.append((pos, pos + len(line), norm))
        pos += len(line) + 1
    return out


def repeated_lines(articles: pd.DataFrame, min_articles: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Lines that stand word for word in articles of one source under at least `min_articles`
    different headlines: (source, line, articles, headlines, share of the source's articles),
    and every occurrence
    (article_id, start, end, source, line)."""
    occ = []
    for article_id, source, title, text in zip(
        articles["article_id"], articles["source"], articles["title"], articles["text"], strict=True
    ):
        for start, end, norm in line_spans(text):
            occ.append((article_id, start, end, source, title, norm))
    occ = pd.DataFrame(occ, columns=["article_id", "start", "end", "source", "title", "line"])
    occ["source"] = occ["source"].fillna("(unknown source)")
    # distinct headlines too: the same story filed twice repeats every line, and is no chrome
    counts = occ.groupby(["source", "line"]).agg(
        articles=("article_id", "nunique"), headlines=("title", "nunique")
    )
    counts = counts[counts["headlines"] >= min_articles].reset_index()
    size = articles["source"].fillna("(unknown source)").value_counts()
    counts["share"] = counts["articles"] / counts["source"].map(size).astype("float64")
    counts = counts.sort_values(["articles", "source"], ascending=[False, True])
    keep = occ.drop(columns="title").merge(counts[["source", "line"]], on=["source", "line"])
    return counts.reset_index(drop=True), keep


_TOKEN = re.compile(r"\S+")


def repeated_spans(articles: pd.DataFrame, n: int = 10, min_headlines: int = 3) -> pd.DataFrame:
    """Stretches of text shared word for word by articles of one source under at least
    `min_headlines` different headlines: every run of n words that recurs so, merged per
    article into maximal spans (article_id, start, end, source, line = the span's text). This
    finds chrome inside lines too: inline hover cards, promos, photo-gallery captions."""
    rows = []
    for article_id, source, title, text in zip(
        articles["article_id"], articles["source"], articles["title"], articles["text"], strict=True
    ):
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        words = [t[2] for t in tokens]
        for i in range(len(tokens) - n + 1):
            rows.append(
                (
                    article_id,
                    source,
                    title,
                    i,
                    tokens[i][0],
                    tokens[i + n - 1][1],
                    hash(" ".join(words[i : i + n])),
                )
            )
    cols = ["article_id", "source", "title", "i", "start", "end", "h"]
    sh = pd.DataFrame(rows, columns=cols)
    sh["source"] = sh["source"].fillna("(unknown source)")
    heads = sh.drop_duplicates(["source", "h", "title"]).groupby(["source", "h"]).size()
    common = heads[heads >= min_headlines].rename("headlines").reset_index()
    hit = sh.merge(common, on=["source", "h"]).sort_values(["article_id", "start"])
    spans = []
    for article_id, group in hit.groupby("article_id", sort=False):
        source = group["source"].iat[0]
        cur_s, cur_e = None, None
        for st, en in zip(group["start"], group["end"], strict=True):
            if cur_e is not None and st <= cur_e:
                cur_e = max(cur_e, en)
            else:
                if cur_s is not None:
                    spans.append((article_id, cur_s, cur_e, source))
                cur_s, cur_e = st, en
        spans.append((article_id, cur_s, cur_e, source))
    out = pd.DataFrame(spans, columns=["article_id", "start", "end", "source"])
    texts = articles.set_index("article_id")["text"]
    out["line"] = [
        " ".join(texts[a][b:e].split())
        for a, b, e in zip(out["article_id"], out["start"], out["end"], strict=True)
    ]
    return out


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
        out.append(
            "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ")[:160] for c in cells) + " |"
        )
    return out


def self_section(
    per_source: pd.DataFrame, self_hits: pd.DataFrame, n_articles: int, top: int
) -> list[str]:
    total_self = per_source["self_articles"].sum()
    out = [
        "## Outlets naming themselves",
        "",
        f"{n_articles} articles; in {total_self} ({total_self / max(n_articles, 1):.1%}) the "
        "outlet is itself an extracted entity. Sources with at least one:",
        "",
    ]
    shown = per_source[per_source["self_articles"] > 0]
    out += _md_table(shown[["source", "articles", "self_articles", "share", "entities"]])
    if self_hits.empty:
        return out
    out += [
        "",
        "What the self mentions are (articles with at least one of each context; `self_context`):",
        "",
    ]
    ctx = self_hits.groupby("context")["article_id"].nunique().sort_values(ascending=False)
    out += [
        f"- {k}: {v} articles, {int((self_hits['context'] == k).sum())} mentions"
        for k, v in ctx.items()
    ]
    out += ["", "By source (articles):", ""]
    first = self_hits.drop_duplicates(["article_id", "context"])
    by = pd.crosstab(first["source"], first["context"])
    by = by.loc[by.sum(axis=1).sort_values(ascending=False).index].head(top)
    out += _md_table(by.reset_index())
    out += ["", "The commonest sentences in which an outlet names itself:", ""]
    common = (
        self_hits.drop_duplicates(["article_id", "sentence"])
        .groupby(["source", "sentence", "context"])
        .size()
        .sort_values(ascending=False)
        .head(top * 2)
    )
    out += [
        f"- *{src}* ({ctx}, {n} articles): “{sent[:160]}”" for (src, sent, ctx), n in common.items()
    ]
    return out


def lines_section(
    repeats: pd.DataFrame, in_lines: pd.DataFrame, min_articles: int, top: int
) -> list[str]:
    n_lines = len(repeats)
    out = [
        "",
        f"## Lines repeated word for word in one source's articles (≥{min_articles} "
        "different headlines)",
        "",
        f"{n_lines} distinct lines, {repeats['articles'].sum() if n_lines else 0} occurrences; "
        f"{len(in_lines)} entity mentions stand in them "
        f"({in_lines['article_id'].nunique() if len(in_lines) else 0} articles).",
        "",
    ]
    if not n_lines:
        return out
    per = repeats.groupby("source").agg(lines=("line", "size"), occurrences=("articles", "sum"))
    out += _md_table(per.sort_values("occurrences", ascending=False).reset_index().head(top))
    out += ["", f"Top {top * 2} repeated lines:", ""]
    top_lines = repeats.head(top * 2).copy()
    if len(in_lines):
        ents = in_lines.groupby(["source", "line"])["entity_id"].agg(
            lambda s: ", ".join(sorted(set(s)))
        )
        top_lines["entities in it"] = [
            ents.get((s, ln), "")
            for s, ln in zip(top_lines["source"], top_lines["line"], strict=True)
        ]
    return out + _md_table(top_lines)


def spans_section(
    spans: pd.DataFrame,
    in_spans: pd.DataFrame,
    damage: pd.DataFrame,
    names: dict[str, str],
    n: int,
    min_articles: int,
    top: int,
) -> list[str]:
    out = [
        "",
        f"## Text repeated word for word inside one source's articles ({n}-word runs, "
        f"≥{min_articles} different headlines)",
        "",
        "Catches chrome inside lines as well: inline hover cards, gallery captions, footers "
        f"glued to the last sentence. {len(spans)} spans in {spans['article_id'].nunique()} "
        f"articles; {len(in_spans)} entity mentions stand in them "
        f"({in_spans['article_id'].nunique() if len(in_spans) else 0} articles).",
        "",
    ]
    if spans.empty:
        return out
    per = (
        spans.assign(chars=spans["end"] - spans["start"])
        .groupby("source")
        .agg(articles=("article_id", "nunique"), spans=("line", "size"), chars=("chars", "sum"))
    )
    per["mentions"] = in_spans.groupby("source").size().reindex(per.index).fillna(0).astype(int)
    out += _md_table(per.sort_values("mentions", ascending=False).reset_index().head(top))
    common = (
        spans.groupby(["source", "line"])["article_id"]
        .nunique()
        .sort_values(ascending=False)
        .head(top * 2)
    )
    out += ["", "The commonest repeated spans:", ""]
    out += [f"- *{src}* ({k} articles): “{line[:200]}”" for (src, line), k in common.items()]
    if len(damage):
        out += [
            "",
            "Entities most inflated by repeated text (only_chrome: articles in which "
            "every mention of the entity stands in repeated text):",
            "",
        ]
        d = damage.head(top * 2).copy()
        d.insert(1, "name", d["entity_id"].map(names))
        out += _md_table(d)
    return out


# -- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.outlet_noise",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--processed", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--min-articles",
        type=int,
        default=3,
        help="repeated: in articles under at least this many different headlines",
    )
    ap.add_argument("--words", type=int, default=10, help="word runs for repeated spans")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)

    t = pipeline.read_tables(args.processed, ["articles", "entities", "mentions", "sentences"])
    articles, entities, mentions = t["articles"], t["entities"], t["mentions"]
    names = dict(zip(entities["entity_id"], entities["name"], strict=True))
    per_source, self_hits = self_mentions(articles, mentions, entities)
    repeats, occurrences = repeated_lines(articles, args.min_articles)
    in_lines = mentions_in_lines(mentions, occurrences)
    spans = repeated_spans(articles, args.words, args.min_articles)
    in_spans = mentions_in_lines(mentions, spans)
    damage = chrome_damage(in_spans, mentions)
    self_hits = classify_self(self_hits, in_spans, articles, t["sentences"])

    out = [
        "# Outlet noise: outlets naming themselves, repeated text",
        "",
        f"Tables: `{args.processed}`.",
        "",
    ]
    out += self_section(per_source, self_hits, len(articles), args.top)
    out += lines_section(repeats, in_lines, args.min_articles, args.top)
    out += spans_section(spans, in_spans, damage, names, args.words, args.min_articles, args.top)
    text = "\n".join(out) + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "outlet_noise.md").write_text(text, encoding="utf-8")
    per_source.to_csv(args.out / "self_mentions.tsv", sep="\t", index=False)
    self_hits.drop(columns=["repeated"]).to_csv(
        args.out / "self_mention_rows.tsv", sep="\t", index=False
    )
    repeats.to_csv(args.out / "repeated_lines.tsv", sep="\t", index=False)
    spans.to_csv(args.out / "repeated_spans.tsv", sep="\t", index=False)
    damage.assign(name=damage["entity_id"].map(names)).to_csv(
        args.out / "repeated_text_entities.tsv", sep="\t", index=False
    )
    print(text)
    print(f"wrote {args.out / 'outlet_noise.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
