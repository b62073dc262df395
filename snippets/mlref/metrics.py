"""Evaluation metrics for regression and binary classification.

Threshold metrics (confusion counts, precision, recall, specificity), the ROC
and precision-recall curves with their areas, log-loss, and regression errors
(MSE, MAE, RMSE, R², Huber). Where scikit-learn has a function of the same
name, this one returns the same values; ``tests/test_mlref_evaluation.py``
checks that, and checks the Huber loss against SciPy.
"""

from __future__ import annotations

import numpy as np


def _paired(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"shapes differ: y_true {y_true.shape} vs y_pred {y_pred.shape}")
    if y_true.size == 0:
        raise ValueError("metrics need at least one sample")
    if not (np.isfinite(y_true).all() and np.isfinite(y_pred).all()):
        raise ValueError("inputs contain NaN or infinity")
    return y_true, y_pred


def mean_squared_error(y_true, y_pred) -> float:
    r"""Mean squared error, $\frac{1}{n}\sum_i (y_i - \hat y_i)^2$.

    Parameters
    ----------
    y_true, y_pred : array-like of the same shape
        Targets and predictions.

    Returns
    -------
    float
        The average squared residual; 0 for a perfect fit.

    Raises
    ------
    ValueError
        If the shapes differ, the inputs are empty, or contain NaN/inf.
    """
    y_true, y_pred = _paired(y_true, y_pred)
    return float(np.mean((y_true - y_pred) ** 2))


def confusion_counts(y_true, y_pred) -> dict[str, int]:
    """True/false positives and negatives for 0/1 labels.

    Returns
    -------
    dict
        Keys ``tp``, ``fp``, ``fn``, ``tn``.
    """
    y_true, y_pred = _paired(y_true, y_pred)
    if not (np.isin(y_true, (0, 1)).all() and np.isin(y_pred, (0, 1)).all()):
        raise ValueError("labels must be 0 or 1")
    t, p = y_true.astype(bool), y_pred.astype(bool)
    return {
        "tp": int(np.sum(t & p)),
        "fp": int(np.sum(~t & p)),
        "fn": int(np.sum(t & ~p)),
        "tn": int(np.sum(~t & ~p)),
    }


def precision_recall_f1(y_true, y_pred) -> tuple[float, float, float]:
    r"""Precision, recall and F1 for the positive class (label 1).

    $P = \frac{TP}{TP+FP}$, $R = \frac{TP}{TP+FN}$,
    $F_1 = \frac{2PR}{P+R}$. A ratio whose denominator is zero is reported
    as 0.0, the convention scikit-learn uses with ``zero_division=0``.
    """
    c = confusion_counts(y_true, y_pred)
    precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def specificity(y_true, y_pred) -> float:
    r"""Specificity (true-negative rate), $\frac{TN}{TN+FP}$.

    The share of actual negatives the classifier labels negative; equal to
    $1 - \text{FPR}$. Reported as 0.0 when there are no negatives.

    Parameters
    ----------
    y_true, y_pred : array-like of 0/1 labels, same shape
        True and predicted labels.

    Returns
    -------
    float
        Specificity in [0, 1].
    """
    c = confusion_counts(y_true, y_pred)
    return c["tn"] / (c["tn"] + c["fp"]) if c["tn"] + c["fp"] else 0.0


