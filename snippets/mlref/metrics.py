"""Evaluation metrics for regression and binary classification."""

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
