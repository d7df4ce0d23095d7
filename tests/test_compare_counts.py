"""Counting per group on integer arrays (lib.queries.compare.counts) and the per-article word counts
(lib.queries.wordcounts): exact values on tiny inputs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.queries import tone, wordcounts
from lib.queries.compare import counts as cc

# Four articles, two groups: bit 0 = group 0, bit 1 = group 1, bit 2 = the selection.
# Article 0 in group 0, article 1 in both groups, article 2 selected only, article 3 not.
BITS = np.array([0b101, 0b111, 0b100, 0b000], dtype=np.uint8)


def test_group_columns_sum_each_group_the_union_and_the_selection():
    key = np.array([0, 1, 1, 0])  # one row per article: its term
    by_combo = cc.combination_sums(BITS, key, size=2, n_groups=2)
    assert by_combo.shape == (8, 2)
    columns = cc.group_columns(by_combo, 2)
    # rows: group 0, group 1, union, selection; article 3 (not selected) counts nowhere
    assert columns.tolist() == [[1, 1], [0, 1], [1, 1], [1, 2]]


def test_combination_sums_with_weights_and_an_article_in_two_groups():
    bits = np.repeat(BITS, 2)  # two rows per article
    key = np.array([0, 2, 1, 2, 0, 0, 1, 1])
    weights = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
    columns = cc.group_columns(
        cc.combination_sums(bits, key, size=3, n_groups=2, weights=weights), 2
    )
    assert columns.tolist() == [
        [1.0, 3.0, 6.0],  # group 0: articles 0 and 1
        [0.0, 3.0, 4.0],  # group 1: article 1
        [1.0, 3.0, 6.0],  # union: article 1 once
        [12.0, 3.0, 6.0],  # selection: articles 0, 1, 2
    ]


@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 22])
def test_combination_sums_a_chunk_of_rows_at_a_time(monkeypatch, chunk):
    """Summed a few rows at a time (to bound the memory of 30M word-count rows), the sums are
    those of one np.bincount over every row, for counts, 1-D and 2-D weights."""
    rng = np.random.default_rng(0)
    bits = rng.integers(0, 8, 50).astype(np.uint8)  # some rows outside the selection (0)
    key = rng.integers(0, 5, 50)
    weights = rng.integers(1, 9, (2, 50)).astype(np.float64)
    flat = bits[bits > 0].astype(np.int64) * 5 + key[bits > 0]
    expected = [
        np.bincount(flat, weights=w, minlength=40).reshape(8, 5)
        for w in (None, weights[0][bits > 0], weights[1][bits > 0])
    ]
    monkeypatch.setattr(cc, "CHUNK_ROWS", chunk)
    counts = cc.combination_sums(bits, key, size=5, n_groups=2)
    assert counts.dtype == np.int64 and counts.tolist() == expected[0].tolist()
    one = cc.combination_sums(bits, key, size=5, n_groups=2, weights=weights[0])
    assert one.tolist() == expected[1].tolist()
    two = cc.combination_sums(bits, key, size=5, n_groups=2, weights=weights)
    assert two.shape == (2, 8, 5) and two.tolist() == [expected[1].tolist(), expected[2].tolist()]


def test_tone_sums_and_summary_match_tone_aggregate():
    article = np.array([0, 0, 0, 1, 2, 2])
    tones = np.array([0.5, -0.5, 0.0, np.nan, 0.2, 0.3], dtype=np.float32)
    sums = cc.tone_sums(article, tones, 4, neutral_band=tone.NEUTRAL_BAND)
    assert sums[0].tolist() == [3, 0, 2, 0]  # scored sentences; the NaN is left out
    assert sums[-1].tolist() == [1, 0, 1, 0]  # articles with a scored sentence
    summary = cc.tone_summary(sums[:, [0, 2]].sum(axis=1, keepdims=True))
    frame = pd.DataFrame(
        {"article_id": article, "sentence_id": np.arange(6), "tone": tones.astype(float)}
    )
    expected = tone.aggregate(frame, [])
    for column, value in summary.items():
        assert value[0] == pytest.approx(expected[column].iloc[0]), column
    single = cc.tone_summary(
        sums[:, [2]] - cc.tone_sums(np.array([0]), tones[5:], 1, neutral_band=0.05)
    )
    assert single["n_sentences"].tolist() == [1] and single["tone_mean"][0] == pytest.approx(0.2)
    assert np.isnan(single["tone_se"][0])  # one sentence: no standard error


TEXTS = [
    "NATO and Russia: the NATO-Russia Council met. NATO!",
    None,
    "Lavrov said Lavrov's visit was a-ok; I don't know.",
]


def test_count_words_per_article():
    words = wordcounts.count_words(TEXTS)
    assert words.offsets.tolist() == [0, 5, 5, 10]  # the second article has no text
    counted = [
        {
            words.vocabulary[w]: int(n)
            for w, n in zip(
                words.word[words.offsets[a] : words.offsets[a + 1]],
                words.n[words.offsets[a] : words.offsets[a + 1]],
                strict=True,
            )
        }
        for a in range(3)
    ]
    # Lower-cased, hyphenated words kept, stop words ("and", "the", "was"), one-letter tokens
    # ("I", the "s" of "Lavrov's", the "t" of "don't") and contraction stems ("don") left out.
    assert counted == [
        {"council": 1, "met": 1, "nato": 2, "nato-russia": 1, "russia": 1},
        {},
        {"a-ok": 1, "know": 1, "lavrov": 2, "said": 1, "visit": 1},
    ]
    assert words.vocabulary.tolist() == sorted(words.vocabulary)
    assert list(words.word[:5]) == sorted(words.word[:5])  # by article, then word


def test_russian_articles_count_lemmas_without_russian_stop_words():
    texts = [
        "Россия и НАТО: России не нужна новая война, заявил Путин. Путина спросили о НАТО.",
        "Russia and NATO: Россия",  # an English article: its words as written
    ]
    words = wordcounts.count_words(texts, languages=["ru", "en"])
    counted = [
        {
            words.vocabulary[w]: int(n)
            for w, n in zip(
                words.word[words.offsets[a] : words.offsets[a + 1]],
                words.n[words.offsets[a] : words.offsets[a + 1]],
                strict=True,
            )
        }
        for a in range(2)
    ]
    # "России" and "Россия" are one lemma, "Путин" and "Путина" another; "и", "не", "о" and
    # "нужна" are Russian stop words (spaCy's list, as written or as lemmas).
    assert counted[0] == {
        "война": 1,
        "заявить": 1,
        "нато": 2,
        "новый": 1,
        "путин": 2,
        "россия": 2,
        "спросить": 1,
    }
    assert counted[1] == {"nato": 1, "russia": 1, "россия": 1}
    assert words.vocabulary.tolist() == sorted(words.vocabulary)


def test_rows_of_and_the_saved_table(tmp_path):
    words = wordcounts.count_words(TEXTS)
    rows, lengths = words.rows_of(np.array([2, 1, 0]))
    assert lengths.tolist() == [5, 0, 5]
    assert rows.tolist() == [5, 6, 7, 8, 9, 0, 1, 2, 3, 4]
    path = tmp_path / wordcounts.FILE_NAME
    wordcounts.write(words, path)
    again = wordcounts.read(path)
    assert again.vocabulary.tolist() == words.vocabulary.tolist()
    assert again.offsets.tolist() == words.offsets.tolist()
    assert again.word.tolist() == words.word.tolist() and again.n.tolist() == words.n.tolist()
    assert wordcounts.read(tmp_path / "missing.arrow") is None


def test_the_counts_of_a_saved_table_are_mapped_again_for_each_sum(tmp_path):
    """A sum reads the word counts through a map of their file of its own (whose pages leave
    with it), not through the one kept on the corpus; in memory, the counts themselves."""
    words = wordcounts.count_words(TEXTS)
    assert words.counts()[0] is words.word and words.counts()[1] is words.n
    path = tmp_path / wordcounts.FILE_NAME
    wordcounts.write(words, path)
    saved = wordcounts.read(path)
    word, n = saved.counts()
    assert word.tolist() == words.word.tolist() and n.tolist() == words.n.tolist()
    assert not np.shares_memory(word, saved.word) and not np.shares_memory(n, saved.n)
    path.unlink()  # the run pruned under the server: the kept map still reads
    word, n = saved.counts()
    assert word is saved.word and n.tolist() == words.n.tolist()


def test_word_totals_kept_beside_the_counts(tmp_path):
    """Each word's total over every article is saved beside the word counts and read back;
    a file saved without them has them summed once and kept, and totals kept for another
    file (counted again since) are not read as this one's."""
    path = tmp_path / wordcounts.FILE_NAME
    words = wordcounts.count_words(TEXTS)
    expected = {"a-ok": 1, "council": 1, "know": 1, "lavrov": 2, "met": 1, "nato": 2}
    expected |= {"nato-russia": 1, "russia": 1, "said": 1, "visit": 1}
    assert dict(zip(words.vocabulary, words.totals.tolist(), strict=True)) == expected
    wordcounts.write(words, path)
    kept = wordcounts.totals_path(path)
    assert kept.name == f"{path.stem}.totals.npz" and kept.exists()
    assert dict(zip(wordcounts.read(path).vocabulary, wordcounts.read(path).totals.tolist(),
                    strict=True)) == expected  # fmt: skip

    kept.unlink()  # a file saved before the totals were kept
    assert wordcounts.read(path).totals.tolist() == words.totals.tolist()
    assert kept.exists()  # summed once, then kept

    other = tmp_path / "other" / wordcounts.FILE_NAME
    other.parent.mkdir()
    wordcounts.write(wordcounts.count_words(["Russia Russia Russia and NATO twice: NATO"]), other)
    stale = wordcounts.totals_path(other).read_bytes()
    wordcounts.write(wordcounts.count_words(["NATO met Russia, Russia met NATO"]), other)
    wordcounts.totals_path(other).write_bytes(stale)  # another file's: as many words, 3
    again = wordcounts.read(other)
    assert dict(zip(again.vocabulary, again.totals.tolist(), strict=True)) == {
        "met": 2, "nato": 2, "russia": 2,
    }  # fmt: skip


