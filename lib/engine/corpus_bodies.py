"""One organisation written two ways in different articles, linked across the corpus:

- a department named "Department of Health and Human Services", "Health and Human Services
  Department" or "Health and Human Services" (US news writes all three, often in one paper);
- an acronym written alone ("CDC") in articles that do not define it, where the articles
  that do define it ("the Centers for Disease Control and Prevention (CDC)") name one body.

Both run on the mentions table after the per-article links (lib.engine.org_variants has
linked an acronym to the name it is defined beside, within an article); the loops run over
distinct names. Every move is recorded (lib.engine.relink)."""

from __future__ import annotations

import re

import pandas as pd

from lib.engine.document_acronyms import spells
from lib.engine.gazetteer import Gazetteer
from lib.engine.relink import entity_names, relink

_DEPARTMENT_OF = re.compile(
    r"(?:(?:U\.?S\.?|US|United States)\s+)?Department\s+of\s+(?:the\s+)?(.+)"
)
_X_DEPARTMENT = re.compile(r"(?:(?:U\.?S\.?|US|United States)\s+)?(.+?)\s+Department")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Of the articles that define an acronym, the share that must name one body (or names of
# it that extend one another) for the acronym alone to be linked to it elsewhere.
ACRONYM_SHARE = 0.75


def department_key(name: str) -> tuple[str, str] | None:
    """('health and human services', form) for the three ways of naming a department, form
    'of', 'dept' or 'bare'; None for any other name. A bare name is a key only with two or
    more words: "Labor" or "Education" alone is a word, not a department."""
    name = name.strip()
    for pattern, form in ((_DEPARTMENT_OF, "of"), (_X_DEPARTMENT, "dept")):
        match = pattern.fullmatch(name)
        if match:
            return match.group(1).casefold(), form
    if len(name.split()) >= 2 and name[:1].isupper() and "Department" not in name:
        return name.casefold(), "bare"
    return None


def merge_department_names(mentions: pd.DataFrame, *, gaz: Gazetteer) -> pd.DataFrame:
    """A department's three names are one organisation where the corpus writes its
    "Department of X" form: the gazetteer's entry if one of them is there, else the
    "Department of X" entity (its formal name)."""
    orgs = mentions[mentions["type"] == "org"].drop_duplicates("entity_id")
    if orgs.empty:
        return mentions
    groups: dict[str, dict[str, list[str]]] = {}
    for entity_id, name in zip(orgs["entity_id"], orgs["name"].astype(str), strict=True):
        key = department_key(name)
        if key:
            groups.setdefault(key[0], {}).setdefault(key[1], []).append(entity_id)
    remap = {}
    for forms in groups.values():
        ids = [e for form in ("of", "dept", "bare") for e in forms.get(form, [])]
        if "of" not in forms or len(ids) < 2:
            continue
        known = [e for e in ids if e in gaz.entries]
        if len(known) > 1:
            continue
        target = known[0] if known else forms["of"][0]
        remap.update({e: target for e in ids if e != target and e not in gaz.entries})
    return relink(mentions, remap, entity_names(mentions, set(remap.values()), gaz))


def name_initials(name: str) -> str:
    """'Hillary Rodham Clinton' -> 'HRC'; 'Alexandria Ocasio-Cortez' -> 'AOC'."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()).upper()


def people_initials(mentions: pd.DataFrame) -> dict[str, int]:
    """Initials -> the articles of the most-named person the corpus writes with three words
    or more under them: US news calls some people by their initials ("HRC", "AOC", "JFK"),
    and the model reads them as a body's acronym."""
    people = mentions[mentions["type"] == "person"]
    per_person = people.groupby("entity_id", sort=False)["article_id"].nunique()
    written = people[["entity_id", "surface"]].drop_duplicates()
    written = written.assign(initials=written["surface"].astype(str).map(name_initials))
    written = written[written["initials"].str.len() >= 3]
    written = written.assign(articles=written["entity_id"].map(per_person))
    return written.groupby("initials")["articles"].max().to_dict()


def _extends(longer: str, shorter: str) -> bool:
    """'Centers for Disease Control and Prevention' extends 'Centers for Disease Control'."""
    a, b = longer.casefold().split(), shorter.casefold().split()
    return len(a) >= len(b) and a[: len(b)] == b


def link_acronyms_across_corpus(mentions: pd.DataFrame, *, gaz: Gazetteer) -> pd.DataFrame:
    """An acronym written alone, in articles that do not define it, is the body the corpus's
    other articles define it as, where at least ACRONYM_SHARE of them name that body (or
    names of it that extend one another, which are merged into the most used). Two bodies
    sharing an acronym in the corpus ("IRA") leave it as it is, and so do the initials of a
    person the corpus names more often than it defines them ("HRC": Hillary Rodham Clinton,
    not the Human Rights Campaign). The gazetteer's acronyms are
    linked already and are not touched."""
    orgs = mentions[mentions["type"] == "org"]
    defined = orgs[
        (orgs["link"] == "article")
        & orgs["linked_from"].notna()
        & orgs["surface"].astype(str).str.fullmatch(_ACRONYM.pattern)
    ]
    if defined.empty:
        return mentions
    defined = defined[
        defined["linked_from"].str.startswith("org:")
        & ~defined["linked_from"].isin(gaz.entries.keys())
        & pd.Series(
            [
                spells(str(surface).upper(), str(name))
                for surface, name in zip(defined["surface"], defined["name"], strict=True)
            ],
            index=defined.index,
        )
    ]
    pairs = (
        defined.groupby(["linked_from", "entity_id"], sort=False)["article_id"]
        .nunique()
        .rename("n")
        .reset_index()
    )
    named = orgs.drop_duplicates("entity_id", keep="last")
    names = dict(zip(named["entity_id"], named["name"].astype(str), strict=True))
    someone = people_initials(mentions)
    remap = {}
    for acronym_id, group in pairs.groupby("linked_from", sort=False):
        # a person named in more articles than define the acronym may be the one meant
        if someone.get(acronym_id.split(":", 1)[-1].upper(), 0) >= group["n"].sum():
            continue
        group = group.sort_values("n", ascending=False)
        top = group["entity_id"].iloc[0]
        top_name = names.get(top, "")
        same = [
            e
            for e in group["entity_id"]
            if _extends(top_name, names.get(e, "")) or _extends(names.get(e, ""), top_name)
        ]
        n_same = int(group.loc[group["entity_id"].isin(same), "n"].sum())
        if n_same < 2 or n_same < ACRONYM_SHARE * group["n"].sum():
            continue
        remap[acronym_id] = top
        remap.update({e: top for e in same if e != top and e not in gaz.entries})
    return relink(mentions, remap, entity_names(mentions, set(remap.values()), gaz))
