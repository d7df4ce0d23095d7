"""The analyst's corrections to the extracted entities: the operations (merge, rename, split,
retype, hide), applying them to the tables at load time, and the YAML file that keeps them.

Part of lib.queries (same imports allowed). Re-exports the public names of its modules.
"""

from lib.queries.curation.apply import (  # noqa: F401
    apply_curation,
)
from lib.queries.curation.operations import (  # noqa: F401
    Curation,
    CurationError,
    Hide,
    Merge,
    Operation,
    Rename,
    SetType,
    Split,
    Unhide,
    append,
    check_id,
    check_text,
    check_type,
    follow,
    hidden_entities,
    hidden_ids,
    merge_candidates,
    merge_operation,
    undo,
)
from lib.queries.curation.yamlfile import (  # noqa: F401
    DEFAULT_PATH,
    HEADER,
    ROOT,
    curation_version,
    dumps,
    load_curation,
    loads,
    operation_from_dict,
    operation_to_dict,
    record,
    save_curation,
    undo_last,
)