def _binary_scores(y_true, y_score) -> tuple[np.ndarray, np.ndarray]:
    y_true, y_score = _paired(y_true, y_score)
    if not np.isin(y_true, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    return y_true, y_score


def _cumulative_counts(y_true, y_score):
    """True and false positives when the threshold sits at each distinct score.

    Scores are sorted from high to low; ``tps[i]`` and ``fps[i]`` count the
    positives and negatives with a score of at least ``thresholds[i]``.
    """
    order = np.argsort(-y_score, kind="mergesort")
    score, label = y_score[order], y_true[order]
    # the last index of every run of equal scores: a threshold cannot split ties
    last = np.r_[np.flatnonzero(np.diff(score)), score.size - 1]
    tps = np.cumsum(label)[last]
    fps = (last + 1) - tps
    return tps, fps, score[last]


def roc_curve(y_true, y_score) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""ROC curve: false-positive rate and true-positive rate at every threshold.

    A sample is predicted positive when its score is $\ge$ the threshold.
    Thresholds are the distinct scores from high to low, preceded by
    $+\infty$ so that the curve starts at (0, 0). This matches
    ``sklearn.metrics.roc_curve(..., drop_intermediate=False)``.

    Parameters
    ----------
    y_true : array-like of 0/1 labels
        Needs at least one positive and one negative.
    y_score : array-like of floats, same shape
        Higher means more likely positive (probabilities or raw scores).

    Returns
    -------
    fpr, tpr, thresholds : np.ndarray
        $\text{FPR} = FP/(FP+TN)$ and $\text{TPR} = TP/(TP+FN)$, both
        non-decreasing, and the thresholds that produce them.
    """
    y_true, y_score = _binary_scores(y_true, y_score)
    tps, fps, thresholds = _cumulative_counts(y_true, y_score)
    if tps[-1] == 0 or fps[-1] == 0:
        raise ValueError("ROC needs both positive and negative samples")
    tpr = np.r_[0.0, tps / tps[-1]]
    fpr = np.r_[0.0, fps / fps[-1]]
    return fpr, tpr, np.r_[np.inf, thresholds]


def roc_auc_score(y_true, y_score) -> float:
    r"""Area under the ROC curve, computed as a ranking probability.

    $$\text{AUC} = P(s^+ > s^-) + \tfrac12 P(s^+ = s^-)$$

    for a positive and a negative drawn at random: the Mann-Whitney $U$
    statistic divided by $n_+ n_-$. With $R_+$ the sum of the (tie-averaged)
    ranks of the positives among all scores,

    $$\text{AUC} = \frac{R_+ - n_+(n_+ + 1)/2}{n_+\, n_-}.$$

    This equals the trapezoidal area under [`roc_curve`][mlref.metrics.roc_curve].

    Parameters
    ----------
    y_true : array-like of 0/1 labels
        Needs at least one positive and one negative.
    y_score : array-like of floats, same shape
        Higher means more likely positive.

    Returns
    -------
    float
        0.5 for a ranking no better than chance, 1.0 for a perfect one.
    """
    y_true, y_score = _binary_scores(y_true, y_score)
    n_pos = int(y_true.sum())
    n_neg = y_true.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC AUC needs both positive and negative samples")
    # average ranks (1-based), ties share the mean of the ranks they span
    _, inverse, counts = np.unique(y_score, return_inverse=True, return_counts=True)
    upper = np.cumsum(counts)  # rank of the last member of each tie group
    avg_rank = upper - (counts - 1) / 2.0
    ranks = avg_rank[inverse]
    rank_sum_pos = ranks[y_true == 1].sum()
    return float((rank_sum_pos - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def precision_recall_curve(y_true, y_score) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Precision and recall at every threshold, in scikit-learn's layout.

    Thresholds are the distinct scores in increasing order. ``precision[i]``
    and ``recall[i]`` hold for "score $\ge$ ``thresholds[i]``"; a final point
    (precision 1, recall 0) with no threshold closes the curve, as in
    ``sklearn.metrics.precision_recall_curve``.

    Parameters
    ----------
    y_true : array-like of 0/1 labels
        Needs at least one positive.
    y_score : array-like of floats, same shape
        Higher means more likely positive.

    Returns
    -------
    precision, recall, thresholds : np.ndarray
        ``precision`` and ``recall`` have one more element than ``thresholds``.
    """
    y_true, y_score = _binary_scores(y_true, y_score)
    tps, fps, thresholds = _cumulative_counts(y_true, y_score)
    if tps[-1] == 0:
        raise ValueError("a precision-recall curve needs at least one positive")
    precision = tps / (tps + fps)
    recall = tps / tps[-1]
    return np.r_[precision[::-1], 1.0], np.r_[recall[::-1], 0.0], thresholds[::-1]


def average_precision_score(y_true, y_score) -> float:
    r"""Average precision: the step-wise area under the precision-recall curve.

    $$\text{AP} = \sum_k (R_k - R_{k-1})\, P_k$$

    over thresholds from high to low, with $R_0 = 0$. No interpolation, so
    it does not share the optimism of the trapezoidal rule on a PR curve.
    Matches ``sklearn.metrics.average_precision_score``.

    Parameters
    ----------
    y_true : array-like of 0/1 labels
        Needs at least one positive.
    y_score : array-like of floats, same shape
        Higher means more likely positive.

    Returns
    -------
    float
        1 for a perfect ranking; for a random ranking, about the positive
        rate (a little above it when positives are few); below that only for
        a ranking worse than chance.
    """
    precision, recall, _ = precision_recall_curve(y_true, y_score)
    # arrays run from low to high threshold; recall decreases along them
    return float(-np.sum(np.diff(recall) * precision[:-1]))


def log_loss(y_true, y_prob, eps: float = 1e-15) -> float:
    r"""Binary cross-entropy (log-loss) of predicted probabilities.

    $$\text{LogLoss} = -\frac1n\sum_i \big[y_i \ln p_i + (1-y_i)\ln(1-p_i)\big]$$

    Probabilities are clipped to $[\varepsilon, 1-\varepsilon]$ so that a
    confident wrong answer costs a large but finite amount
    ($-\ln 10^{-15} \approx 34.5$).

    Parameters
    ----------
    y_true : array-like of 0/1 labels
    y_prob : array-like of floats in [0, 1], same shape
        Predicted probability of the positive class.
    eps : float, default 1e-15
        Clipping bound.

    Returns
    -------
    float
        0 for perfect, confident predictions; $\ln 2 \approx 0.693$ for
        always predicting 0.5.
    """
    y_true, p = _binary_scores(y_true, y_prob)
    if ((p < 0) | (p > 1)).any():
        raise ValueError("probabilities must lie in [0, 1]")
    p = np.clip(p, eps, 1 - eps)
    return float(-np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p)))


