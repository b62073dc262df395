"""n people get their hats back in random order. Expected number who get
their own hat = 1 for every n (linearity of expectation); P(nobody does)
tends to 1/e = 0.3679."""

import math

import numpy as np

rng = np.random.default_rng(0)
n, runs = 10, 200_000
perms = rng.permuted(np.tile(np.arange(n), (runs, 1)), axis=1)
fixed = (perms == np.arange(n)).sum(axis=1)

# Exact derangement probability: sum_{j=0}^{n} (-1)^j / j!
p_none = sum((-1) ** j / math.factorial(j) for j in range(n + 1))
se_mean = fixed.std(ddof=1) / np.sqrt(runs)
se_p = math.sqrt(p_none * (1 - p_none) / runs)

print(f"E[own hats], n={n}:  analytic 1.0000, simulated {fixed.mean():.4f}")
print(f"P(nobody):         analytic {p_none:.4f} (1/e = {1 / math.e:.4f}), "
      f"simulated {(fixed == 0).mean():.4f}")
assert abs(fixed.mean() - 1) < 4 * se_mean
assert abs((fixed == 0).mean() - p_none) < 4 * se_p
