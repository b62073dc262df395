"""Tests for the evaluation metrics in mlref.metrics and mlref.ranking.

Each hand-written metric is compared with scikit-learn (or SciPy) on random
inputs, including ties, and with values worked out by hand on tiny examples.
"""

import numpy as np
import pytest
from scipy.special import huber
from sklearn import metrics as skm

from mlref import metrics as mm
from mlref import ranking as rk

pytestmark = pytest.mark.unit


@pytest.fixture(params=[0, 1, 2, 3])
def scored(request):
    """Labels and scores; seeds 2 and 3 round the scores to force ties."""
    rng = np.random.default_rng(request.param)
    n = 300
    y = (rng.random(n) < 0.2).astype(int)
    s = rng.normal(size=n) + 1.2 * y
    if request.param >= 2:
        s = np.round(s, 1)
    return y, s


# ---------------------------------------------------------------- classification


def test_specificity_hand_computed():
    # tn = 2, fp = 1 -> 2/3
    assert mm.specificity([0, 0, 0, 1, 1], [0, 1, 0, 1, 0]) == pytest.approx(2 / 3)
    assert mm.specificity([1, 1], [1, 0]) == 0.0  # no negatives


def test_specificity_matches_recall_of_negative_class(scored):
    y, s = scored
    pred = (s > 0.5).astype(int)
    assert mm.specificity(y, pred) == pytest.approx(skm.recall_score(y, pred, pos_label=0))


def test_roc_curve_matches_sklearn(scored):
    y, s = scored
    fpr, tpr, thr = mm.roc_curve(y, s)
    fpr_ref, tpr_ref, thr_ref = skm.roc_curve(y, s, drop_intermediate=False)
    np.testing.assert_allclose(fpr, fpr_ref)
    np.testing.assert_allclose(tpr, tpr_ref)
    np.testing.assert_allclose(thr, thr_ref)
    assert fpr[0] == tpr[0] == 0 and fpr[-1] == tpr[-1] == 1


def test_roc_auc_matches_sklearn_and_trapezoid(scored):
    y, s = scored
    auc = mm.roc_auc_score(y, s)
    assert auc == pytest.approx(skm.roc_auc_score(y, s))
    fpr, tpr, _ = mm.roc_curve(y, s)
    assert auc == pytest.approx(np.trapezoid(tpr, fpr))


def test_roc_auc_is_pairwise_probability():
    y = np.array([1, 1, 0, 0, 0])
    s = np.array([0.9, 0.4, 0.4, 0.3, 0.8])
    # 6 positive-negative pairs: 0.9 beats all three negatives (3); 0.4 beats
    # 0.3 (1) ties 0.4 (0.5) loses to 0.8 (0) -> 4.5 / 6
    assert mm.roc_auc_score(y, s) == pytest.approx(0.75)


