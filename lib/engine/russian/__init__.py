"""Russian-language coverage: page cleaning and an extraction step whose output has the
English pipeline's columns and canonical ids (the language of an article is
lib.engine.language's).

    from lib.engine.russian import clean_page, extract

    page = clean_page(raw)           # CleanedPage: text, sections, dropped chrome, dateline
    result = extract(page.text, page.sections, published=date(2019, 12, 4))
    result.mentions                  # Mention(start, end, surface, entity_id, type, kind, …)

Modules: `clean` (chrome by kind, datelines), `text` (tokens,
pymorphy3 lemmas, sentences), `gazetteer` (English ids + Russian forms), `translit`
(cyrtranslit, name keys), `ner` (natasha's slovnet NER), `phrases` (the gazetteer's phrases
in a sentence), `nominative` (names in the nominative), `person_lookup` (a name among the
gazetteer's people), `link` (one sentence's mentions), then with the whole article read
`people`, `sites` (places and bodies by their kind's noun), `bodies` (a state's bare bodies) and `titles` (roles, references); `dates`
(dateparser's Russian), `events` (the event KB's Russian aliases), `quotes`, `pipeline`.
"""

from lib.engine.events import EventMention
from lib.engine.quotes import Quote
from lib.engine.russian.clean import CleanedPage, Dateline, clean_page, read_dateline
from lib.engine.russian.dates import DateMention, find_dates
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.pipeline import Extraction, extract, extract_page

__all__ = [
    "CleanedPage",
    "DateMention",
    "Dateline",
    "EventMention",
    "Extraction",
    "Mention",
    "Quote",
    "Sentence",
    "clean_page",
    "extract",
    "extract_page",
    "find_dates",
    "read_dateline",
]
