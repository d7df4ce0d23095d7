"""Reading a corpus: files of every supported format (txt, md, html, jsonl, csv) -> raw
articles with their metadata, each decoded and repaired; what could not be read is
reported, never silently dropped.

Part of lib.engine. `raw` (the record), `walk` (paths and files), `decoding`, `webpage`,
`markdown_text`, `records` (JSONL and CSV), `sidecar`.
"""

from lib.engine.ingest.decoding import (  # noqa: F401
    fix_text,
)
from lib.engine.ingest.markdown_text import (  # noqa: F401
    split_front_matter,
    strip_markdown,
)
from lib.engine.ingest.raw import RawArticle, os_reason  # noqa: F401
from lib.engine.ingest.records import (  # noqa: F401
    DATE_KEYS,
    SOURCE_KEYS,
    TEXT_KEYS,
    TITLE_KEYS,
    URL_KEYS,
    sniff_delimiter,
)
from lib.engine.ingest.sidecar import (  # noqa: F401
    SIDECAR_FILE_KEYS,
    SIDECAR_ID_KEYS,
    Sidecar,
    SidecarRow,
    apply_sidecar,
    load_sidecar,
)
from lib.engine.ingest.walk import (  # noqa: F401
    SUPPORTED_SUFFIXES,
    iter_corpus,
    iter_file,
    read_file,
)
from lib.engine.ingest.webpage import (  # noqa: F401
    extract_html,
)
