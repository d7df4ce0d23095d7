"""What a new server imports before its first page: the Overview's modules, and nothing that
only another page needs (each costs a fraction of a second of every start)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Heavy packages the Overview never uses: Compare's sparse matrices (scipy), the engine's
# models, DuckDB (the small corpora's co-occurrence)
NOT_AT_START = (
    "scipy",
    "sklearn",
    "spacy",
    "natasha",
    "duckdb",
    "lib.queries.compare",
    "lib.engine",
)


def test_the_entry_page_imports_nothing_another_page_needs():
    tree = ast.parse((ROOT / "dashboard.py").read_text(encoding="utf-8"))
    imports = [
        ast.unparse(node)
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        and getattr(node, "module", None) != "__future__"
    ]
    code = "\n".join(["import sys", *imports, "print('\\n'.join(sorted(sys.modules)))"])
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = done.stdout.split()
    assert "lib.ui" in loaded and "plotly.graph_objects" in loaded  # what the page draws with
    early = [m for m in loaded if any(m == p or m.startswith(p + ".") for p in NOT_AT_START)]
    assert early == []
