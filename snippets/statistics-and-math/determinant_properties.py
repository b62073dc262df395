"""Determinant properties, each checked numerically on a random 4x4 matrix."""

import numpy as np

rng = np.random.default_rng(0)
A = rng.normal(size=(4, 4))
B = rng.normal(size=(4, 4))
det = np.linalg.det
d = det(A)
print(f"det(A) = {d:.4f}")

swapped = A[[1, 0, 2, 3]]                      # swap rows 0 and 1
scaled = A.copy(); scaled[2] *= 3.0            # multiply one row by 3
sheared = A.copy(); sheared[3] += 2.5 * A[0]   # add a multiple of another row
singular = A.copy(); singular[3] = A[0] - 2 * A[1]  # a row that depends on others

checks = [
    ("swap two rows", det(swapped), -d),
    ("scale one row by 3", det(scaled), 3 * d),
    ("scale the whole 4x4 matrix by 3", det(3 * A), 3**4 * d),
    ("add 2.5 x row 0 to row 3", det(sheared), d),
    ("transpose", det(A.T), d),
    ("product AB", det(A @ B), d * det(B)),
    ("inverse", det(np.linalg.inv(A)), 1 / d),
    ("product of eigenvalues", np.prod(np.linalg.eigvals(A)).real, d),
    ("dependent row", det(singular), 0.0),
]
for name, got, expected in checks:
    print(f"{name:<34} {got:>10.4f}   expected {expected:>10.4f}")
    assert np.isclose(got, expected, atol=1e-10)
print("rank of the matrix with a dependent row:", np.linalg.matrix_rank(singular))
assert np.linalg.matrix_rank(singular) == 3

# geometric meaning: |det| is the factor by which the map scales area (2-D) or volume
M = np.array([[2.0, 1.0], [0.5, 1.5]])
square = np.array([[0, 0], [1, 0], [1, 1], [0, 1]]).T
x, y = M @ square
shoelace = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
print(f"unit square maps to a parallelogram of area {shoelace:.2f}; det = {det(M):.2f}")
assert np.isclose(shoelace, abs(det(M)))
