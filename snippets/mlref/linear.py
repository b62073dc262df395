"""Linear and logistic regression, fitted in closed form or by gradient descent."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class LinearModel:
    """A fitted linear model $\\hat y = Xw + b$, returned by the fitting functions."""

    coef: np.ndarray
    """Weights $w$, shape (d,)."""
    intercept: float
    """Bias $b$."""
    n_iter: int = 0
    """Gradient steps taken; 0 for a closed-form fit."""
    loss_history: list[float] = field(default_factory=list)
    """Training loss before each gradient step (empty for a closed-form fit)."""

    def decision_function(self, X) -> np.ndarray:
        """Raw scores $Xw + b$, shape (n,)."""
        return np.asarray(X, dtype=float) @ self.coef + self.intercept

    def predict(self, X) -> np.ndarray:
        """Predicted targets for regression, shape (n,)."""
        return self.decision_function(X)


@dataclass
class LogisticModel(LinearModel):
    """A fitted binary logistic regression, $P(y=1 \\mid x) = \\sigma(x^\\top w + b)$."""

    def predict_proba(self, X) -> np.ndarray:
        """Probability of class 1 for each row, shape (n,)."""
        return sigmoid(self.decision_function(X))

    def predict(self, X, threshold: float = 0.5) -> np.ndarray:
        """Class labels 0/1, predicting 1 when the probability reaches ``threshold``."""
        return (self.predict_proba(X) >= threshold).astype(int)


def _check_Xy(X, y) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D (n_samples, n_features), got shape {X.shape}")
    if y.shape != (len(X),):
        raise ValueError(f"y must have shape ({len(X)},), got {y.shape}")
    if len(X) == 0:
        raise ValueError("need at least one sample")
    if not (np.isfinite(X).all() and np.isfinite(y).all()):
        raise ValueError("X or y contains NaN or infinity")
    return X, y


def sigmoid(z) -> np.ndarray:
    r"""Logistic function $\sigma(z) = 1 / (1 + e^{-z})$ without overflow.

    Computed from $e^{-|z|}$, which never exceeds 1, so ``sigmoid(-1000)``
    returns 0.0 with no warning instead of overflowing in ``exp(1000)``.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def linear_regression_normal_equation(
    X, y, alpha: float = 0.0, fit_intercept: bool = True
) -> LinearModel:
    r"""Least squares in closed form: solve $(X^\top X + \alpha I)\,w = X^\top y$.

    With ``fit_intercept`` the columns of ``X`` and ``y`` are centred first,
    so the intercept is $b = \bar y - \bar x^\top w$ and is never penalized.
    The system is solved with ``np.linalg.solve`` (a Cholesky-like
    factorization), never by inverting $X^\top X$.

    Cost: $O(nd^2)$ to form $X^\top X$ plus $O(d^3)$ to solve; memory $O(d^2)$.
    Fine up to a few thousand features; beyond that use gradient descent.

    Parameters
    ----------
    X : array of shape (n, d)
    y : array of shape (n,)
    alpha : float
        Ridge (L2) penalty; 0 gives ordinary least squares.
    fit_intercept : bool
        Whether to fit the bias $b$.

    Returns
    -------
    LinearModel

    Raises
    ------
    ValueError
        On bad shapes, NaN/inf, a negative ``alpha``, or a singular
        $X^\top X$ (collinear features, or more features than samples)
        with ``alpha=0``: pass ``alpha > 0`` or use ``np.linalg.lstsq``.
    """
    X, y = _check_Xy(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    x_mean = X.mean(axis=0) if fit_intercept else np.zeros(X.shape[1])
    y_mean = y.mean() if fit_intercept else 0.0
    Xc, yc = X - x_mean, y - y_mean
    gram = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    # A singular (or numerically singular) Gram matrix means w is not unique.
    if np.linalg.cond(gram) > 1e14:
        raise ValueError("X^T X is singular: features are collinear or d > n; set alpha > 0")
    coef = np.linalg.solve(gram, Xc.T @ yc)
    return LinearModel(coef=coef, intercept=float(y_mean - x_mean @ coef))


def linear_regression_gd(
    X, y, learning_rate: float = 0.1, max_iter: int = 10_000, tol: float = 1e-8, alpha: float = 0.0
) -> LinearModel:
    r"""Least squares by full-batch gradient descent.

    Minimizes $L(w, b) = \frac{1}{2n}\big(\lVert Xw + b - y\rVert^2 + \alpha\lVert w\rVert^2\big)$,
    the same objective as [`linear_regression_normal_equation`][mlref.linear.linear_regression_normal_equation] scaled
    by $1/2n$, so the same ``alpha`` gives the same solution. The gradient
    is $\nabla_w L = \frac{1}{n}(X^\top r + \alpha w)$, $\partial_b L = \bar r$
    with residuals $r = Xw + b - y$. Stops when the gradient norm falls
    below ``tol``.

    Each step costs $O(nd)$. Standardize the features first: the step size
    that converges is bounded by $2/\lambda_{\max}(X^\top X/n)$, so one
    feature on a large scale forces a tiny step for all of them.

    Parameters
    ----------
    X : array of shape (n, d)
    y : array of shape (n,)
    learning_rate : float
        Step size; 0.1 suits standardized features.
    max_iter : int
        Upper bound on gradient steps.
    tol : float
        Convergence threshold on the gradient's Euclidean norm.
    alpha : float
        Ridge (L2) penalty on the weights, as in scikit-learn's ``Ridge``;
        the intercept is not penalized.

    Returns
    -------
    LinearModel
        With ``n_iter`` and the loss recorded before each step.

    Raises
    ------
    ValueError
        On bad shapes or NaN/inf, or if the loss diverges (step too large).
    """
    X, y = _check_Xy(X, y)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history: list[float] = []
    for step in range(1, max_iter + 1):
        r = X @ w + b - y
        with np.errstate(over="ignore", invalid="ignore"):
            history.append(float((r @ r + alpha * w @ w) / (2 * n)))
        if not np.isfinite(history[-1]):
            raise ValueError("loss diverged: lower the learning rate or standardize X")
        grad_w = (X.T @ r + alpha * w) / n
        grad_b = r.mean()
        if np.sqrt(grad_w @ grad_w + grad_b**2) < tol:
            return LinearModel(w, float(b), step - 1, history)
        w -= learning_rate * grad_w
        b -= learning_rate * grad_b
    return LinearModel(w, float(b), max_iter, history)


def logistic_loss(X, y, coef, intercept: float, alpha: float = 0.0) -> float:
    r"""Mean log loss of a logistic model plus an L2 penalty.

    Uses $-\log\sigma(z) = \log(1 + e^{-z})$ = ``np.logaddexp(0, -z)``,
    which stays finite for any score, instead of ``log(sigmoid(z))``,
    which returns ``-inf`` once $\sigma(z)$ rounds to 0.

    $L = \frac{1}{n}\Big(\sum_i \big[y_i \log(1+e^{-z_i}) + (1-y_i)\log(1+e^{z_i})\big] + \frac{\alpha}{2}\lVert w\rVert^2\Big)$
    with scores $z = Xw + b$.
    """
    z = np.asarray(X, dtype=float) @ coef + intercept
    y = np.asarray(y, dtype=float)
    data = np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))
    return float(data + alpha / (2 * len(z)) * coef @ coef)


