"""Streamlit glue for saved views (lib.queries.views), drawn at the foot of the sidebar filters:
save the current page and filters under a name; each saved view with *Restore*, *Delete*
and its link, ready to copy.

Restoring puts the view's filters into the sidebar's widgets (a callback, before they are
drawn); the run that follows publishes them and then switches to the view's page with the
view's query string, where the shared filters carry over as on any page switch.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from lib.queries import views
from lib.queries.corpus import Corpus
from lib.ui import sidebar
from lib.ui.plaintext import plain

VIEWS_ENV = "LENS_VIEWS"
K_NAME = "view_name"
_GOTO = "_view_goto"  # the view being restored, until its page is opened
_FLASH = "_view_flash"


def views_path() -> Path:
    """Where the saved views are kept: $LENS_VIEWS, else data/views.json."""
    return Path(os.environ.get(VIEWS_ENV) or views.DEFAULT_PATH)


def page_script(title: str) -> str | None:
    """The script of the page called `title` (its label in sidebar.PAGES)."""
    return next((path for path, label, _icon in sidebar.PAGES if label == title), None)


def _current_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _save(path: str, page: str) -> None:
    ss = st.session_state
    try:
        view = views.View(ss.get(K_NAME) or "", page, _current_params())
        views.save_view(path, view)
    except (ValueError, OSError) as error:
        ss[_FLASH] = ("error", f"Not saved: {error}")
        return
    ss[K_NAME] = ""
    ss[_FLASH] = ("success", f"Saved the view “{view.name}”.")


def _delete(path: str, name: str) -> None:
    try:
        views.delete_view(path, name)
    except (ValueError, OSError) as error:
        st.session_state[_FLASH] = ("error", f"Not deleted: {error}")


def _restore(view: views.View, corpus: Corpus) -> None:
    sidebar.set_filters(view.filters, corpus)
    st.session_state[_GOTO] = view


def saved_views(corpus: Corpus, *, page: str) -> None:
    """The saved-views block of the sidebar. Call it after the filters are read and
    published (it may switch to a restored view's page)."""
    ss = st.session_state
    if (goto := ss.pop(_GOTO, None)) is not None:
        st.switch_page(goto.page, query_params=goto.params)
    path, script = views_path(), page_script(page)
    try:
        saved, error = views.load_views(path), None
    except views.ViewsError as problem:
        saved, error = [], str(problem)
    labels = {p: label for p, label, _icon in sidebar.PAGES}
    base = views.app_address(st.context.url, base_path=st.get_option("server.baseUrlPath") or "")
    # A fixed label: a changing one would close the expander when a view is saved.
    with st.expander("Saved views", icon=":material/bookmarks:"):
        if error:
            st.error(error)
        if flash := ss.pop(_FLASH, None):
            (st.success if flash[0] == "success" else st.error)(flash[1])
        st.text_input("Name", key=K_NAME, placeholder="e.g. Warsaw summit, people")
        st.button(
            "Save this view",
            key="view_save",
            icon=":material/bookmark_add:",
            on_click=_save,
            args=(str(path), script),
            disabled=script is None or bool(error),
            help="This page and its filters, under a name (a name used before is replaced).",
            width="stretch",
        )
        st.caption(f"Kept in `{path}`.")
        for view in saved:
            with st.container(border=True):
                st.markdown(f"**{plain(view.name)}** · {labels.get(view.page, view.page)}")
                st.caption(plain(view.filters.describe(corpus.names)))
                with st.container(horizontal=True, gap="small"):
                    st.button(
                        "Restore",
                        key=f"view_restore_{view.name}",
                        icon=":material/restore:",
                        on_click=_restore,
                        args=(view, corpus),
                    )
                    st.button(
                        "Delete",
                        key=f"view_delete_{view.name}",
                        icon=":material/delete:",
                        on_click=_delete,
                        args=(str(path), view.name),
                        type="tertiary",
                    )
                st.code(views.view_url(view, base=base), language=None, wrap_lines=True)
