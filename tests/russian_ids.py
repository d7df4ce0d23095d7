"""What the Russian step finds in a sentence, as sets of ids: the round tests' assertions."""

from lib.engine.russian.pipeline import extract


def events(text, published=None):
    """The knowledge-base events found in `text` (dated by `published`)."""
    return {e.entity_id for e in extract(text, published=published).events if e.entity_id}


def ids(text, prefix="", published=None):
    """The ids of the entities found in `text` that start with `prefix`."""
    found = extract(text, published=published).mentions
    return {m.entity_id for m in found if m.entity_id.startswith(prefix)}