def logistic_regression_gd(
    X, y, learning_rate: float = 0.5, max_iter: int = 10_000, tol: float = 1e-6, alpha: float = 0.0
) -> LogisticModel:
    r"""Binary logistic regression by full-batch gradient descent.

    Minimizes the mean log loss plus $\frac{\alpha}{2n}\lVert w\rVert^2$
    (see [`logistic_loss`][mlref.linear.logistic_loss]), which is scikit-learn's
    ``LogisticRegression(C=1 / alpha)`` objective divided by $n$. The
    gradient has the same form as for least squares with probabilities in
    place of predictions: $\nabla_w L = \frac{1}{n}\big(X^\top(\sigma(Xw+b) - y) + \alpha w\big)$.
    The loss is convex, so gradient descent with a small enough step
    reaches the global minimum.

    On linearly separable data with ``alpha=0`` the weights grow without
    bound (the loss only approaches 0); set ``alpha > 0`` to get a
    finite solution. Each step costs $O(nd)$.

    Parameters
    ----------
    X : array of shape (n, d)
        Standardized features work best.
    y : array of shape (n,)
        Labels 0 and 1.
    learning_rate : float
        Step size. The log loss has curvature at most $\frac14\lambda_{\max}(X^\top X/n)$,
        so larger steps than for least squares are safe.
    max_iter : int
        Upper bound on gradient steps.
    tol : float
        Convergence threshold on the gradient's Euclidean norm.
    alpha : float
        L2 penalty on the weights (not on the intercept); ``alpha = 1/C``
        in scikit-learn's terms.

    Returns
    -------
    LogisticModel
    """
    X, y = _check_Xy(X, y)
    if not np.isin(y, (0, 1)).all():
        raise ValueError("y must contain only 0 and 1")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history: list[float] = []
    for step in range(1, max_iter + 1):
        history.append(logistic_loss(X, y, w, b, alpha))
        error = sigmoid(X @ w + b) - y
        grad_w = (X.T @ error + alpha * w) / n
        grad_b = error.mean()
        if np.sqrt(grad_w @ grad_w + grad_b**2) < tol:
            return LogisticModel(w, float(b), step - 1, history)
        w -= learning_rate * grad_w
        b -= learning_rate * grad_b
    return LogisticModel(w, float(b), max_iter, history)
