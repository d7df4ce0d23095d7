"""Streamlit glue for the entity corrections (lib.queries.curation): the Entities page's "Edit this
entity" controls (merge, rename, split an alias, change the type, hide), the undo button,
the hidden entities with unhide, and the notice every page shows when a correction was
skipped or the file cannot be read.

Every action appends one operation to the corrections file through `curation.record` (or
drops the last through `curation.undo_last`) in a button callback; the rerun that follows
loads the corpus under the file's new version (`loaders.load_corpus`), so every chart, filter
and export shows the change. The operations themselves are built by pure functions of
lib.queries.curation (`merge_operation`, `follow`, `merge_candidates`).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from lib import charts
from lib.names import ENTITY_TYPES
from lib.queries import curation
from lib.queries.corpus import Corpus
from lib.ui import loaders, sidebar
from lib.ui.plaintext import plain

_FLASH = "_cur_flash"  # (kind, message) of the last action, shown once after its rerun
_FOR = "_cur_editing"  # the entity the editor's widgets were filled for


# -- every page -----------------------------------------------------------------------------


def notice(state: loaders.Curated) -> None:
    """A file that cannot be read is an error on every page; skipped corrections are a
    warning in the sidebar (the Entities page lists them)."""
    if state.error:
        st.error(
            f"The entity corrections are not applied: {plain(state.error)}. Fix the file (see "
            "docs/curation.md); the tables are shown as extracted meanwhile.",
            icon=":material/error:",
        )
    if state.warnings:
        with st.sidebar:
            n = len(state.warnings)
            with st.expander(f"{n} entity correction{'s' * (n != 1)} skipped", icon="⚠️"):
                for message in state.warnings:
                    st.caption(plain(message))


# -- actions (button callbacks) ---------------------------------------------------------------


def _follow(op: curation.Operation) -> None:
    """The entity filter and the entity on show follow a merge (to its target) or a hide."""
    ss = st.session_state
    if ss.get(sidebar.K_ENTITY):
        ss[sidebar.K_ENTITY] = curation.follow(ss[sidebar.K_ENTITY], op)
    shown = st.query_params.get("id")
    if shown:
        kept = curation.follow([shown], op)
        if kept:
            st.query_params["id"] = kept[0]
        else:
            del st.query_params["id"]


def _save(path: str, op: curation.Operation) -> None:
    try:
        curation.record(path, op)
    except (curation.CurationError, OSError) as error:
        st.session_state[_FLASH] = ("error", f"Not saved: {error}")
        return
    st.session_state[_FLASH] = ("success", f"Saved: {op.describe()}.")
    _follow(op)


def _build_and_save(path: str, build) -> None:
    """Build the operation from the widgets' values (a ValueError says what is missing)."""
    try:
        op = build()
    except ValueError as error:
        st.session_state[_FLASH] = ("error", str(error))
        return
    _save(path, op)


def _undo(path: str) -> None:
    try:
        before = curation.load_curation(path)
        curation.undo_last(path)
    except (curation.CurationError, OSError) as error:
        st.session_state[_FLASH] = ("error", f"Not undone: {error}")
        return
    if before.operations:
        st.session_state[_FLASH] = ("success", f"Undone: {before.operations[-1].describe()}.")


# -- the Entities page --------------------------------------------------------------------------


@st.cache_data(max_entries=64, show_spinner=False)
def _candidates(version: str, entity_id: str, _entities: pd.DataFrame) -> list[str]:
    # Fuzzy-matching every name costs ~0.1 s on 50,000 entities: once per entity and run.
    return curation.merge_candidates(_entities, entity_id, limit=sidebar.ENTITY_OPTIONS)


def _labels(entity_ids, names, types, counts) -> list[str]:
    """'name · type (mentions)' of each entity, as the merge picker shows it."""
    return [
        f"{n if n is not None else e} · {t if t is not None else '?'} ({int(c or 0):,})"
        for e, n, t, c in zip(entity_ids, names, types, counts, strict=True)
    ]


