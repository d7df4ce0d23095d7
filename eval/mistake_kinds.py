"""How often each kind of mistake occurs over the whole corpus, not only among the top
entities: rule-based detectors over the mention and entity tables, each a rough screen (it
counts candidates; the labelled top lists are the judged sample), with example sentences.

    python -m eval.mistake_kinds --processed DIR --out DIR [--examples 3]

Kinds (eval/README.md): chrome (mentions in text repeated word for word across one source's
articles), outlet-self (the article's own outlet as an entity), office-fragment (an
organisation cut from a title: "Vice President", "Secretary of State"), false-friend (a
country reached by a US-state abbreviation, a party-state tag, a longer place name, or a
person's name), short-form (a one-word person entity in an article that also names a
fuller person with that word), broken-name (a canonical name with stray punctuation). A
mention may be counted under several kinds.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from eval import outlet_noise, pipeline
from eval.top_entities import sentence_text

TITLE_NOUNS = (
    r"President|Vice President|Secretary|Adviser|Advisor|Director|Chairman|"
    r"Chairwoman|Chair|General|Minister|Attorney|Spokesman|Spokeswoman|Ambassador"
)
_TITLE_AFTER = re.compile(rf"^(?:'s)?\s+(?:{TITLE_NOUNS})\b")
_TITLE_BEFORE = re.compile(
    r"\b(?:Secretary|Department|Minister|Director|Office|Ministry)\s+of"
    r"\s+(?:the\s+)?$"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


US_STATES = _words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
)
# AP-style state abbreviations: the form US copy uses in datelines and party-state tags
STATE_ABBREVIATIONS = _words(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Vt. Va. Wash. Wis. Wyo."
)
_ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,4}\.?$|^[A-Z]{2}$")
_PARTY_TAG = re.compile(r"(?:\b[RDI]-\s?|\((?:[RDI][-.,]\s?))$")
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:Rep|Sen|Gov|Mr|Ms|Mrs|Dr|Sgt|Gen|Lt|Col)\.?\s+"
    r"(?:[A-Z][a-z]+\s+)?$"
)
_NEW_BEFORE = re.compile(r"[a-z,;:]\s+New\s+$")
_BROKEN = re.compile(r"[\[\]()&>➔|@#*\"]|^[^\w]|[-–/]\s*$|\s[-–]\s")
# words that head the name of an institution: "House Intelligence Committee Chair …" names the
# committee; "Vice President", "Secretary of State" name an office
_INSTITUTION_HEAD = re.compile(
    r"\b(?:Committee|Department|Council|Agency|Ministry|Office|Bureau|Service|Court|Party|"
    r"Senate|House|Commission|Administration|Army|Navy|Force|Corps|Guard|Bank|Fund|"
    r"Organization|Organisation|Union|Alliance|Institute|Foundation|Network|News)$"
)


# -- detectors (pure: tables in, boolean masks or frames out) --------------------------------


def context(
    mentions: pd.DataFrame, texts: pd.Series, width: int = 40
) -> tuple[list[str], list[str]]:
    """The text just before and after each mention."""
    before, after = [], []
    for a, s, e in zip(mentions["article_id"], mentions["start"], mentions["end"], strict=True):
        text = texts[a]
        before.append(text[max(0, s - width) : s])
        after.append(text[e : e + width])
    return before, after


def common_words(texts: pd.Series, min_count: int = 20) -> frozenset[str]:
    """Words written in lower case at least `min_count` times in the corpus: 'vice', 'state',
    'defense', 'security' (not 'fbi', 'nato')."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in re.findall(r"\b[a-z][a-z'-]+\b", text):
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_count)


