"""mlref.linear against scikit-learn and hand-computed values."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.metrics import log_loss
from sklearn.preprocessing import StandardScaler

from mlref.linear import (
    linear_regression_gd,
    linear_regression_normal_equation,
    logistic_loss,
    logistic_regression_gd,
    sigmoid,
)

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def diabetes():
    X, y = load_diabetes(return_X_y=True)
    return StandardScaler().fit_transform(X), y


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return StandardScaler().fit_transform(X), y


def test_normal_equation_exact_line():
    # y = 3x - 2 exactly: the fit must recover slope and intercept.
    X = np.array([[0.0], [1.0], [2.0], [5.0]])
    model = linear_regression_normal_equation(X, 3 * X[:, 0] - 2)
    assert model.coef == pytest.approx([3.0])
    assert model.intercept == pytest.approx(-2.0)
    assert model.predict([[10.0]]) == pytest.approx([28.0])


def test_normal_equation_matches_sklearn(diabetes):
    X, y = diabetes
    ours = linear_regression_normal_equation(X, y)
    ref = LinearRegression().fit(X, y)
    np.testing.assert_allclose(ours.coef, ref.coef_, rtol=1e-8, atol=1e-8)
    assert ours.intercept == pytest.approx(ref.intercept_)


def test_ridge_matches_sklearn(diabetes):
    X, y = diabetes
    ours = linear_regression_normal_equation(X, y, alpha=10.0)
    ref = Ridge(alpha=10.0).fit(X, y)
    np.testing.assert_allclose(ours.coef, ref.coef_, rtol=1e-8)
    assert ours.intercept == pytest.approx(ref.intercept_)


def test_no_intercept():
    X = np.array([[1.0], [2.0], [3.0]])
    model = linear_regression_normal_equation(X, np.array([2.0, 4.0, 6.5]), fit_intercept=False)
    # w = sum(x*y) / sum(x^2) = (2 + 8 + 19.5) / 14
    assert model.coef[0] == pytest.approx(29.5 / 14)
    assert model.intercept == 0.0


def test_collinear_features_rejected_unless_ridge():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, 1))
    X = np.hstack([x, 2 * x])  # second column is a multiple of the first
    y = x[:, 0] + rng.normal(scale=0.1, size=50)
    with pytest.raises(ValueError, match="singular"):
        linear_regression_normal_equation(X, y)
    assert np.isfinite(linear_regression_normal_equation(X, y, alpha=1.0).coef).all()


@pytest.mark.parametrize(
    "X, y",
    [
        (np.ones(3), np.ones(3)),  # X not 2-D
        (np.ones((3, 2)), np.ones(2)),  # length mismatch
        (np.array([[1.0], [np.nan]]), np.ones(2)),  # NaN
        (np.empty((0, 2)), np.empty(0)),  # empty
    ],
)
def test_bad_input_rejected(X, y):
    with pytest.raises(ValueError):
        linear_regression_normal_equation(X, y)


def test_gradient_descent_converges_to_closed_form(diabetes):
    X, y = diabetes
    closed = linear_regression_normal_equation(X, y, alpha=10.0)
    gd = linear_regression_gd(X, y, learning_rate=0.1, max_iter=50_000, tol=1e-8, alpha=10.0)
    assert gd.n_iter < 50_000
    np.testing.assert_allclose(gd.coef, closed.coef, atol=1e-5)
    assert gd.intercept == pytest.approx(closed.intercept)
    # Full-batch GD with a safe step never increases the loss.
    assert np.all(np.diff(gd.loss_history) <= 1e-9)


def test_gradient_descent_divergence_detected(diabetes):
    X, y = diabetes
    with pytest.raises(ValueError, match="diverged"):
        linear_regression_gd(X, y, learning_rate=5.0, max_iter=5000)


def test_sigmoid_stable_and_correct():
    z = np.array([-1000.0, -1.0, 0.0, 2.0, 1000.0])
    with np.errstate(over="raise"):
        s = sigmoid(z)
    np.testing.assert_allclose(s, [0.0, 1 / (1 + np.e), 0.5, 1 / (1 + np.exp(-2)), 1.0])


def test_logistic_loss_matches_sklearn(cancer):
    X, y = cancer
    rng = np.random.default_rng(0)
    w, b = rng.normal(scale=0.3, size=X.shape[1]), 0.2
    p = sigmoid(X @ w + b)
    assert logistic_loss(X, y, w, b) == pytest.approx(log_loss(y, p), rel=1e-9)
    penalty = 3.0 / (2 * len(X)) * w @ w
    assert logistic_loss(X, y, w, b, alpha=3.0) == pytest.approx(log_loss(y, p) + penalty, rel=1e-9)
    # Finite even where the probability rounds to exactly 0 or 1.
    assert np.isfinite(logistic_loss(X, y, 100 * w, b))


def test_logistic_gd_matches_sklearn(cancer):
    X, y = cancer
    ours = logistic_regression_gd(X, y, learning_rate=1.0, max_iter=50_000, tol=1e-7, alpha=5.0)
    ref = LogisticRegression(C=1 / 5.0, tol=1e-10, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(ours.coef, ref.coef_[0], atol=1e-4)
    assert ours.intercept == pytest.approx(ref.intercept_[0], abs=1e-4)
    np.testing.assert_allclose(ours.predict_proba(X), ref.predict_proba(X)[:, 1], atol=1e-5)
    assert np.array_equal(ours.predict(X), ref.predict(X))


def test_logistic_rejects_non_binary_labels():
    with pytest.raises(ValueError, match="0 and 1"):
        logistic_regression_gd(np.ones((3, 1)), np.array([0, 1, 2]))