def corrections_panel(state: loaders.Curated, *, key: str) -> None:
    """The last action's outcome, "Undo last correction", the hidden entities with unhide,
    and the corrections that were skipped."""
    if flash := st.session_state.pop(_FLASH, None):
        kind, message = flash
        (st.success if kind == "success" else st.error)(plain(message))
    ops = state.operations.operations
    path = str(state.path)
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        if ops and not state.error:
            st.button(
                f"Undo last correction: {ops[-1].describe()}",
                key=f"{key}-undo",
                on_click=_undo,
                args=(path,),
                icon=":material/undo:",
                help="Drops the last operation from the corrections file.",
            )
        with st.popover(
            f"Corrections ({len(ops)}) · hidden ({len(state.hidden)})", icon=":material/tune:"
        ):
            st.caption(
                f"Saved in `{state.path}` and applied every time the tables are loaded, to "
                "every page, filter and export. The file can be edited by hand: see "
                "docs/curation.md."
            )
            if ops:  # as plain text: names come from the articles
                st.text("\n".join(f"{n}. {op.describe()}" for n, op in enumerate(ops, 1)))
            for message in state.warnings:
                st.warning(plain(message))
            hidden_list(state, key=key)


def hidden_list(state: loaders.Curated, *, key: str) -> None:
    """The hidden entities, and a button to show one again."""
    hidden = state.hidden
    if hidden.empty:
        st.caption("No entity is hidden.")
        return
    labels = {e: f"{n} · {e}" for e, n in zip(hidden["entity_id"], hidden["name"], strict=True)}
    st.selectbox("Hidden entities", list(labels), format_func=labels.get, key=f"{key}-hidden")
    st.button(
        "Unhide",
        key=f"{key}-unhide",
        icon=":material/visibility:",
        disabled=bool(state.error),
        on_click=lambda: _build_and_save(
            str(state.path), lambda: curation.Unhide(st.session_state[f"{key}-hidden"])
        ),
    )


def _reset_editor(key: str, entity_id: str, entity_type: str) -> None:
    """Fresh controls for another entity (a half-made choice does not carry over)."""
    ss = st.session_state
    if ss.get(f"{key}{_FOR}") == entity_id:
        return
    ss[f"{key}{_FOR}"] = entity_id
    ss[f"{key}-merge-with"] = []
    ss[f"{key}-merge-keep"] = entity_id
    for field in ("merge-name", "rename", "split-name"):
        ss[f"{key}-{field}"] = ""
    ss[f"{key}-split-type"] = entity_type
    ss.pop(f"{key}-split-alias", None)
    ss.pop(f"{key}-type", None)


