"""Add articles: upload files, rebuild the tables with a progress bar, see them in every chart."""

from __future__ import annotations

import streamlit as st

from lib import ui
from lib.engine import upload

corpus, _filters = ui.page("Add articles")

st.title("Add articles")
st.caption(
    f"Files of the supported formats ({', '.join(upload.ALLOWED)}): one article per .txt/.md/.html file, one per "
    f"row of .jsonl/.csv (a `text` column, optional `title`, `date`, `source`, `url`). At most {upload.MAX_FILES} files, "
    f"{upload.MAX_FILE_MB} MB each, {upload.MAX_TOTAL_MB} MB in all. They are kept in `{upload.upload_root()}` and the "
    "whole corpus is processed again, so the charts include them."
)
files = st.file_uploader(
    "Articles",
    type=[e.lstrip(".") for e in upload.ALLOWED],
    accept_multiple_files=True,
    key="up_files",
    max_upload_size=upload.MAX_FILE_MB,
)
if st.button("Process", type="primary", disabled=not files, key="up_go"):
    saved = upload.save([(f.name, f.getvalue()) for f in files])
    for name, reason in saved.rejected:
        st.warning(ui.plain(f"{name}: {reason}"))
    if saved.folder is None:
        st.error("Nothing to process.")
        st.stop()
    bar = st.progress(0.0, text="Reading…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Extracting: {done:,} of {total:,} articles")

    before = len(corpus.articles)
    dataset = upload.rebuild(corpus.data.manifest, ui.data_dir(), progress=progress)
    bar.empty()
    ui.clear_caches()
    st.session_state["up_result"] = {
        "saved": [p.name for p in saved.files],
        "added": len(dataset.articles) - before,
        "total": len(dataset.articles),
        "problems": dataset.problems,
    }
    st.rerun()

result = st.session_state.get("up_result")
if result:
    st.success(
        f"Saved {len(result['saved'])} file(s); the corpus now has {result['total']:,} articles ({result['added']:+,})."
    )
    if result["problems"]:
        st.warning(f"{len(result['problems'])} file(s) or row(s) were skipped or repaired:")
        ui.dataframe(result["problems"], hide_index=True)
st.caption(
    f"Now loaded: {len(corpus.articles):,} articles from {', '.join(corpus.data.manifest.get('corpus', [])) or 'the sample'}."
)
