"""The layers of lib/ (lib/__init__.py): each package imports only what its layer may.

Every import in a module counts, at the top or inside a function, so that a layer cannot
reach around the rule with a late import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parent.parent / "lib"
ATOMIC = {"lib.atomic"}  # folders replaced atomically: below everything, imports no lib
CONTRACT = {"lib.store", "lib.ids", "lib.names", "lib.paths"}

# package -> the lib packages and third-party top-level modules it must not import
FORBIDDEN = {
    "atomic": (
        {"lib.engine", "lib.queries", "lib.charts", "lib.ui", "lib.search", *CONTRACT},
        {"streamlit", "plotly", "spacy", "pandas", "pyarrow"},
    ),
    "contract": (
        {"lib.engine", "lib.queries", "lib.charts", "lib.ui", "lib.search"},
        {"streamlit", "plotly", "spacy"},
    ),
    # the full-text index and its query language: used by the engine (build) and the
    # queries (search), so it imports nothing else of lib but lib.atomic
    "lib.search": (
        {"lib.engine", "lib.queries", "lib.charts", "lib.ui", *CONTRACT},
        {"streamlit", "plotly", "spacy"},
    ),
    "lib.engine": ({"lib.queries", "lib.charts", "lib.ui"}, {"streamlit", "plotly"}),
    "lib.queries": (
        {"lib.engine", "lib.charts", "lib.ui"},
        {"streamlit", "plotly", "spacy", "natasha", "slovnet", "lingua"},
    ),
    "lib.charts": ({"lib.engine", "lib.ui"}, {"streamlit", "spacy", "natasha", "slovnet"}),
    "lib.ui": (set(), {"spacy", "natasha", "slovnet"}),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(LIB.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str | None:
    if module in ATOMIC:
        return "atomic"
    if module in CONTRACT:
        return "contract"
    for package in ("lib.search", "lib.engine", "lib.queries", "lib.charts", "lib.ui"):
        if module == package or module.startswith(package + "."):
            return package
    return None


def imported(path: Path) -> set[str]:
    """Every module an import statement names, with `from lib import x` as lib.x."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


MODULES = sorted(p for p in LIB.rglob("*.py"))


def test_every_module_has_a_layer():
    loose = [
        module_name(p)
        for p in MODULES
        if layer_of(module_name(p)) is None and module_name(p) not in {"lib", "lib.preprocess"}
    ]
    assert loose == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_imports_stay_in_their_layer(path: Path):
    layer = layer_of(module_name(path))
    if layer is None:  # lib/__init__.py and the command-line alias lib.preprocess
        return
    own, third_party = FORBIDDEN[layer]
    bad = sorted(
        name
        for name in imported(path)
        if name.split(".")[0] in third_party
        or any(name == pkg or name.startswith(pkg + ".") for pkg in own)
    )
    assert bad == [], f"{module_name(path)} ({layer}) imports {bad}"


def test_streamlit_only_in_the_glue():
    users = {
        module_name(p) for p in MODULES if "streamlit" in {n.split(".")[0] for n in imported(p)}
    }
    assert users and all(m.startswith("lib.ui") for m in users), users


# A module this long has usually grown a second concern: split it by concern (docs/layout.md)
# rather than raise the limit.
MAX_LINES = 700


def test_no_module_of_lib_outgrows_one_concern():
    long = {
        module_name(p): n
        for p in MODULES
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