def entity_editor(
    corpus: Corpus, state: loaders.Curated, entity_id: str, profile: Mapping, *, key: str
) -> None:
    """ "Edit this entity": merge it with others (choose which one stays), rename it, split
    an alias off, change its type, hide it. Each button saves one correction."""
    entities = corpus.data.entities
    if not (entities["entity_id"] == entity_id).any():
        st.caption("A knowledge-base event no article mentions: there is nothing to correct.")
        return
    if state.error:
        st.caption("Corrections are off until the corrections file is fixed (see above).")
        return
    path, names = str(state.path), corpus.names
    name, etype = profile["name"], profile["type"]
    _reset_editor(key, entity_id, etype)
    ss = st.session_state
    counts = corpus.catalog["n_mentions"]

    def label(e: str) -> str:
        return f"{names.get(e, e)} · {corpus.types.get(e, '?')} ({int(counts.get(e, 0)):,})"

    with st.expander(
        f"Edit {plain(name)}: merge, rename, split, type, hide", icon=":material/edit:"
    ):
        merge, rename, split, retype, hide = st.tabs(
            ["Merge", "Rename", "Split an alias", "Type", "Hide"]
        )
        with merge:
            candidates = _candidates(corpus.version, entity_id, entities)
            # Labelled at once, by position in the catalogue: the format_func runs for each of
            # the thousands of options on every rerun (70 ms at 100k through corpus.names).
            labels = dict(
                zip(
                    candidates,
                    _labels(
                        candidates,
                        corpus.entity_values(candidates, "name"),
                        corpus.entity_values(candidates, "type"),
                        corpus.entity_values(candidates, "n_mentions"),
                    ),
                    strict=True,
                )
            )
            others = st.multiselect(
                "Merge with",
                candidates,
                format_func=lambda e: labels.get(e) or label(e),
                key=f"{key}-merge-with",
                placeholder="Type a name: similar names come first",
                help="Every mention of these entities becomes a mention of the one you keep.",
            )
            members = [entity_id, *others]
            if ss.get(f"{key}-merge-keep") not in members:
                ss[f"{key}-merge-keep"] = entity_id
            keep = st.radio(
                "Keep (its id, type and name)",
                members,
                format_func=lambda e: f"{names.get(e, e)} · {e}",
                key=f"{key}-merge-keep",
            )
            st.text_input(
                "Name of the merged entity (optional)",
                key=f"{key}-merge-name",
                placeholder=names.get(keep, keep),
            )
            st.button(
                f"Merge {len(members)} entities" if others else "Merge",
                key=f"{key}-merge",
                type="primary",
                disabled=not others,
                on_click=lambda: _build_and_save(
                    path,
                    lambda: curation.merge_operation(
                        entity_id,
                        ss[f"{key}-merge-with"],
                        keep=ss[f"{key}-merge-keep"],
                        name=ss.get(f"{key}-merge-name") or "",
                        kept_name=names.get(ss[f"{key}-merge-keep"], ""),
                    ),
                ),
            )
        with rename:
            st.text_input("New name", key=f"{key}-rename", placeholder=name)
            st.button(
                "Rename",
                key=f"{key}-rename-btn",
                type="primary",
                on_click=lambda: _build_and_save(
                    path, lambda: curation.Rename(entity_id, ss.get(f"{key}-rename") or "")
                ),
                help="The id stays: filters, links and other corrections still find it.",
            )
        with split:
            aliases = list(profile.get("aliases") or [])
            if not aliases:
                st.caption("No alias to split off.")
            else:
                st.selectbox(
                    "Mentions written as",
                    aliases,
                    key=f"{key}-split-alias",
                    help="These mentions, in every article, become a new entity.",
                )
                st.text_input(
                    "Name of the new entity",
                    key=f"{key}-split-name",
                    placeholder="the alias itself",
                )
                st.selectbox(
                    "Its type",
                    ENTITY_TYPES,
                    format_func=lambda t: charts.TYPE_LABELS.get(t, t),
                    key=f"{key}-split-type",
                )

                def build_split() -> curation.Split:
                    alias = ss[f"{key}-split-alias"]
                    new_type = ss.get(f"{key}-split-type")
                    return curation.Split(
                        entity_id,
                        alias,
                        (ss.get(f"{key}-split-name") or "").strip() or alias,
                        new_type if new_type != etype else None,
                    )

                st.button(
                    "Split off",
                    key=f"{key}-split",
                    type="primary",
                    on_click=lambda: _build_and_save(path, build_split),
                )
        with retype:
            st.selectbox(
                f"Type (now {charts.TYPE_LABELS.get(etype, etype)})",
                [t for t in ENTITY_TYPES if t != etype],
                format_func=lambda t: charts.TYPE_LABELS.get(t, t),
                key=f"{key}-type",
            )
            st.button(
                "Change type",
                key=f"{key}-type-btn",
                type="primary",
                on_click=lambda: _build_and_save(
                    path, lambda: curation.SetType(entity_id, ss[f"{key}-type"])
                ),
                help="The id stays as it is; charts, filters and colours go by the type.",
            )
        with hide:
            st.caption(
                f"Noise: {plain(name)} and its {int(counts.get(entity_id, 0)):,} mentions leave every "
                "chart, filter and export. It stays listed under *Corrections* to unhide."
            )
            st.button(
                f"Hide {plain(name)}",
                key=f"{key}-hide",
                icon=":material/visibility_off:",
                on_click=lambda: _save(path, curation.Hide(entity_id)),
            )
