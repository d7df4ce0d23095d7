"""A mention of an entity in an article: what linking finds in the text
(lib.engine.span_mentions, lib.engine.article_links) and hands on, step by step, to the
mentions table (docs/data.md); the knowledge-base events an article names join them as
mentions too (lib.engine.per_article)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """One mention in an article, before corpus-wide canonicalisation."""

    start: int  # character offsets into the article's cleaned text
    end: int
    surface: str
    sentence_id: int
    section: str
    entity_id: str
    type: str
    kind: str  # name | demonym | capital | seat | title | reference
    name: str  # canonical name (gazetteer) or best name from the text
    label: str  # what the model or rule said: PERSON, ORG, GPE, NORP, LOC, FAC, ORGREF, ROLE
    role: str | None = None  # title stated before a person's name
    code: str | None = None
    # How the surface reached its entity (docs/data.md, mentions.link): "gazetteer" (a name
    # the gazetteer knows), "text" (the name as written), "article" (a short form linked to
    # the fuller name the article gives), "corpus" (linked across the corpus).
    link: str = "text"
    linked_from: str | None = None  # the entity the surface would be on its own, if linked
