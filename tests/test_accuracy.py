"""Extraction accuracy against hand labels (tests/fixtures/labels/); corpus cases skip when
../shared/corpus is absent."""

import pytest

from benchmarks.accuracy import CASES, evaluate, score


@pytest.mark.parametrize("case", CASES, ids=[c.label_file for c in CASES])
def test_recall_and_precision(case):
    if not case.path.exists():
        pytest.skip(f"{case.path} not present (../shared/corpus is optional)")
    s = score(evaluate(case))
    assert s["recall"] >= 0.78, s
    assert s["precision"] >= 0.95, s
    assert s["qualifier_ok"] >= 0.95 or s["qualifier_ok"] != s["qualifier_ok"], s  # (NaN: no
    # targets labelled, as in a communiqué)


def test_suzhou_labels_nearly_all_recalled():
    s = score(evaluate(CASES[0]))
    assert s["recall"] >= 0.98 and s["precision"] >= 0.98, s
