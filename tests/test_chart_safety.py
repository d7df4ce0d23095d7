"""No chart lets markup from the data through: every figure function of lib.charts escapes
its arguments once (lib.charts.safe.safe_labels), and, walked with hostile names, titles,
sources and sentences (tests/hostile.py), no text property of any figure holds a `<` that
is not the charts' own markup (`<b>`, `<br>`, `<sup>`, coloured spans, `<extra>`).

customdata is walked too: it is data (the ids a click reads back), but hover templates show
it as label text (`%{customdata[1]}`), so its text is escaped like the rest; the ids are slugs,
which escaping leaves as they are (checked below on the matrix's clicks).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

import lib.charts
from lib import charts, queries
from lib.charts import compare_charts as cc
from lib.charts.panels import panels
from lib.queries import compare, geo, pair_counts
from lib.queries.curation import apply_curation, load_curation
from lib.queries.filters import Filters
from tests import hostile

# The markup the charts write themselves, exactly as they write it.
CODE_MARKUP = re.compile(
    r'<br>|</?b>|</?sup>|</?extra>|<span style="color:#[0-9A-Fa-f]{6}">|</span>'
)
DOUBLE = re.compile(r"&amp;(?:amp|lt|gt);")
SUBTITLE = f"8 articles · entity: {hostile.LINK} · {hostile.IMG} · {hostile.FORMULA}"
CHARTS_DIR = Path(lib.charts.__file__).parent


def strings(value, path: str = ""):
    """(path, text) of every string in a figure's plotly JSON, arrays included."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from strings(item, f"{path}[{i}]")
    elif isinstance(value, np.ndarray) and value.dtype.kind in "OUS":
        for i, item in enumerate(value.ravel().tolist()):
            yield from strings(item, f"{path}[{i}]")


