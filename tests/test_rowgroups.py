"""Rows grouped by key (lib.queries.rowgroups): exact rows and counts on small arrays."""

import numpy as np

from lib.queries import rowgroups


def test_rows_of_keys_in_the_order_asked_each_ascending():
    groups = rowgroups.group_rows(np.array([2, 0, 2, -1, 1, 0]), 4)
    assert groups.sizes().tolist() == [2, 1, 2, 0]
    assert groups.rows([2, 0]).tolist() == [0, 2, 1, 5]
    assert groups.rows([3]).tolist() == []
    assert groups.rows([]).tolist() == []


def test_sorted_keys_need_no_order():
    groups = rowgroups.group_rows(np.array([-1, 0, 0, 2, 2, 2]), 3)
    assert groups.order is None
    assert groups.offsets.tolist() == [1, 3, 3, 6]
    assert groups.rows([0, 2]).tolist() == [1, 2, 3, 4, 5]


def test_count_in_takes_the_smaller_side():
    keys = np.array([0, 0, 1, 2, 2, 2, 3])
    values = np.array([5, 6, 5, 7, 7, 5, 6])
    groups = rowgroups.group_rows(keys, 4)
    seen = []

    def count(rows):
        seen.append(None if rows is None else rows.tolist())
        return np.bincount(values if rows is None else values[rows], minlength=8)

    few = np.array([False, True, False, True])
    assert rowgroups.count_in(groups, few, count).tolist() == [0, 0, 0, 0, 0, 1, 1, 0]
    assert seen == [[2, 6]]
    seen.clear()
    most = np.array([True, True, True, False])
    assert rowgroups.count_in(groups, most, count).tolist() == [0, 0, 0, 0, 0, 3, 1, 2]
    assert seen == [None, [6]]  # everything, less article 3
    seen.clear()
    every = np.ones(4, dtype=bool)
    assert rowgroups.count_in(groups, every, count).tolist() == [0, 0, 0, 0, 0, 3, 2, 2]
    assert seen == [None]


def test_rows_with_a_few_keys_or_many():
    values = np.array([3, -1, 0, 3, 7, 0, 2])
    assert rowgroups.rows_with(values, np.array([3])).tolist() == [0, 3]
    assert rowgroups.rows_with(values, np.array([0, 3, 9])).tolist() == [0, 2, 3, 5]
    assert rowgroups.rows_with(values, np.array([0, 2, 3, 7, 9]), few=2).tolist() == [
        0,
        2,
        3,
        4,
        5,
        6,
    ]
    assert rowgroups.rows_with(values, np.array([], dtype=int)).tolist() == []