def test_roc_auc_extremes():
    assert mm.roc_auc_score([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]) == 1.0
    assert mm.roc_auc_score([0, 0, 1, 1], [0.4, 0.3, 0.2, 0.1]) == 0.0
    assert mm.roc_auc_score([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.5


def test_precision_recall_curve_matches_sklearn(scored):
    y, s = scored
    p, r, t = mm.precision_recall_curve(y, s)
    p_ref, r_ref, t_ref = skm.precision_recall_curve(y, s)
    np.testing.assert_allclose(p, p_ref)
    np.testing.assert_allclose(r, r_ref)
    np.testing.assert_allclose(t, t_ref)


def test_average_precision_matches_sklearn(scored):
    y, s = scored
    assert mm.average_precision_score(y, s) == pytest.approx(skm.average_precision_score(y, s))


def test_average_precision_hand_computed():
    # ranked labels 1, 0, 1, 0: precision 1 at recall 0.5, 2/3 at recall 1
    ap = mm.average_precision_score([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.6])
    assert ap == pytest.approx(0.5 * 1 + 0.5 * 2 / 3)


def test_log_loss_matches_sklearn(scored):
    y, s = scored
    p = 1 / (1 + np.exp(-s))
    assert mm.log_loss(y, p) == pytest.approx(skm.log_loss(y, p))


def test_log_loss_hand_computed_and_clipped():
    assert mm.log_loss([1, 0], [0.5, 0.5]) == pytest.approx(np.log(2))
    assert mm.log_loss([1], [0.9]) == pytest.approx(-np.log(0.9))
    # a certain, wrong prediction is clipped to a finite ~34.5
    assert mm.log_loss([1], [0.0]) == pytest.approx(-np.log(1e-15))
    with pytest.raises(ValueError):
        mm.log_loss([1], [1.5])


def test_curve_input_checks():
    with pytest.raises(ValueError):
        mm.roc_auc_score([1, 1, 1], [0.1, 0.2, 0.3])
    with pytest.raises(ValueError):
        mm.roc_curve([0, 2], [0.1, 0.2])
    with pytest.raises(ValueError):
        mm.precision_recall_curve([0, 0], [0.1, 0.2])


# ---------------------------------------------------------------- regression


@pytest.fixture
def regression():
    rng = np.random.default_rng(7)
    y = rng.normal(10, 3, size=200)
    pred = y + rng.standard_t(df=2, size=200)  # heavy-tailed errors
    return y, pred


def test_regression_metrics_match_sklearn(regression):
    y, pred = regression
    assert mm.mean_absolute_error(y, pred) == pytest.approx(skm.mean_absolute_error(y, pred))
    assert mm.root_mean_squared_error(y, pred) == pytest.approx(
        skm.root_mean_squared_error(y, pred)
    )
    assert mm.r2_score(y, pred) == pytest.approx(skm.r2_score(y, pred))


def test_regression_hand_computed():
    y, pred = [1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 8.0]
    assert mm.mean_absolute_error(y, pred) == pytest.approx(1.0)
    assert mm.root_mean_squared_error(y, pred) == pytest.approx(2.0)
    # SS_res = 16, SS_tot = 5 -> 1 - 16/5
    assert mm.r2_score(y, pred) == pytest.approx(-2.2)
    assert mm.r2_score(y, [2.5] * 4) == pytest.approx(0.0)  # the mean scores 0
    with pytest.raises(ValueError):
        mm.r2_score([3.0, 3.0], [1.0, 2.0])


@pytest.mark.parametrize("delta", [0.5, 1.0, 3.0])
def test_huber_matches_scipy(regression, delta):
    y, pred = regression
    expected = np.mean(huber(delta, y - pred))
    assert mm.huber_loss(y, pred, delta) == pytest.approx(expected)


def test_huber_pieces():
    assert mm.huber_loss([0.0], [0.5], delta=1.0) == pytest.approx(0.125)  # 0.5 * 0.25
    assert mm.huber_loss([0.0], [3.0], delta=1.0) == pytest.approx(2.5)  # 1 * (3 - 0.5)
    with pytest.raises(ValueError):
        mm.huber_loss([0.0], [1.0], delta=0)


# ---------------------------------------------------------------- ranking


def test_dcg_hand_computed():
    # gains 3, 2, 0, 1 with discounts 1, 1/log2(3), 1/2, 1/log2(5)
    rel = [3, 2, 0, 1]
    expected_linear = 3 + 2 / np.log2(3) + 0 + 1 / np.log2(5)
    expected_exp = 7 + 3 / np.log2(3) + 0 + 1 / np.log2(5)
    assert rk.dcg(rel, gain="linear") == pytest.approx(expected_linear)
    assert rk.dcg(rel) == pytest.approx(expected_exp)
    assert rk.dcg(rel, k=2, gain="linear") == pytest.approx(3 + 2 / np.log2(3))


@pytest.mark.parametrize("k", [None, 1, 3, 5, 10])
def test_ndcg_matches_sklearn_linear_gain(k):
    rng = np.random.default_rng(11)
    for _ in range(20):
        y_true = rng.integers(0, 4, size=12)
        y_score = rng.normal(size=12)  # continuous: no ties
        ranked = y_true[np.argsort(-y_score)]
        ours = rk.ndcg(ranked, k=k, gain="linear")
        ref = skm.ndcg_score([y_true], [y_score], k=k)
        assert ours == pytest.approx(ref)
        ours_dcg = rk.dcg(ranked, k=k, gain="linear")
        assert ours_dcg == pytest.approx(skm.dcg_score([y_true], [y_score], k=k))


def test_ndcg_bounds():
    assert rk.ndcg([3, 2, 1, 0]) == pytest.approx(1.0)
    assert rk.ndcg([0, 0, 0]) == 0.0
    assert 0 < rk.ndcg([0, 1, 2, 3]) < 1
    with pytest.raises(ValueError):
        rk.dcg([1, 2], gain="square")


def test_average_precision_matches_sklearn():
    rng = np.random.default_rng(5)
    for _ in range(20):
        y = (rng.random(15) < 0.3).astype(int)
        y[0] = 1  # at least one relevant item
        s = rng.normal(size=15)
        ranked = y[np.argsort(-s)]
        assert rk.average_precision(ranked) == pytest.approx(skm.average_precision_score(y, s))


def test_average_precision_hand_computed():
    # relevant at positions 1, 3, 6: (1/1 + 2/3 + 3/6) / 3
    rel = [1, 0, 1, 0, 0, 1]
    assert rk.average_precision(rel) == pytest.approx((1 + 2 / 3 + 0.5) / 3)
    # cut at 3 with 3 relevant items overall: (1 + 2/3) / 3
    assert rk.average_precision(rel, k=3, n_relevant=3) == pytest.approx((1 + 2 / 3) / 3)
    # a relevant item the list never retrieved lowers AP
    assert rk.average_precision(rel, n_relevant=4) == pytest.approx((1 + 2 / 3 + 0.5) / 4)
    assert rk.average_precision([0, 0]) == 0.0
    with pytest.raises(ValueError):
        rk.average_precision([1, 2])


def test_map_and_mrr_hand_computed():
    queries = [[0, 1, 0], [1, 0, 0], [0, 0, 0], [0, 0, 1]]
    assert rk.mean_reciprocal_rank(queries) == pytest.approx((1 / 2 + 1 + 0 + 1 / 3) / 4)
    assert rk.mean_average_precision(queries) == pytest.approx((1 / 2 + 1 + 0 + 1 / 3) / 4)
    assert rk.mean_average_precision([[1, 1, 0], [0, 1, 1]]) == pytest.approx(
        (1 + (1 / 2 + 2 / 3) / 2) / 2
    )
    assert rk.reciprocal_rank([0, 0, 0, 1]) == 0.25
    with pytest.raises(ValueError):
        rk.mean_reciprocal_rank([])
