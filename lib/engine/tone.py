"""Sentence tone: a lexicon score from -1 (hostile, critical) to +1 (conciliatory, approving).

The score is VADER's compound score (Hutto & Gilbert 2014, ``vaderSentiment`` 3.3.2, which
runs offline) with a small lexicon update for NATO–Russia news, documented entry by entry
below and validated against hand-labelled sentences in ``tests/data/tone_labels.csv``
(method, guideline and figures: ``docs/tone.md``). It scores a whole sentence, so every
entity in a sentence receives the same tone.

Pure functions: the only I/O is VADER reading its lexicon file, once per process.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from functools import cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
    scalar_inc_dec,
)

# The domain lexicon, in groups so that each group can be switched off and validated on its own
# (docs/tone.md). Values are on VADER's scale (-4 … +4); 0.0 removes a word's valence.
#
# Words that in this field stand mostly inside names and titles, not as judgements: "United
# States", "UN Security Council", "Ministry of Defence", "military intelligence", "Supreme Allied
# Commander", "Special Representative", "United Russia party", "top diplomat", "Radio Liberty",
# "Ministry of Justice", "Grand Duchy". VADER scores all of them as praise.
TERMS_OF_ART: dict[str, float] = {
    "united": 0.0,
    "security": 0.0,
    "defence": 0.0,
    "defense": 0.0,
    "defensive": 0.0,
    "intelligence": 0.0,
    "justice": 0.0,
    "liberty": 0.0,
    "supreme": 0.0,
    "special": 0.0,
    "party": 0.0,
    "top": 0.0,
    "grand": 0.0,
    "excellence": 0.0,
    "treasury": 0.0,
    "warsaw": 0.0,  # VADER lists the city at -0.1
}


# Multi-word names whose words carry valence in VADER but not in the name. Replaced by a
# neutral token before scoring (whole words, any case).
NAME_MASKS: tuple[str, ...] = (
    "Great Britain",
    "Radio Free Europe",
    "Partnership for Peace",
    "Atlantic Resolve",
    "Peace Prize",
)


# News prose: reporting verbs carry no tone ("Stoltenberg stressed the importance of …" is
# not stress), and a few function words that VADER reads as sentiment ("countries like
# Poland", "as well as", "of any kind", "play a role").
NEWS_FUNCTION_WORDS: dict[str, float] = {
    "stressed": 0.0,
    "stressing": 0.0,
    "stresses": 0.0,
    "admitted": 0.0,
    "like": 0.0,
    "well": 0.0,
    "kind": 0.0,
    "play": 0.0,
}


# The vocabulary of confrontation in this field. "Aggression" is the strongest charge in
# diplomatic language (VADER: -1.2, milder than "problem"); "provocative", "destabilising",
# "interference", "annexation", "escalation" and "military build-up" are how each side accuses
# the other; "expressed concern" is diplomatic disapproval; sanctions are punitive measures;
# relations "sour". VADER lacks most of these words.
CONFLICT_WORDS: dict[str, float] = {
    "aggression": -2.5,
    "aggressive": -1.5,
    "aggressively": -1.5,
    "provocative": -1.8,
    "provocatively": -1.8,
    "provocation": -1.8,
    "provocations": -1.8,
    "provoke": -1.5,
    "destabilising": -1.8,
    "destabilizing": -1.8,
    "destabilise": -1.5,
    "destabilize": -1.5,
    "escalate": -1.5,
    "escalated": -1.5,
    "escalation": -1.5,
    "annexation": -1.5,
    "annexed": -1.5,
    "invasion": -2.5,
    "invade": -2.3,
    "invaded": -2.3,
    "occupation": -1.5,
    "occupied": -1.3,
    "interference": -1.5,
    "meddling": -1.8,
    "sanction": -1.0,
    "sanctions": -1.0,
    "sanctioned": -1.0,
    "concern": -1.0,
    "concerns": -1.0,
    "concerned": -1.0,
    "buildup": -1.0,
    "build-up": -1.0,
    "soured": -2.0,
    "souring": -2.0,
    "sour": -1.5,
    "standoff": -1.5,
    "stalemate": -1.3,
    "bellicose": -2.0,
    "espionage": -1.5,
    "spying": -1.5,
    "hacking": -1.5,
    "hackers": -1.2,
    "disinformation": -1.8,
    "cyberattack": -2.0,
    "cyberattacks": -2.0,
    "baseless": -1.5,
    "denounce": -1.9,
    "denounced": -1.9,
    "denounces": -1.9,
    "pretext": -1.2,
    "militarisation": -1.0,
    "militarization": -1.0,
    "unpredictability": -1.0,
    "expulsion": -1.5,
    "expulsions": -1.5,
    "breach": -1.5,
    # NATO's word for an adversary ("Russia is a challenge"); VADER: +0.3
    "challenge": -0.5,
    "challenges": -0.5,
}


# The vocabulary of détente: "dialogue", "cooperation", "constructive", "partnership",
# "rapprochement", "de-escalation", "breakthrough" mark conciliatory coverage; VADER lacks them.
# "Frank" is left out on purpose: in diplomatic language a "frank" exchange is a disagreement.
DIPLOMACY_WORDS: dict[str, float] = {
    "dialogue": 1.2,
    "cooperation": 1.5,
    "co-operation": 1.5,
    "cooperate": 1.5,
    "cooperative": 1.5,
    "constructive": 1.8,
    "productive": 1.8,
    "pragmatic": 1.0,
    "businesslike": 1.0,
    "partnership": 1.5,
    "de-escalation": 1.5,
    "deescalation": 1.5,
    "detente": 1.5,
    "détente": 1.5,
    "rapprochement": 1.8,
    "thaw": 1.2,
    "breakthrough": 2.0,
    "reconciliation": 1.8,
    "normalisation": 1.2,
    "normalization": 1.2,
    "rebuild": 1.2,
    "transparency": 0.8,
    "good-neighbourly": 2.0,
    "good-neighborly": 2.0,
}


LEXICON_GROUPS: dict[str, dict[str, float]] = {
    "terms_of_art": TERMS_OF_ART,
    "news_function_words": NEWS_FUNCTION_WORDS,
    "conflict_words": CONFLICT_WORDS,
    "diplomacy_words": DIPLOMACY_WORDS,
}


#: The groups `score_sentences` uses (all of them: see docs/tone.md for the ablation).
DEFAULT_GROUPS: tuple[str, ...] = tuple(LEXICON_GROUPS)


_MASK_RE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in NAME_MASKS) + r")\b", re.I)


_MASK_TOKEN = "Name"  # not in VADER's lexicon, capitalised like the name it replaces


_NEGATE = frozenset(NEGATE)
_PUNCTUATION = string.punctuation


def _negated(word: str) -> bool:
    """VADER's negated([word]) for a lower-case word."""
    return word in _NEGATE or "n't" in word


