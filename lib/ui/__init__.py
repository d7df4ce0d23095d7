"""The Streamlit glue shared by the pages: the page frame, the cached loaders and queries,
the sidebar filters synced with the URL, and a chart with its download buttons.

The only package that imports Streamlit. May import everything else in lib. Pages read:
filters -> `ui.query(...)` -> a chart from lib.charts -> `ui.chart(...)`.

Widgets of one page or feature live in their own modules: compare_widgets,
curation_widgets, saved_views, brush (time brushing), clicks (chart clicks -> the reader);
a page's own options kept in the link are `option`s.
Text from the data inside Markdown (st.markdown, st.header, st.caption, labels) goes through
`plain`, so that it shows as written.
"""

from lib.ui.blocks import (  # noqa: F401
    brushed,
    chart,
    chart_selection,
    compact,
    dataframe,
    download_row,
    no_articles,
    selected_points,
    subtitle,
    table_download,
)
from lib.ui.cached import (  # noqa: F401
    QUERY_CPU,
    QUERY_TIMES,
    corpus_query,
    query,
    selected,
)
from lib.ui.frame import page  # noqa: F401
from lib.ui.loaders import (  # noqa: F401
    CURATION_ENV,
    DATA_ENV,
    DEFAULT_OUT,
    Curated,
    clear_caches,
    curation_path,
    curation_state,
    data_dir,
    ensure_dataset,
    load_corpus,
    load_dataset,
)
from lib.ui.options import option  # noqa: F401
from lib.ui.plaintext import plain  # noqa: F401
from lib.ui.sidebar import (  # noqa: F401
    DATE_MAX,
    DATE_MIN,
    ENTITY_OPTIONS,
    K_BASIS,
    K_ENTITY,
    K_FROM,
    K_LANG,
    K_MATCH,
    K_META,
    K_Q,
    K_SOURCE,
    K_TO,
    K_TYPE,
    K_UNDATED,
    META_OPTIONS,
    PAGES,
    add_to_entity_filter,
    current_filters,
    link_params,
    meta_label,
    meta_options,
    page_url,
    set_filters,
    set_url_value,
    sidebar_filters,
    url_value,
)
