"""A multi-source corpus the tests write: three outlets, two years (2016 and 2019), and a
`leaning` metadata column, as one JSONL file — the shape real corpora come in.

Each outlet brings its own boilerplate (Reuters datelines and "Reporting by" lines, RT's
"Read more" links, CNN's "(CNN)" dateline and newsletter footers) and its own slant:

- RT (leaning `russian-state`) writes about Sergei Lavrov (canonical: Sergey Lavrov), "Washington" and
  "the Pentagon" far more than the others: Lavrov is the planted distinctive entity.
- Reuters (`center`) writes about the Baltic states (Estonia, Latvia, Lithuania) and
  Jens Stoltenberg.
- CNN (`left`) writes about Donald Trump and Montenegro.

The articles go through the real pipeline (`process_corpus`), like a user's corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

# (source, leaning, date, url, title, text)
ARTICLES: list[tuple[str, str, str, str, str, str]] = [
    (
        "Reuters",
        "center",
        "2016-06-14",
        "https://www.reuters.com/article/us-nato-baltics-idUSKCN0YZ1",
        "NATO to station battalions in Baltic states and Poland",
        "BRUSSELS (Reuters) - NATO defense ministers agreed on Tuesday to send four "
        "battalions to Estonia, Latvia, Lithuania and Poland, the alliance's biggest "
        "build-up on its eastern flank since the Cold War.\n\n"
        "NATO Secretary General Jens Stoltenberg said the deployment was a response to "
        'Russia\'s annexation of Crimea. "This is a clear signal," Stoltenberg told '
        "reporters.\n\n"
        "Estonian officials welcomed the decision. Moscow called it a provocation.\n\n"
        "Reporting by Robin Emmott; Editing by Alison Williams",
    ),
    (
        "Reuters",
        "center",
        "2016-11-02",
        "https://www.reuters.com/article/us-nato-russia-idUSKBN12X1",
        "Lithuania says Russian missiles in Kaliningrad threaten the Baltics",
        "VILNIUS (Reuters) - Lithuania said on Wednesday that Russia had moved "
        "nuclear-capable Iskander missiles to Kaliningrad, a threat to Estonia, Latvia and "
        "Lithuania.\n\n"
        "Stoltenberg said NATO would defend every ally. Latvian and Estonian ministers "
        "asked for more air defence.\n\n"
        "Reporting by Andrius Sytas; Editing by Tom Heneghan",
    ),
    (
        "Reuters",
        "center",
        "2019-02-13",
        "https://www.reuters.com/article/us-nato-defence-idUSKCN1Q2",
        "NATO ministers discuss arms treaty after U.S. withdrawal",
        "BRUSSELS (Reuters) - NATO defence ministers discussed on Wednesday how to respond "
        "to Russian missiles after the United States said it would leave the INF Treaty.\n\n"
        "Jens Stoltenberg urged Russia to return to compliance. Estonia and Latvia backed "
        "the alliance's position.\n\n"
        "Reporting by Robin Emmott; Editing by Hugh Lawson",
    ),
    (
        "Reuters",
        "center",
        "2019-11-28",
        "https://www.reuters.com/article/us-nato-summit-idUSKBN1Y2",
        "Baltic states seek NATO plan ahead of London meeting",
        "TALLINN (Reuters) - Estonia, Latvia and Lithuania pressed NATO on Thursday to "
        "approve its defence plan for the Baltics before the leaders' meeting in London.\n\n"
        "Stoltenberg said he expected agreement. Turkey has blocked the plan.\n\n"
        "Reporting by Andrius Sytas; Editing by Alex Richardson",
    ),
    (
        "RT",
        "russian-state",
        "2016-07-09",
        "https://www.rt.com/news/350781-lavrov-nato-warsaw/",
        "Lavrov: NATO Warsaw summit decisions are a threat to Russia",
        "Russian Foreign Minister Sergei Lavrov said on Saturday that the decisions of the "
        "NATO summit in Warsaw threaten Russia's security.\n\n"
        "Read more: Pentagon plans more troops near Russian border\n\n"
        "Lavrov said Washington was pushing the alliance towards confrontation. The "
        "Pentagon has sent more troops to Poland, Lavrov added.\n\n"
        "Lavrov told reporters that Moscow remained open to dialogue with NATO.",
    ),
    (
        "RT",
        "russian-state",
        "2016-12-19",
        "https://www.rt.com/news/370890-lavrov-ankara-ambassador/",
        "Lavrov condemns the killing of Russia's ambassador in Ankara",
        "Sergei Lavrov called the assassination of Russian Ambassador Andrey Karlov in "
        "Ankara a terrorist act.\n\n"
        "Lavrov said Moscow and Ankara would investigate together. Washington condemned the "
        "attack.\n\n"
        "Read more: Pentagon silent on Syria talks",
    ),
    (
        "RT",
        "russian-state",
        "2019-08-02",
        "https://www.rt.com/news/465624-inf-treaty-lavrov/",
        "Lavrov blames Washington as INF treaty ends",
        "Foreign Minister Sergei Lavrov said on Friday that Washington alone was to blame "
        "for the end of the INF Treaty.\n\n"
        "The Pentagon wants to deploy new missiles in Europe, Lavrov said. Lavrov said "
        "Russia would not deploy missiles first.\n\n"
        "Read more: NATO expansion is a threat, Kremlin says",
    ),
    (
        "RT",
        "russian-state",
        "2019-12-04",
        "https://www.rt.com/news/475100-nato-london-lavrov/",
        "Lavrov: NATO London meeting shows alliance in crisis",
        "Sergei Lavrov said on Wednesday that the NATO leaders' meeting in London showed "
        "an alliance in crisis.\n\n"
        "Lavrov said Washington and Paris disagreed on the alliance's future. The Pentagon "
        "wants more spending from Germany, Lavrov said.",
    ),
    (
        "CNN",
        "left",
        "2016-05-19",
        "https://edition.cnn.com/2016/05/19/politics/nato-montenegro/index.html",
        "NATO invites Montenegro to join the alliance",
        "(CNN) NATO foreign ministers signed a protocol on Thursday inviting Montenegro to "
        "join the alliance, a move Russia opposes.\n\n"
        "Montenegro's prime minister called it a historic day. Donald Trump, the Republican "
        "candidate, questioned the value of NATO.\n\n"
        "Sign up for our newsletter to get the day's top stories.",
    ),
    (
        "CNN",
        "left",
        "2016-10-27",
        "https://edition.cnn.com/2016/10/27/politics/nato-russia-montenegro/index.html",
        "Montenegro says Russia backed a coup plot",
        "(CNN) Montenegro accused Russian nationalists on Thursday of plotting a coup "
        "before its accession to NATO.\n\n"
        "Trump said he would get along with Putin. Montenegro's officials said the plot "
        "failed.\n\n"
        "Sign up for our newsletter to get the day's top stories.",
    ),
    (
        "CNN",
        "left",
        "2019-07-18",
        "https://edition.cnn.com/2019/07/18/politics/trump-montenegro-nato/index.html",
        "Trump questions defending Montenegro",
        "(CNN) President Donald Trump again questioned why the United States should defend "
        "Montenegro, a NATO member since 2017.\n\n"
        "Trump said Montenegro had very aggressive people. Russia welcomed the remarks.\n\n"
        "Sign up for our newsletter to get the day's top stories.",
    ),
    (
        "CNN",
        "left",
        "2019-12-03",
        "https://edition.cnn.com/2019/12/03/politics/trump-nato-london/index.html",
        "Trump arrives in London for NATO meeting",
        "(CNN) President Donald Trump arrived in London on Tuesday for the NATO leaders' "
        "meeting and criticized France's President Emmanuel Macron.\n\n"
        "Trump said NATO serves a great purpose. Macron had said the alliance was "
        "experiencing brain death.\n\n"
        "Sign up for our newsletter to get the day's top stories.",
    ),
]

OUTLETS = ("Reuters", "RT", "CNN")
LEANINGS = {"Reuters": "center", "RT": "russian-state", "CNN": "left"}
PLANTED = {"RT": "Sergey Lavrov", "CNN": "Montenegro", "Reuters": "Estonia"}


def write_multisource_corpus(folder: Path) -> Path:
    """Write the corpus as one JSONL file in `folder`; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "multisource.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for source, leaning, day, url, title, text in ARTICLES:
            record = {
                "title": title,
                "text": text,
                "date": day,
                "source": source,
                "url": url,
                "leaning": leaning,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