class _Analyzer(SentimentIntensityAnalyzer):
    """VADER, giving the same compound score faster (preprocessing scores every sentence
    that mentions an entity):
    - a text with no emoji skips VADER's character-by-character emoji replacement;
    - a text none of whose words (as VADER splits and strips them) is in the lexicon
      scores 0.0 without the per-word rules, which change only words that have a valence;
    - the per-word rules read one lower-cased copy of the words: VADER lower-cases the whole
      sentence again up to four times for every word of its lexicon (its negation and idiom
      checks), which made long sentences quadratic.
    Tests compare it with VADER's own polarity_scores (tests/test_tone.py).
    """

    def __init__(self) -> None:
        super().__init__()
        self._emoji_chars = frozenset(self.emojis)

    def compound(self, text: str) -> float:
        if not self._emoji_chars.isdisjoint(text):
            return float(self.polarity_scores(text)["compound"])
        text = text.strip()  # what VADER's emoji step returns for a text without emoji
        # VADER's SentiText: words stripped of punctuation unless that leaves 2 letters or
        # fewer (an emoticon); whether some but not all of them are in capitals
        items = [
            word if len(stripped := word.strip(_PUNCTUATION)) <= 2 else stripped
            for word in text.split()
        ]
        lower = [item.lower() for item in items]
        lexicon = self.lexicon
        if lexicon.keys().isdisjoint(lower):
            return 0.0
        capitals = sum(1 for item in items if item.isupper())
        is_cap_diff = 0 < len(items) - capitals < len(items)
        # The rest of VADER's polarity_scores, as it is written there (vaderSentiment 3.3.2).
        sentiments: list[float] = []
        last = len(items) - 1
        for i, word in enumerate(lower):
            if word in BOOSTER_DICT or (i < last and word == "kind" and lower[i + 1] == "of"):
                sentiments.append(0)
            elif word in lexicon:
                sentiments.append(self._valence(items, lower, i, is_cap_diff))
            else:
                sentiments.append(0)
        sentiments = self._but_check(items, sentiments)
        return self._compound(sentiments, text)

    def _valence(self, items: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        """VADER's sentiment_valence for the lexicon word at i."""
        lexicon = self.lexicon
        word = lower[i]
        valence = lexicon[word]
        if word == "no" and i != len(items) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[word] * N_SCALAR
        if items[i].isupper() and is_cap_diff:
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for start_i in range(3):
            before = i - (start_i + 1)
            if i > start_i and lower[before] not in lexicon:
                scalar = scalar_inc_dec(items[before], valence, is_cap_diff)
                if start_i == 1 and scalar != 0:
                    scalar = scalar * 0.95
                if start_i == 2 and scalar != 0:
                    scalar = scalar * 0.9
                valence = valence + scalar
                valence = _negation_check(valence, lower, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, lower, i)
        # VADER's _least_check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

    def _compound(self, sentiments: list[float], text: str) -> float:
        """VADER's score_valence, the compound part only."""
        if not sentiments:
            return 0.0
        total = float(sum(sentiments))
        emphasis = self._punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return float(round(normalize(total), 4))


def _negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    """VADER's _negation_check on the lower-cased words."""
    if start_i == 0 and _negated(lower[i - 1]):
        valence = valence * N_SCALAR
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if (
            lower[i - 3] == "never"
            and (lower[i - 2] == "so" or lower[i - 2] == "this")
            or (lower[i - 1] == "so" or lower[i - 1] == "this")
        ):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * N_SCALAR
    return valence


def _special_idioms_check(valence: float, lower: list[str], i: int) -> float:
    """VADER's _special_idioms_check on the lower-cased words (called for i > 2)."""
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


@cache
def _analyzer(groups: frozenset[str]) -> _Analyzer:
    """One VADER analyzer per lexicon variant, built once (VADER reads its lexicon file here)."""
    unknown = groups - set(LEXICON_GROUPS)
    if unknown:
        raise ValueError(
            f"unknown lexicon group(s) {sorted(unknown)}; known: {list(LEXICON_GROUPS)}"
        )
    analyzer = _Analyzer()
    for name in LEXICON_GROUPS:  # fixed order, so a variant does not depend on argument order
        if name in groups:
            analyzer.lexicon.update(LEXICON_GROUPS[name])
    return analyzer


def score_sentences(
    texts: Sequence[str | None], *, groups: Iterable[str] | None = DEFAULT_GROUPS
) -> list[float]:
    """Compound tone of each text in [-1, 1]; empty or missing text scores 0.0.

    `groups` names the domain-lexicon groups to apply (`LEXICON_GROUPS`); `None` or `()` gives
    plain VADER. Repeated texts are scored once.
    """
    group_set = frozenset(groups or ())
    analyzer = _analyzer(group_set)
    compound = analyzer.compound
    mask = bool(group_set & {"terms_of_art"})
    cache_: dict[str, float] = {}
    out: list[float] = []
    for text in texts:
        if not isinstance(text, str) or not text.strip():  # None, NaN, pd.NA, ""
            out.append(0.0)
            continue
        score = cache_.get(text)
        if score is None:
            scored = _MASK_RE.sub(_MASK_TOKEN, text) if mask else text
            score = compound(scored)
            cache_[text] = score
        out.append(score)
    return out
