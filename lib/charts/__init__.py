"""The charts: answers -> plotly figures and export files (PNG, SVG, HTML, CSV).

May import: the contract, lib.queries (for Filters and labels) and lib.charts. Not
Streamlit, not spaCy, not lib.engine or lib.ui.

- safe (text from the data made safe for plotly labels: every figure function is decorated
  with safe_labels, which escapes its arguments once), style (colours, fonts, the shared
  layout), labels (label placement)
- bars, attention (a search query's matching articles over time), cooccurrence, timeline,
  maps (with basemap), compare_charts
- export (image, HTML and CSV bytes, file names), reader (an article as escaped HTML)

The figure functions and the style are re-exported here: `charts.timeline(...)`.
"""

from lib.charts.attention import attention_chart  # noqa: F401
from lib.charts.bars import (  # noqa: F401
    mention_traces,
    mentions_lines,
    partners_bar,
    top_entities_bar,
    volume_bars,
)
from lib.charts.cooccurrence import (  # noqa: F401
    cooccurrence_heatmap,
    cooccurrence_network,
    network_layout,
)
from lib.charts.labels import (  # noqa: F401
    POSITIONS,
    LabelBox,
    label_box,
    place_labels,
)
from lib.charts.maps import (  # noqa: F401
    MAP_REGIONS,
    MAP_SCALE,
    NATO_OUTLINE,
    country_map,
    not_drawn,
    partner_map,
)
from lib.charts.safe import (  # noqa: F401
    escape_data,
    safe_labels,
    unesc,
    visible_len,
)
from lib.charts.style import (  # noqa: F401
    CHAR_PX,
    EXPORT_WIDTH,
    FONT,
    LABEL_CHARS,
    MUTED,
    NEUTRAL,
    TYPE_COLOURS,
    TYPE_LABELS,
    coloured,
    empty_figure,
    entity_colours,
    esc,
    layout,
    shade,
    short,
    type_colour,
    type_legend,
    wrap_subtitle,
)
from lib.charts.timeline import (  # noqa: F401
    stagger,
    timeline,
    timeline_lanes,
)
