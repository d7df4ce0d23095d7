"""The article reader shows article text as text: hostile markup is escaped, never run."""

from __future__ import annotations

import pandas as pd

from lib.charts import reader


def mentions(rows):
    return pd.DataFrame(rows, columns=["start", "end", "entity_id", "name", "type"])


def test_pieces_cut_the_text_at_mentions_and_skip_overlaps():
    text = "NATO chief Jens Stoltenberg met Putin."
    pieces = reader.pieces(
        text,
        mentions(
            [
                (0, 4, "org:nato", "NATO", "org"),
                (0, 10, "person:js", "Jens Stoltenberg", "person"),
                (11, 27, "person:js", "Jens Stoltenberg", "person"),
                (32, 37, "person:vp", "Vladimir Putin", "person"),
            ]
        ),
    )
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.entity_id) for p in pieces if p.entity_id] == [
        ("NATO chief", "person:js"),
        ("Jens Stoltenberg", "person:js"),
        ("Putin", "person:vp"),
    ]


def test_script_and_img_in_an_article_are_shown_as_text():
    text = "Hello <script>alert(1)</script> and <img src=x onerror=alert(1)> from NATO & co."
    start = text.index("NATO")
    img = text.index("<img")
    html = reader.highlight_html(
        text,
        mentions([(start, start + 4, "org:nato", 'NATO"><script>', "org")]),
        hits=[(img, img + 4)],
    )
    assert "<script" not in html and "<img" not in html and "onerror=alert(1)>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>&lt;img</mark> src=x onerror=alert(1)&gt;" in html
    assert "</span> &amp; co." in html
    assert (
        'title="NATO&quot;&gt;&lt;script&gt; (Organisations)"' in html
    )  # the entity name is escaped too


def test_selected_entities_are_stronger():
    text = "Putin and NATO"
    html = reader.highlight_html(
        text,
        mentions(
            [(0, 5, "person:vp", "Vladimir Putin", "person"), (10, 14, "org:nato", "NATO", "org")]
        ),
        selected=frozenset({"org:nato"}),
    )
    assert html.count("font-weight:600") == 1


def test_query_hits_are_marked_across_mentions():
    """The search query's hits (offsets in the text) in <mark>, also inside and across an
    entity's span; the text stays escaped."""
    from lib.queries import query_spans

    text = "NATO & Russia: sanctions on <b>Russia</b>, NATO said."
    spans = query_spans('sanction* OR "Russia sanctions"~2', text)
    assert [text[a:b] for a, b in spans] == ["Russia", "sanctions", "Russia"]
    html = reader.highlight_html(
        text, mentions([(7, 13, "country:RUS", "Russia", "country")]), hits=spans
    )
    assert html.count("<mark>") == 3 and "<b>" not in html
    assert "<mark>Russia</mark></span>" in html and "<mark>sanctions</mark>" in html
    assert "&lt;b&gt;<mark>Russia</mark>&lt;/b&gt;" in html