def test_count_words_a_chunk_at_a_time(monkeypatch):
    """The same counts when the articles are counted a few at a time (as a large corpus is)."""
    texts = TEXTS * 5
    whole = wordcounts.count_words(texts)
    monkeypatch.setattr(wordcounts, "CHUNK_ARTICLES", 2)
    chunked = wordcounts.count_words(pd.Series(texts, dtype="str"))
    assert chunked.vocabulary.tolist() == whole.vocabulary.tolist()
    assert chunked.offsets.tolist() == whole.offsets.tolist()
    assert chunked.word.tolist() == whole.word.tolist() and chunked.n.tolist() == whole.n.tolist()


def test_a_run_counted_in_a_child_process(tmp_path):
    """A large run's words are counted by a child process (its memory is not the server's),
    from the run's own files, into the same table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": TEXTS}), tmp_path / "articles.parquet")
    wordcounts.start_counting(tmp_path)
    wordcounts.start_counting(tmp_path)  # under way: not started twice
    wordcounts.wait(tmp_path)
    assert not wordcounts.counting(tmp_path)
    child = wordcounts.read(tmp_path / wordcounts.FILE_NAME)
    here = wordcounts.count_words(TEXTS)
    assert child.vocabulary.tolist() == here.vocabulary.tolist()
    assert child.offsets.tolist() == here.offsets.tolist()
    assert child.word.tolist() == here.word.tolist() and child.n.tolist() == here.n.tolist()


def test_combination_sums_of_a_selection_from_the_smaller_side():
    """Four articles × three terms, two combinations of groups. A selection's sums are its
    articles' rows summed directly when it holds at most half of the counts, else the whole
    corpus's sums (`whole`, asked for then only) less the rows of the articles left out; both
    ways give the rows' sums."""
    from lib.queries.compare import term_matrix as tm

    # article 0: term 0 ×2; article 1: terms 1 ×1 and 2 ×5; article 2: term 2 ×1; article 3: none
    matrix = tm.csr(np.array([2, 1, 5, 1]), np.array([0, 1, 2, 2]), np.array([0, 1, 3, 4, 4]), 3)
    assert matrix.toarray().tolist() == [[2, 0, 0], [0, 1, 5], [0, 0, 1], [0, 0, 0]]
    combination = np.array([1, 1, 0, 0])  # articles 0 and 1 in combination 1, the rest in 0
    assert tm.combination_sums(matrix, combination, 2).tolist() == [[0, 0, 1], [2, 1, 5]]
    asked = []

    def whole():
        asked.append(True)
        return tm.present_sums(matrix, combination, 2)

    def sums(*selected):
        mask = np.isin(np.arange(4), selected)
        combos, present = tm.selected_combination_sums(matrix, combination, 2, mask, whole)
        full = np.zeros((2, 3), dtype=present.dtype)
        full[combos] = present
        return full.tolist()

    assert sums(1, 2) == [[0, 0, 1], [0, 1, 5]] and asked == [True]  # 3 of 4 counted rows
    asked.clear()
    assert sums(0, 2) == [[0, 0, 1], [2, 0, 0]] and asked == []  # 2 of 4: summed directly
    assert sums() == [[0, 0, 0], [0, 0, 0]] and asked == []
    assert sums(0, 1, 2, 3) == [[0, 0, 1], [2, 1, 5]] and asked == [True]