def unsafe_text(fig: go.Figure) -> list[tuple[str, str]]:
    """The strings of the figure with markup that is not the charts' own, or escaped twice."""
    return [
        (path, text)
        for path, text in strings(fig.to_plotly_json())
        if "<" in CODE_MARKUP.sub("", text)
        or ">" in CODE_MARKUP.sub("", text)
        or DOUBLE.search(text)
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The hostile corpus with the curation file's renames applied, as the dashboard loads it."""
    path = hostile.write_curation(tmp_path_factory.mktemp("curation") / "curation.yaml")
    dataset, problems = apply_curation(hostile.make_dataset(), load_curation(path))
    assert problems == []
    return queries.build_corpus(dataset)


def figure_calls(c) -> dict[str, Callable[[], object]]:
    """One call of every figure function with hostile text in each of its text arguments."""
    ids = c.all_ids
    start, end = queries.TIMELINE_DEFAULT
    names, types = c.names, c.types
    pairs = queries.cooccurrence(c, ids, level="sentence", min_count=1)
    chosen = pair_counts.most_frequent(pairs, size=12)
    nodes, top = pair_counts.network(pairs, "npmi", top=40, entities=chosen)
    nodes = nodes.assign(name=nodes["entity_id"].map(names), type=nodes["entity_id"].map(types))
    people = ["person:jens-stoltenberg", "person:vladimir-putin", "org:nato", "country:GBR"]
    series = queries.mentions_over_time(c, ids, people, freq="MS")
    groups = tuple(compare.Group(Filters(sources=(s,))) for s in hostile.SOURCES)
    labels = compare.group_labels(groups, names)
    nato = geo.nato_members(date(2019, 12, 4))
    outline = f"NATO members ({hostile.BOLD}), outlined"
    partners = queries.rank_partners(
        queries.partners(c, ids, "person:jens-stoltenberg", level="sentence", min_count=1),
        min_count=1,
    )
    return {
        "bars.top_entities_bar": lambda: charts.top_entities_bar(
            queries.top_entities(c, ids, entity_type="person"), entity_type="person", subtitle=SUBTITLE
        ),
        "bars.partners_bar": lambda: charts.partners_bar(
            partners, name=names["person:jens-stoltenberg"], measure="npmi", level="sentence",
            subtitle=SUBTITLE,
        ),
        "panels.panels": lambda: panels(
            rows=1, cols=2, subplot_titles=[hostile.IMG, names["person:jens-stoltenberg"]]
        ),
        "attention.attention_chart": lambda: charts.attention_chart(
            pd.DataFrame(
                {
                    "period": pd.to_datetime(["2016-01-01", "2016-02-01"]),
                    "n_matching": [1, 2],
                    "n_articles": [3, 4],
                    "share": [1 / 3, 0.5],
                }
            ),
            freq="MS",
            query=hostile.IMG,
            subtitle=SUBTITLE,
        ),
        "bars.volume_bars": lambda: charts.volume_bars(
            queries.volume(c, ids, freq="MS"), freq="MS", subtitle=SUBTITLE, title=hostile.IMG
        ),
        "bars.mention_traces": lambda: go.Figure(charts.mention_traces(series, unit="month")),
        "bars.mentions_lines": lambda: charts.mentions_lines(
            series, freq="MS", subtitle=SUBTITLE, title=f"Mentions of {names['person:jens-stoltenberg']}"
        ),
        "cooccurrence.cooccurrence_heatmap": lambda: charts.cooccurrence_heatmap(
            pair_counts.matrix(pairs, chosen, "npmi"), pair_counts.matrix(pairs, chosen, "count"),
            names=names, types=types, measure="npmi", level="sentence", subtitle=SUBTITLE,
        ),
        "cooccurrence.cooccurrence_network": lambda: charts.cooccurrence_network(
            nodes, top, measure="npmi", level="sentence", subtitle=SUBTITLE
        ),
        "timeline.timeline": lambda: charts.timeline(
            queries.kb_marks(c, ids, start=start, end=end),
            queries.volume(c, ids, start=start, end=end, freq="MS"),
            queries.mentions_over_time(c, ids, people, start=start, end=end, freq="MS"),
            queries.event_mentions(c, ids, start=start, end=end, freq="MS"),
            start=start, end=end, freq="MS", subtitle=SUBTITLE,
        ),
        "maps.country_map": lambda: charts.country_map(
            geo.countries(c, ids, kind="all"), metric="share", labels=geo.METRICS["share"],
            kind_label=hostile.BOLD, n_articles=len(ids), outlined=nato["iso3"],
            outline_label=outline, subtitle=SUBTITLE,
        ),
        "maps.partner_map": lambda: charts.partner_map(
            geo.partner_countries(c, ids, entity_id="person:jens-stoltenberg", level="article"),
            name=names["person:jens-stoltenberg"], level="article", outlined=nato["iso3"],
            outline_label=outline, subtitle=SUBTITLE,
        ),
        "style.empty_figure": lambda: charts.empty_figure(
            f"No country is named with {names['person:jens-stoltenberg']}.",
            title=f"Countries named with {hostile.IMG}", subtitle=SUBTITLE,
        ),
        "compare_charts.volume_bars": lambda: cc.volume_bars(
            compare.group_volume(c, ids, groups=groups, freq="YS"), labels=labels, freq="YS",
            measure="count", subtitle=SUBTITLE,
        ),
        "compare_charts.entity_share_bars": lambda: cc.entity_share_bars(
            compare.entity_shares(c, ids, groups=groups, top=12), labels=labels, subtitle=SUBTITLE
        ),
        "compare_charts.distinctive_bars": lambda: cc.distinctive_bars(
            compare.distinctive_terms(c, ids, groups=groups, kind="entity"), labels=labels,
            kind="entity", subtitle=SUBTITLE,
        ),
        "compare_charts.pair_scatter": lambda: cc.pair_scatter(
            compare.pair_terms(c, ids, groups=groups, a=0, b=1, kind="entity"),
            label_a=labels[0], label_b=labels[1], kind="entity", subtitle=SUBTITLE,
        ),
        "compare_charts.tone_lines": lambda: cc.tone_lines(
            compare.group_tone(c, ids, groups=groups, freq="YS"), labels=labels, freq="YS",
            subtitle=SUBTITLE,
        ),
        "compare_charts.entity_tone_dots": lambda: cc.entity_tone_dots(
            compare.entity_tone(c, ids, groups=groups, entity_ids=people), labels=labels,
            subtitle=SUBTITLE,
        ),
        "compare_charts.entity_tone_lines": lambda: cc.entity_tone_lines(
            compare.entity_tone(c, ids, groups=groups, entity_ids=people, freq="YS"),
            labels=labels, freq="YS", subtitle=SUBTITLE,
        ),
    }  # fmt: skip


def decorated_functions() -> set[str]:
    """'module.function' of every function of lib.charts that carries safe_labels."""
    found = set()
    for info in pkgutil.iter_modules([str(CHARTS_DIR)]):
        module = importlib.import_module(f"lib.charts.{info.name}")
        for name, member in vars(module).items():
            if (
                inspect.isfunction(member)
                and getattr(member, "escapes_data", False)
                and inspect.unwrap(member).__module__ == module.__name__
            ):
                found.add(f"{info.name}.{name}")
    return found


PLOTLY_MAKERS = re.compile(r"^(go\.[A-Z]\w*|make_subplots)$")


def makes_plotly(node: ast.FunctionDef, builders: set[str]) -> bool:
    """Whether a function builds plotly objects: calls go.<Anything>(…), make_subplots, or a
    function of the same module that does."""
    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
        name = ast.unparse(call.func)
        if PLOTLY_MAKERS.match(name) or name.split(".")[-1] in builders:
            return True
    return False


def test_every_function_that_makes_a_figure_escapes_its_arguments():
    """A new chart cannot forget the escaping: a public function of lib.charts that builds
    plotly figures or traces (itself or through a helper) must carry @safe_labels."""
    missing = []
    for path in sorted(CHARTS_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        builders: set[str] = {"empty_figure"}
        changed = True
        while changed:  # helpers that build, then the functions that call them
            changed = False
            for f in functions:
                if f.name not in builders and makes_plotly(f, builders):
                    builders.add(f.name)
                    changed = True
        for f in functions:
            decorated = any(ast.unparse(d).endswith("safe_labels") for d in f.decorator_list)
            if f.name in builders and not f.name.startswith("_") and not decorated:
                missing.append(f"{path.stem}.{f.name}")
    assert missing == [], f"add @safe_labels (lib.charts.safe) to {missing}"


def test_every_figure_function_is_walked_with_hostile_text(corpus):
    assert set(figure_calls(corpus)) == decorated_functions()


def _names():
    # The registry's keys without building a corpus at collection time.
    source = inspect.getsource(figure_calls)
    return re.findall(r'^\s+"(\w+\.\w+)": lambda', source, flags=re.M)


@pytest.mark.parametrize("name", _names())
def test_no_markup_from_the_data_reaches_a_figure(corpus, name):
    fig = figure_calls(corpus)[name]()
    assert unsafe_text(fig) == []
    text = "\n".join(t for _, t in strings(fig.to_plotly_json()))
    assert "&lt;" in text  # the hostile text did reach the figure, escaped


def test_names_show_as_written_and_markup_of_the_charts_works(corpus):
    calls = figure_calls(corpus)
    bars = calls["bars.top_entities_bar"]()
    ticks = list(bars.data[0].y)
    assert "&lt;b&gt;bold&lt;/b&gt; Putin" in ticks
    assert any(t.startswith("&lt;a href=") and t.endswith("…") for t in ticks)  # cut, not broken
    assert all(not re.search(r"&[a-z]*…$", t) for t in ticks)
    assert "<br><sup>" in bars.layout.title.text  # the charts' own markup is kept
    heat = calls["cooccurrence.cooccurrence_heatmap"]()
    tick = next(t for t in heat.layout.xaxis.ticktext if "Turkey" in t)
    assert tick == '<span style="color:#F58518">Turkey &amp; &lt;i&gt;allies&lt;/i&gt;</span>'
    # Ids in customdata are unchanged: a click still finds the entities.
    assert all(e in corpus.names for pair in heat.data[1].customdata for e in pair)
    compare_fig = calls["compare_charts.volume_bars"]()
    assert [t.name for t in compare_fig.data] == ["=Sputnik", "&lt;b&gt;Reuters&lt;/b&gt;", "@RT"]
    line = calls["timeline.timeline"]()
    marks = next(t for t in line.data if t.name == "knowledge-base events")
    assert any(h.startswith("<b>&lt;a href=") for h in marks.hovertext)


def test_escape_data_leaves_numbers_dates_and_the_input_alone():
    frame = pd.DataFrame(
        {
            "name": ["<b>x</b>", "A & B", None],
            "n": [1, -2, 3],
            "day": pd.to_datetime(["2020-01-01"] * 3),
        },
        index=pd.Index(["e<1>", "e2", "e3"]),
    )
    out = charts.escape_data(frame)
    assert out["name"].tolist()[:2] == ["&lt;b&gt;x&lt;/b&gt;", "A &amp; B"]
    assert out["name"].iloc[2] is None or pd.isna(out["name"].iloc[2])
    assert out["n"].tolist() == [1, -2, 3] and out["day"].dtype == frame["day"].dtype
    assert list(out.index) == ["e&lt;1&gt;", "e2", "e3"]
    assert frame["name"].iloc[0] == "<b>x</b>"  # the caller's frame is as it was
    names = charts.escape_data({"e<1>": "<i>one</i>", "e2": 2})
    assert names["e&lt;1&gt;"] == "&lt;i&gt;one&lt;/i&gt;" and names.get("e2") == 2
    assert names.get("missing", "x") == "x" and "e&lt;1&gt;" in names
    assert charts.escape_data(("<", 1, ["&"])) == ("&lt;", 1, ["&amp;"])
    assert charts.unesc(charts.esc("a &lt; <b>")) == "a &lt; <b>"


def test_categories_are_escaped_whether_used_or_not_and_left_alone_when_clean():
    # entity_id columns are categoricals over every entity of the corpus: escaped in one
    # vectorised pass over the categories, the codes untouched.
    ids = pd.Series(pd.Categorical(["a<b", "c"], categories=["a<b", "c", "x&y"]))
    out = charts.escape_data(ids)
    assert list(out.cat.categories) == ["a&lt;b", "c", "x&amp;y"]
    assert out.tolist() == ["a&lt;b", "c"] and out.cat.codes.tolist() == [0, 1]
    clean = pd.Series(pd.Categorical(["n", "m"]))
    assert charts.escape_data(clean).cat.categories is clean.cat.categories
    index = pd.Index(["<i>", "j"], dtype="str")
    assert charts.escape_data(index).tolist() == ["&lt;i&gt;", "j"]


def test_short_and_subtitles_never_cut_an_escaped_character():
    assert charts.short(charts.esc("<<<<<<<<<<"), 5) == "&lt;&lt;&lt;&lt;…"
    assert charts.visible_len(charts.esc("a<b")) == 3
    wrapped = charts.wrap_subtitle(charts.esc("x " * 70 + "<tag> & more"), 150)
    assert "&lt;tag&gt; &amp; more" in wrapped.replace("<br>", " ")


def test_nested_figure_functions_escape_once():
    fig = cc.pair_scatter(
        pd.DataFrame(
            columns=["term", "name", "type", "n_a", "n_b", "per_1000_a", "per_1000_b", "z"]
        ),
        label_a="A & <b>",
        label_b="B",
        kind="entity",
        subtitle="s & t",
    )  # an empty frame: pair_scatter calls empty_figure, itself a figure function
    assert "A &amp; &lt;b&gt;" in fig.layout.title.text and "&amp;amp;" not in fig.layout.title.text
    assert "s &amp; t" in fig.layout.title.text