def office_fragment(
    m: pd.DataFrame, before: list[str], after: list[str], common: frozenset[str]
) -> np.ndarray:
    """Organisation mentions cut from a title: the surface stands before a title noun or after
    'Secretary of', is made of ordinary lower-case words of the corpus ('Vice', 'State',
    'National Security', 'Treasury') and does not end in an institution's head noun
    ('Committee', 'Department'): 'Vice President', 'Secretary of State', 'National Security
    Adviser' — not 'FBI Director', 'House Intelligence Committee Chair'."""
    out = []
    for etype, surface, b, a in zip(m["type"], m["surface"], before, after, strict=True):
        words = re.findall(r"[A-Za-z]+", surface)
        out.append(
            etype == "org"
            and bool(_TITLE_AFTER.match(a) or _TITLE_BEFORE.search(b))
            and bool(words)
            and all(w.casefold() in common for w in words)
            and not _INSTITUTION_HEAD.search(surface)
        )
    return np.array(out, dtype=bool)


def false_friend(m: pd.DataFrame, before: list[str], after: list[str]) -> pd.Series:
    """Country mentions that are something else in US copy; the reason, or ''. 'Washington'
    is left out: the capital standing for the government is the country by the contract."""
    reasons = []
    abbreviations = STATE_ABBREVIATIONS | {a.rstrip(".") for a in STATE_ABBREVIATIONS}
    for etype, kind, surface, b, a in zip(
        m["type"], m["kind"], m["surface"], before, after, strict=True
    ):
        reason = ""
        if etype == "country" and kind == "name":
            if surface in abbreviations or (_ABBREVIATION.match(surface) and _PARTY_TAG.search(b)):
                reason = "US-state abbreviation"
            elif _PARTY_TAG.search(b):
                reason = "party-state tag"
            elif _NEW_BEFORE.search(b) or re.match(r"^\s+City\b", a):
                reason = "inside a longer place name (New Jersey, Jersey City)"
            elif _TITLE_BEFORE_NAME.search(b) or re.match(r"^\s*[,(]\s*[RDI]-", a):
                reason = "a person's name (Rep. Jim Jordan, Mr. French)"
            elif surface in US_STATES and surface != "Washington":
                reason = "also a US state's name (ambiguous)"
        reasons.append(reason)
    return pd.Series(reasons, index=m.index)


def dateline(m: pd.DataFrame, texts: pd.Series) -> np.ndarray:
    """Mentions in an agency dateline near the top of the text: 'Washington (CNN)',
    'WASHINGTON —', 'MOSCOW (Reuters) -'."""
    out = []
    for a, s, e in zip(m["article_id"], m["start"], m["end"], strict=True):
        text = texts[a]
        line_start = text.rfind("\n", 0, s) + 1
        out.append(
            s < 800
            and s - line_start <= 2
            and bool(
                re.match(
                    r"^(?:,\s*[A-Z][\w.]*)*\s*(?:\([^)]{1,40}\)\s*[-–—:]?|[-–—])", text[e : e + 60]
                )
            )
        )
    return np.array(out, dtype=bool)


def short_form(m: pd.DataFrame, entities: pd.DataFrame) -> np.ndarray:
    """Mentions of a one-word person entity in an article that also mentions a person entity
    whose name has that word as its first or last name: 'Hillary' beside 'Hillary Clinton'."""
    names = entities.set_index("entity_id")["name"]
    person = m[m["type"] == "person"]
    words = person["entity_id"].map(names).fillna("").str.replace(r"[^\w\s'-]", "", regex=True)
    single = words.str.split().str.len() == 1
    full = person[~single].assign(w=words[~single].str.split())
    keys = set()
    for a, ws in zip(full["article_id"], full["w"], strict=True):
        keys.add((a, ws[0].casefold()))
        keys.add((a, ws[-1].casefold()))
    hit = pd.Series(False, index=m.index)
    one = person[single]
    hit.loc[one.index] = [
        (a, w.casefold()) in keys for a, w in zip(one["article_id"], words[single], strict=True)
    ]
    return hit.to_numpy()


