"""Break a stick at two uniform random points: P(the three pieces form a
triangle) = 1/4. Also the expected distance between two uniform points."""

import numpy as np

rng = np.random.default_rng(0)
n = 1_000_000
u = np.sort(rng.random((n, 2)), axis=1)
pieces = np.column_stack([u[:, 0], u[:, 1] - u[:, 0], 1 - u[:, 1]])
# Triangle inequality for pieces summing to 1: every piece shorter than 1/2.
triangle = (pieces < 0.5).all(axis=1)

p_sim, p_exact = triangle.mean(), 0.25
se = np.sqrt(p_exact * (1 - p_exact) / n)
dist = np.abs(rng.random(n) - rng.random(n))
dist_se = dist.std(ddof=1) / np.sqrt(n)

print(f"P(triangle):        analytic {p_exact:.4f}, simulated {p_sim:.4f}")
print(f"E|U1 - U2|:         analytic {1 / 3:.4f}, simulated {dist.mean():.4f}")
assert abs(p_sim - p_exact) < 4 * se
assert abs(dist.mean() - 1 / 3) < 4 * dist_se