def test_presence_and_counts_of_article_entity_pairs():
    from lib.queries.compare import term_matrix as tm

    article, entity, n = np.array([0, 0, 2]), np.array([1, 0, 1]), np.array([3, 1, 2])
    matrix = tm.presence_and_counts(article, entity, n, n_articles=3, n_terms=2)
    assert matrix.toarray().tolist() == [[1, 1, 1, 3], [0, 0, 0, 0], [0, 1, 0, 2]]
    assert tm.rows_sum(matrix, [np.array([0, 2]), np.array([], dtype=int)]).tolist() == [
        [1, 2, 1, 5],
        [0, 0, 0, 0],
    ]


def test_group_columns_of_the_combinations_of_selected_articles():
    """Two groups: combination 0 (in neither), 1 (group 0), 2 (group 1), 3 (both). The union
    counts an article of both groups once; the selection counts every combination."""
    from lib.queries.compare import term_matrix as tm

    by_combination = np.array([[1, 0], [2, 0], [0, 3], [4, 5]], dtype=np.int32)
    columns = tm.group_columns(by_combination, 2)
    assert columns.dtype == np.int64
    assert columns.tolist() == [[6, 5], [4, 8], [6, 8], [7, 8]]
    # The same from the combinations some article has alone, in any of them
    for combos in ([1, 3], [0, 2], [0, 1, 2, 3], []):
        rows = by_combination[combos].reshape(len(combos), 2)
        want = tm.group_columns(
            np.where(np.isin(np.arange(4), combos)[:, None], by_combination, 0), 2
        )
        assert tm.group_columns(rows, 2, np.array(combos, dtype=int)).tolist() == want.tolist()