def broken_name(m: pd.DataFrame, entities: pd.DataFrame) -> np.ndarray:
    """Mentions of entities whose canonical (displayed) name carries stray punctuation:
    'Mitch] McConnell', 'House &', 'Ted Cruz-', '> Supreme Court', '➔ Bush'."""
    broken = set(entities.loc[entities["name"].str.contains(_BROKEN), "entity_id"])
    return m["entity_id"].isin(broken).to_numpy()


# -- command line ----------------------------------------------------------------------------


def examples(
    rows: pd.DataFrame, tables: dict[str, pd.DataFrame], k: int, seed: int = 0
) -> list[str]:
    if rows.empty:
        return []
    arts = tables["articles"].set_index("article_id")
    sents = tables["sentences"].set_index(["article_id", "sentence_id"])
    rows = rows.drop_duplicates("entity_id").sample(
        min(k, rows["entity_id"].nunique()), random_state=seed
    )
    out = []
    for r in rows.itertuples():
        s, e = sents.loc[(r.article_id, r.sentence_id)][["start", "end"]]
        text = sentence_text(arts.at[r.article_id, "text"], s, e, r.start, r.end, width=200)
        out.append(f"- *{arts.at[r.article_id, 'source']}* (`{r.entity_id}`): {text}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.mistake_kinds",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--processed", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)

    tables = pipeline.read_tables(args.processed, ["articles", "entities", "mentions", "sentences"])
    entities, articles = tables["entities"], tables["articles"]
    m = tables["mentions"].join(entities.set_index("entity_id")["type"], on="entity_id")
    m = m[m["type"] != "event"].reset_index(drop=True)
    texts = articles.set_index("article_id")["text"]
    before, after = context(m, texts)

    spans = outlet_noise.repeated_spans(articles)
    chrome_rows = outlet_noise.mentions_in_lines(m.drop(columns="type"), spans)
    chrome = m.set_index(["article_id", "start"]).index.isin(
        chrome_rows.set_index(["article_id", "start"]).index
    )
    _, self_hits = outlet_noise.self_mentions(articles, m.drop(columns="type"), entities)
    outlet_self = m.set_index(["article_id", "start"]).index.isin(
        self_hits.set_index(["article_id", "start"]).index
    )
    reasons = false_friend(m, before, after)
    masks = {
        "chrome": chrome,
        "chrome: dateline": dateline(m, texts),
        "outlet-self": outlet_self,
        "office-fragment": office_fragment(m, before, after, common_words(texts)),
        "false-friend": (reasons != "").to_numpy(),
        "short-form": short_form(m, entities),
        "broken-name (display name)": broken_name(m, entities),
    }
    n_mentions, n_articles = len(m), m["article_id"].nunique()
    out = [
        "# Kinds of mistake over the whole corpus (rule-based screens)",
        "",
        f"Tables: `{args.processed}`: {n_mentions} mentions of people, countries, "
        f"organisations and places in {n_articles} articles. Candidates, not judgements: "
        "see eval/README.md for what each screen misses or over-counts.",
        "",
        "| kind | mentions | share of mentions | articles | entities |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, mask in masks.items():
        rows = m[mask]
        out.append(
            f"| {kind} | {len(rows)} | {len(rows) / n_mentions:.2%} | "
            f"{rows['article_id'].nunique()} | {rows['entity_id'].nunique()} |"
        )
    ff = reasons[reasons != ""]
    out += ["", "False friends by reason (mentions):", ""]
    out += [f"- {r}: {n}" for r, n in ff.value_counts().items()]
    for kind, mask in masks.items():
        rows = m[mask]
        top = rows.groupby("entity_id")["article_id"].nunique().sort_values(ascending=False)
        out += [
            "",
            f"## {kind}",
            "",
            "Entities with the most articles: "
            + ", ".join(f"`{e}` {n}" for e, n in top.head(8).items()),
            "",
        ]
        out += examples(rows[rows["entity_id"].isin(top.head(12).index)], tables, args.examples)
    text = "\n".join(out) + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "mistake_kinds.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
