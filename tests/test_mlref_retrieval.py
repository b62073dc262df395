"""mlref.retrieval: BM25 against a hand computation, rank fusion and recall@k."""

import numpy as np
import pytest

from mlref.retrieval import BM25, recall_at_k, reciprocal_rank_fusion, tokenize

pytestmark = pytest.mark.unit


def test_tokenize():
    assert tokenize("Error E-1042: Disk FULL!") == ["error", "e", "1042", "disk", "full"]


def test_bm25_matches_hand_computation():
    docs = [["a", "b", "b"], ["b", "c"], ["c", "c", "c", "d"]]
    bm = BM25(docs, k1=1.2, b=0.75)
    avg = 3.0
    idf_b = np.log(1 + (3 - 2 + 0.5) / (2 + 0.5))
    expected = [
        idf_b * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 3 / avg)),
        idf_b * 1 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2 / avg)),
        0.0,
    ]
    np.testing.assert_allclose(bm.scores(["b"]), expected)
    assert bm.scores(["unknown"]).sum() == 0
    assert np.argmax(bm.scores(["d"])) == 2


def test_bm25_saturates_and_penalizes_length():
    bm = BM25([["x"] * 1 + ["y"] * 9, ["x"] * 10, ["z"] * 10], k1=1.2, b=0.0)
    s = bm.scores(["x"])
    assert s[1] > s[0] and s[1] < 2.2 / 1.0 * s[0]  # ten times the count, far less than ten times the score
    with pytest.raises(ValueError):
        BM25([])


def test_reciprocal_rank_fusion():
    fused = reciprocal_rank_fusion([[0, 1, 2], [1, 2, 0], [1, 0, 2]], k=60)
    assert list(fused) == [1, 0, 2]
    scores = {d: sum(1 / (60 + r.index(d) + 1) for r in ([0, 1, 2], [1, 2, 0], [1, 0, 2])) for d in range(3)}
    assert sorted(scores, key=lambda d: -scores[d]) == list(fused)
    assert list(reciprocal_rank_fusion([[3, 4]])) == [3, 4]


def test_recall_at_k():
    assert recall_at_k([5, 2, 9, 1], {2, 1}, k=2) == 0.5
    assert recall_at_k([5, 2, 9, 1], {2, 1}, k=4) == 1.0
    with pytest.raises(ValueError):
        recall_at_k([1], set(), 1)