def test_present_sums_are_the_combinations_some_article_has():
    from lib.queries.compare import term_matrix as tm

    matrix = tm.csr(np.array([2, 1, 5, 1]), np.array([0, 1, 2, 2]), np.array([0, 1, 3, 4, 4]), 3)
    combination = np.array([5, -1, 2, 5])  # of 8; article 1 counted nowhere
    combos, sums = tm.present_sums(matrix, combination, 8)
    assert combos.tolist() == [2, 5] and sums.tolist() == [[0, 0, 1], [2, 0, 0]]
    full = tm.combination_sums(matrix, combination, 8)
    assert full.shape == (8, 3) and full[[2, 5]].tolist() == sums.tolist() and full.sum() == 3


def test_the_top_ranks_are_those_of_the_full_sort_ties_included():
    from lib.queries.compare.logodds import _ranked

    z = np.array([1.0, 3.0, 2.0, 3.0, 2.0, 2.0, -1.0])
    n = np.array([5, 1, 4, 2, 4, 9, 1])
    full = _ranked(z, n, None)
    assert full.tolist() == [3, 1, 5, 2, 4, 0, 6]  # z, then n, descending; then position
    for top in range(1, 8):
        assert _ranked(z, n, top).tolist() == full[:top].tolist()


def test_whole_sums_read_only_the_groups_rows():
    """The sums of every article per combination of groups, as present_sums gives them, with
    combination 0 (the articles of no group) made from the column totals less the groups'
    rows: the totals (kept once per corpus) stand for those rows, which shifted totals show."""
    from lib.queries.compare import term_matrix as tm

    # article 0: term 0 ×2; article 1: terms 1 ×1 and 2 ×5; article 2: term 2 ×1; article 3: none
    matrix = tm.csr(np.array([2, 1, 5, 1]), np.array([0, 1, 2, 2]), np.array([0, 1, 3, 4, 4]), 3)
    totals = tm.column_totals(matrix)
    assert totals.tolist() == [2, 1, 6] and totals.dtype == np.int64
    combination = np.array([1, 2, 0, 0])
    combos, sums = tm.whole_sums(matrix, combination, 4, totals)
    present = tm.present_sums(matrix, combination, 4)
    assert combos.tolist() == present[0].tolist() == [0, 1, 2]
    assert sums.tolist() == present[1].tolist() == [[0, 0, 1], [2, 0, 0], [0, 1, 5]]
    assert tm.whole_sums(matrix, combination, 4, totals + 100)[1].tolist() == [
        [100, 100, 101], [2, 0, 0], [0, 1, 5],
    ]  # fmt: skip
    # every article in some group: combination 0 is there, as zeros
    combos, sums = tm.whole_sums(matrix, np.array([1, 1, 2, 2]), 4, totals)
    assert combos.tolist() == [0, 1, 2] and sums.tolist() == [[0, 0, 0], [2, 1, 5], [0, 0, 1]]
