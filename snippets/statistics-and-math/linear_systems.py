"""Ax = b: unique, none, infinitely many, least squares, decided by ranks (Rouché-Capelli)."""

import numpy as np

rank = np.linalg.matrix_rank


def classify(A, b):
    r, r_aug, n = rank(A), rank(np.column_stack([A, b])), A.shape[1]
    if r < r_aug:
        return "no solution", r, r_aug
    return ("unique solution" if r == n else "infinitely many"), r, r_aug


cases = {
    "independent": (np.array([[2., 1], [1, 3]]), np.array([3., 5])),
    "parallel lines": (np.array([[1., 2], [2, 4]]), np.array([3., 7])),
    "same line twice": (np.array([[1., 2], [2, 4]]), np.array([3., 6])),
    "overdetermined": (np.array([[1., 0], [0, 1], [1, 1]]), np.array([1., 1, 3])),
}
print(f"{'case':<16} {'rank A':>6} {'rank [A|b]':>10}  verdict")
verdicts = {}
for name, (A, b) in cases.items():
    verdict, r, r_aug = classify(A, b)
    verdicts[name] = verdict
    print(f"{name:<16} {r:>6} {r_aug:>10}  {verdict}")
assert list(verdicts.values()) == ["unique solution", "no solution",
                                   "infinitely many", "no solution"]

# unique: solve (LU), never form the inverse
A, b = cases["independent"]
x = np.linalg.solve(A, b)
print("unique solution x =", x)
assert np.allclose(A @ x, b)

# infinitely many: minimum-norm particular solution + anything in the null space
A, b = cases["same line twice"]
x_min = np.linalg.pinv(A) @ b
null = np.linalg.svd(A)[2][-1]          # right singular vector of the zero singular value
print("minimum-norm solution", np.round(x_min, 3), "null-space direction", np.round(null, 3))
for t in (-2.0, 0.0, 5.0):
    assert np.allclose(A @ (x_min + t * null), b)

# no exact solution: least squares minimizes ||Ax - b||; the residual is orthogonal to col(A)
A, b = cases["overdetermined"]
x_ls, residual_ss, r, sv = np.linalg.lstsq(A, b, rcond=None)
resid = b - A @ x_ls
print("least-squares x =", np.round(x_ls, 4), "residual", np.round(resid, 4),
      "sum of squares", np.round(residual_ss, 4))
assert np.allclose(A.T @ resid, 0)                      # normal equations A^T(b - Ax) = 0
assert np.allclose(x_ls, np.linalg.solve(A.T @ A, A.T @ b))
