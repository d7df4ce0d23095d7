"""Compare: two to four groups of articles side by side. Groups and their URL grammar,
membership, counts, log-odds statistics, volume, entity shares, tone and the drill-down.

Part of lib.queries (same imports allowed). Re-exports the functions the page uses.
"""

from lib.queries.compare.groups import (  # noqa: F401
    GROUP_PARAMS,
    MAX_GROUPS,
    Z_95,
    Group,
    default_groups,
    derive_label,
    describe_groups,
    format_group,
    group_labels,
    groups_from_query_params,
    groups_slug,
    groups_to_query_params,
    parse_group,
)
from lib.queries.compare.logodds import (  # noqa: F401
    MIN_ALPHA,
    distinctive,
    informative_prior,
    log_odds,
    pair_scores,
)
from lib.queries.compare.members import (  # noqa: F401
    group_bits,
    group_mask,
    group_members,
    group_sizes,
    in_group,
    kept,
    mentions_per_article,
    per_groups,
)
from lib.queries.compare.terms import (  # noqa: F401
    distinctive_terms,
    entity_counts,
    pair_terms,
    word_counts,
)
from lib.queries.compare.tone_by_group import (  # noqa: F401
    article_tone,
    entity_sentences,
    entity_tone,
    entity_units,
    group_tone,
    id_order,
    mention_rows,
    sentence_texts,
    untoned_note,
)
from lib.queries.compare.volume import (  # noqa: F401
    dated_in,
    entity_shares,
    group_volume,
    with_ci,
)
