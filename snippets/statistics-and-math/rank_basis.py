"""Span, basis and rank: a dependent column, rank-nullity, and the dummy-variable trap."""

import numpy as np
from scipy.linalg import null_space, orth

A = np.array([[1.0, 0.0, 1.0],
              [2.0, 1.0, 4.0],
              [0.0, 1.0, 2.0],
              [1.0, 1.0, 3.0]])          # column 3 = column 1 + 2 * column 2
r = np.linalg.matrix_rank(A)
sv = np.linalg.svd(A, compute_uv=False)
N = null_space(A)
print("singular values:", np.round(sv, 4))
print(f"rank {r}; null space dimension {N.shape[1]}; rank + nullity = {r + N.shape[1]} = number of columns")
print("null-space vector (scaled):", np.round(N[:, 0] / N[0, 0], 4))
assert r == 2 and N.shape[1] == 1 and r + N.shape[1] == A.shape[1]
assert np.allclose(A @ N, 0)

# an orthonormal basis of the column space has exactly rank-many vectors
B = orth(A)
print("orthonormal basis of the column space:", B.shape[1], "vectors in R^4")
assert B.shape[1] == r
# b is in the span of the columns iff projecting it onto the basis changes nothing
for b in (A @ np.array([2.0, -1.0, 0.5]), np.array([1.0, 0.0, 0.0, 0.0])):
    in_span = np.allclose(B @ (B.T @ b), b)
    print(f"b = {b} in the column space: {in_span}")

# the dummy-variable trap: an intercept plus a full one-hot block is rank-deficient
colour = np.array([0, 1, 2, 1, 0, 2, 2, 1])
X = np.column_stack([np.ones(8), np.eye(3)[colour]])
X_drop = X[:, [0, 2, 3]]                  # drop one level
print(f"intercept + 3 one-hot columns: rank {np.linalg.matrix_rank(X)} of {X.shape[1]}; "
      f"after dropping one level: rank {np.linalg.matrix_rank(X_drop)} of {X_drop.shape[1]}")
cond_full, cond_drop = np.linalg.cond(X.T @ X), np.linalg.cond(X_drop.T @ X_drop)
print(f"condition number of X^T X: above 1e12 (numerically singular) = {cond_full > 1e12}; "
      f"after dropping a level: {cond_drop:.1f}")
assert cond_full > 1e12 and cond_drop < 100
assert np.linalg.matrix_rank(X) == 3 and np.linalg.matrix_rank(X_drop) == 3