def mean_absolute_error(y_true, y_pred) -> float:
    r"""Mean absolute error, $\frac1n\sum_i \lvert y_i - \hat y_i\rvert$.

    Parameters
    ----------
    y_true, y_pred : array-like of the same shape
        Targets and predictions.

    Returns
    -------
    float
        Average absolute residual, in the target's units.
    """
    y_true, y_pred = _paired(y_true, y_pred)
    return float(np.mean(np.abs(y_true - y_pred)))


def root_mean_squared_error(y_true, y_pred) -> float:
    r"""Root mean squared error, $\sqrt{\frac1n\sum_i (y_i - \hat y_i)^2}$.

    Parameters
    ----------
    y_true, y_pred : array-like of the same shape
        Targets and predictions.

    Returns
    -------
    float
        In the target's units; always $\ge$ the MAE of the same residuals.
    """
    return float(np.sqrt(mean_squared_error(y_true, y_pred)))


def r2_score(y_true, y_pred) -> float:
    r"""Coefficient of determination, $R^2 = 1 - SS_{\text{res}}/SS_{\text{tot}}$.

    $SS_{\text{res}} = \sum_i (y_i - \hat y_i)^2$ and
    $SS_{\text{tot}} = \sum_i (y_i - \bar y)^2$: the share of the target's
    variance the model explains, relative to always predicting the mean.

    Parameters
    ----------
    y_true, y_pred : array-like of the same shape
        Targets and predictions; ``y_true`` must not be constant.

    Returns
    -------
    float
        1 for a perfect fit, 0 for the constant mean, negative for a model
        worse than the mean.
    """
    y_true, y_pred = _paired(y_true, y_pred)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    if ss_tot == 0:
        raise ValueError("R^2 is undefined for a constant target")
    return float(1 - np.sum((y_true - y_pred) ** 2) / ss_tot)


def huber_loss(y_true, y_pred, delta: float = 1.0) -> float:
    r"""Mean Huber loss: squared for small residuals, linear for large ones.

    With residual $r = y - \hat y$,

    $$L_\delta(r) = \begin{cases} \tfrac12 r^2 & \lvert r\rvert \le \delta \\
    \delta\,(\lvert r\rvert - \tfrac12\delta) & \lvert r\rvert > \delta \end{cases}$$

    The two pieces meet with equal value and slope at $\lvert r\rvert = \delta$.

    Parameters
    ----------
    y_true, y_pred : array-like of the same shape
        Targets and predictions.
    delta : float, default 1.0
        Residual size where the loss switches from quadratic to linear.

    Returns
    -------
    float
        The average of $L_\delta$ over the samples.
    """
    if delta <= 0:
        raise ValueError("delta must be positive")
    y_true, y_pred = _paired(y_true, y_pred)
    r = np.abs(y_true - y_pred)
    loss = np.where(r <= delta, 0.5 * r**2, delta * (r - 0.5 * delta))
    return float(np.mean(loss))
