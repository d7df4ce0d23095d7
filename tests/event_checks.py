"""What the event tests of several rounds ask of a processed fixture corpus."""

from __future__ import annotations


def linked_event_ids(dataset, file: str) -> set[str]:
    """The knowledge-base events linked in one fixture file of a `process_texts` dataset."""
    events = dataset.events[dataset.events["file"] == file]
    return set(events["entity_id"].dropna())
