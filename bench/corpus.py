"""A benchmark corpus of N news-style articles about NATO–Russia relations.

How it is made: each article is assembled from ~40 sentence templates in the style of
agency copy (statements with roles and datelines, quotes, accusations, meetings,
exercises, sanctions, references to past events), filled at random — with a fixed seed,
so N articles are always the same — from the project's own gazetteers (people with their
roles, countries with demonyms and capitals, organisations) and event knowledge base
(event aliases), with publication dates spread over 2014–2020 and relative dates ("on
Friday", "last year", "on 3 December") in the text. Outlet chrome is sprinkled in as real
pages carry it: datelines ("MOSCOW (Sputnik) –", "WASHINGTON (Reuters) -", "(CNN)"),
inline "Advertisement", photo credits, newsletter footers. Articles run 8–16 paragraphs,
about 400 words, like agency stories. It is not real news, but it exercises every stage
(cleaning, NER, linking, events, quotes) at realistic sizes and densities.

    python -m bench.corpus --n 10000 --out bench/corpora/news-10000.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "data" / "gazetteer"

OUTLETS = [
    ("Reuters", "WASHINGTON (Reuters) - ", "center"),
    ("Sputnik", "MOSCOW (Sputnik) \u2013 ", "state"),
    ("CNN", "(CNN) ", "left"),
    ("Associated Press", "BRUSSELS (AP) \u2014 ", "center"),
    ("RT", "", "state"),
    ("Fox News", "", "right"),
    ("The Guardian", "", "left"),
    ("TASS", "MOSCOW, (TASS) - ", "state"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
VERBS = ["said", "told reporters", "stressed", "warned", "noted", "added"]
ACTIONS = [
    "strengthen its defences",
    "respond to any provocation",
    "keep channels of dialogue open",
    "deploy more troops",
    "review its nuclear posture",
    "seek a diplomatic solution",
    "expand military exercises",
    "impose new sanctions",
    "reduce tensions",
]
TOPICS = [
    "missile defence",
    "the arms race",
    "military buildup on the eastern flank",
    "cyber attacks",
    "energy security",
    "the conflict in eastern Ukraine",
    "the situation in Syria",
    "defence spending",
]
QUOTES = [
    "We will not be intimidated",
    "There is no alternative to dialogue",
    "This is a dangerous escalation",
    "Our door remains open",
    "We need strong defence and deterrence",
    "Nobody wants a new Cold War",
    "The response will be proportionate",
    "We are ready to talk but not at any price",
]
CHROME = [
    "Advertisement",
    "Sign up for our daily newsletter on world affairs.",
    "Listen Live",
    "\u00a9 REUTERS / Yves Herman",
    "Follow us on Twitter",
]

TEMPLATES = [
    "{role} {person} {verb} on {weekday} that {country} would {action}.",
    '"{quote}," {surname} {verb}.',
    '"{quote}, and {country} knows it," {role_lower} {person} told reporters in {capital}.',
    "{org} and {country} held talks in {capital} on {weekday}, officials said, but made little progress on {topic}.",
    "The {demonym} government has repeatedly accused {org} of stoking tensions over {topic}.",
    "{person}, the {role}, met his {demonym} counterpart in {capital} to discuss {topic}.",
    "Since {year}, {org} has been building up its presence near {country}'s borders.",
    "Relations between {org} and {country} have soured since {event}.",
    "{surname} recalled {event} last year, saying it showed the risks of {topic}.",
    "{country} and {country2} signed an agreement on {topic} in {month} this year.",
    "{demonym} officials said the drills near {capital} were a response to {org}'s activities.",
    "According to {org}, {country} has increased spending on {topic}.",
    "{person} is expected to raise {topic} at a meeting with {person2} next week.",
    "Analysts in {capital} said {org} was unlikely to {action} before the end of the year.",
    "{surname} also said the {demonym} side had shown no willingness to {action}.",
    "The {role} {verb} that {country2} remained committed to {org}.",
    "Moscow has denied the claims and warned {org} that the deployments threaten {topic}.",
    '{country} called the sanctions imposed on {month2} {day} "unacceptable".',
]


def _rows(name: str) -> list[dict]:
    with (GAZ / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _load_pools() -> dict:
    people = []
    for row in _rows("people.csv"):
        roles = [r.split("@")[0] for r in row["roles"].split("|") if r]
        if roles:
            people.append((row["name"], roles[0]))
    central = {
        "RUS",
        "USA",
        "UKR",
        "TUR",
        "DEU",
        "FRA",
        "GBR",
        "POL",
        "SYR",
        "EST",
        "LVA",
        "LTU",
        "GEO",
        "BLR",
        "CHN",
        "NOR",
        "ROU",
        "MNE",
        "MKD",
        "FIN",
        "SWE",
        "ITA",
        "ESP",
        "CAN",
        "IRN",
    }
    countries = []
    for row in sorted(_rows("countries.csv"), key=lambda r: r["iso3"] not in central):
        demonyms = [d for d in row["demonyms"].split("|") if d and not d.endswith("s")]
        capitals = [c for c in row["capitals"].split("|") if c]
        if demonyms and capitals:
            countries.append((row["name"], demonyms[0], capitals[0]))
    orgs = [
        row["name"]
        for row in _rows("organisations.csv")
        if row["kind"] in ("military alliance", "intergovernmental", "government body")
    ]
    with (ROOT / "data" / "events" / "kb.csv").open(encoding="utf-8", newline="") as handle:
        events = [
            (next(a for a in r["aliases"].split("|") if a), r["date_start"])
            for r in csv.DictReader(handle)
            if r["aliases"].strip("|")
        ]
    return {"people": people, "countries": countries, "orgs": orgs, "events": events}


def article(rng: random.Random, pools: dict, index: int) -> dict:
    outlet, dateline, bias = rng.choice(OUTLETS)
    published = date(2014, 1, 1) + timedelta(days=rng.randrange(7 * 365))
    # Half the stories are about the central actors, the rest about anyone in the gazetteer.
    main = rng.choice(pools["people"][:40] if rng.random() < 0.5 else pools["people"])
    paragraphs = []
    for _ in range(rng.randint(8, 16)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            person, role = main if rng.random() < 0.4 else rng.choice(pools["people"])
            person2, _ = rng.choice(pools["people"])
            country, demonym, capital = rng.choice(
                pools["countries"][:25] if rng.random() < 0.7 else pools["countries"]
            )
            country2, _, _ = rng.choice(pools["countries"])
            event, _ = rng.choice(pools["events"])
            sentences.append(
                rng.choice(TEMPLATES).format(
                    role=role,
                    role_lower=role[0].lower() + role[1:],
                    person=person,
                    surname=person.split()[-1],
                    person2=person2,
                    verb=rng.choice(VERBS),
                    weekday=rng.choice(WEEKDAYS),
                    country=country,
                    country2=country2,
                    capital=capital,
                    demonym=demonym,
                    org=rng.choice(pools["orgs"]),
                    action=rng.choice(ACTIONS),
                    topic=rng.choice(TOPICS),
                    quote=rng.choice(QUOTES),
                    year=rng.randint(2008, 2019),
                    event=event,
                    month=published.strftime("%B"),
                    month2=rng.choice(["March", "July", "December"]),
                    day=rng.randint(1, 28),
                )
            )
        paragraphs.append(" ".join(sentences))
        if rng.random() < 0.08:
            paragraphs.append(rng.choice(CHROME))
    paragraphs[0] = dateline + paragraphs[0]
    title = f"{main[0].split()[-1]} Says {rng.choice(pools['countries'])[0]} Must {rng.choice(ACTIONS).title()}"
    return {
        "title": title,
        "text": "\n\n".join(paragraphs),
        "date": published.isoformat(),
        "source": outlet,
        "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{index}",
        "bias": bias,
    }


def generate(n: int, *, seed: int = 2015) -> list[dict]:
    rng, pools = random.Random(seed), _load_pools()
    return [article(rng, pools, i) for i in range(n)]


def write_corpus(n: int, out: Path, *, seed: int = 2015, start: int = 0) -> Path:
    """Write articles [start, start + n) of the seeded stream as JSONL."""
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = generate(start + n, seed=seed)[start:]
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=2015)
    args = parser.parse_args()
    path = write_corpus(
        args.n, args.out or ROOT / "bench" / "corpora" / f"news-{args.n}.jsonl", seed=args.seed
    )
    print(path)
