"""Mean squared error with input validation: pure Python, then NumPy."""

import math
from numbers import Real

import numpy as np
from sklearn.metrics import mean_squared_error as sklearn_mse

from mlref.metrics import mean_squared_error


def mse(actual, predicted) -> float:
    """Pure Python, two sequences of numbers. O(n) time, O(1) extra space."""
    if len(actual) != len(predicted):
        raise ValueError(
            f"length mismatch: {len(actual)} actual, "
            f"{len(predicted)} predicted"
        )
    if len(actual) == 0:
        raise ValueError("MSE of zero samples is undefined")
    squares = []
    for i, (a, p) in enumerate(zip(actual, predicted)):
        for v in (a, p):
            if isinstance(v, bool) or not isinstance(v, Real):
                raise TypeError(
                    f"item {i}: expected a number, got {type(v).__name__}"
                )
            if not math.isfinite(v):
                raise ValueError(f"item {i}: {v} is not finite")
        squares.append((a - p) ** 2)
    # fsum is exactly rounded: no drift over long sums.
    return math.fsum(squares) / len(squares)


def mse_numpy(y_true, y_pred) -> float:
    """Vectorized. Shapes must match exactly: no silent broadcasting."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"shape mismatch: {y_true.shape} vs {y_pred.shape}")
    if y_true.size == 0:
        raise ValueError("MSE of zero samples is undefined")
    if not (np.isfinite(y_true).all() and np.isfinite(y_pred).all()):
        raise ValueError("inputs contain NaN or infinity")
    return float(np.mean((y_true - y_pred) ** 2))


# (0.25 + 0.25 + 0 + 1) / 4 = 0.375
assert mse([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) == 0.375
rng = np.random.default_rng(0)
y, y_hat = rng.normal(size=1000), rng.normal(size=1000)
values = [
    mse(y.tolist(), y_hat.tolist()),
    mse_numpy(y, y_hat),
    mean_squared_error(y, y_hat),
    sklearn_mse(y, y_hat),
]
assert np.allclose(values, values[0])
print(
    f"MSE on 1000 random pairs: {values[0]:.6f} "
    "(pure Python, NumPy, mlref, sklearn agree)"
)

bad_inputs = {
    "different lengths": ([1, 2, 3], [1, 2]),
    "empty": ([], []),
    "a None inside": ([1, None], [1, 2]),
    "a string inside": ([1, "2"], [1, 2]),
    "NaN": ([1.0, float("nan")], [1.0, 2.0]),
}
for name, (a, p) in bad_inputs.items():
    try:
        mse(a, p)
    except (TypeError, ValueError) as error:
        print(f"{name:18s} -> {type(error).__name__}: {error}")
    else:
        raise AssertionError(f"{name}: should be refused")

# The classic NumPy bug: a column of predictions broadcasts to an n x n matrix.
# Shape (5, 1), as a one-output Keras model.predict returns.
y_col = y_hat[:5, None]
naive = np.mean((y[:5] - y_col) ** 2)
print(
    f"naive np.mean with shapes (5,) and (5, 1): {naive:.3f} "
    "(averaged over 25 pairs, wrong)"
)
assert not np.isclose(naive, mse_numpy(y[:5], y_col.ravel()))
print(
    "correct after y_pred.ravel():             "
    f"{mse_numpy(y[:5], y_col.ravel()):.3f}"
)
try:
    mse_numpy(y[:5], y_col)
except ValueError as error:
    print("mse_numpy refuses it:", error)
else:
    raise AssertionError("shapes (5,) and (5, 1) should be refused")
