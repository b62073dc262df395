"""Welch's t-test and the chi-square test, computed by hand and checked against SciPy."""

import numpy as np
from scipy import stats

rng = np.random.default_rng(0)

# 1. Welch's t-test: did the new ranking change minutes per session?
a = rng.normal(10.0, 4.0, 400)  # control
b = rng.normal(10.8, 4.5, 400)  # treatment
va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size  # squared standard errors
t = (b.mean() - a.mean()) / np.sqrt(va + vb)
df = (va + vb) ** 2 / (va**2 / (a.size - 1) + vb**2 / (b.size - 1))  # Welch-Satterthwaite
p = 2 * stats.t.sf(abs(t), df)
ref = stats.ttest_ind(b, a, equal_var=False)
print(f"Welch t-test: difference {b.mean() - a.mean():.2f} min, "
      f"t = {t:.3f}, df = {df:.0f}, p = {p:.4f}")
print(f"  scipy:      t = {ref.statistic:.3f}, p = {ref.pvalue:.4f}")
assert np.isclose(t, ref.statistic) and np.isclose(p, ref.pvalue)

# 2. Chi-square test of independence: conversions in a 2x2 table
observed = np.array([[200, 1800],   # control: converted, did not
                     [240, 1760]])  # treatment
row, col = observed.sum(1, keepdims=True), observed.sum(0, keepdims=True)
expected = row * col / observed.sum()
chi2 = ((observed - expected) ** 2 / expected).sum()
p_chi = stats.chi2.sf(chi2, df=1)
ref = stats.chi2_contingency(observed, correction=False)
print(f"chi-square: 10.0 % vs 12.0 % conversion, chi2 = {chi2:.3f}, p = {p_chi:.4f}")
print(f"  scipy:      chi2 = {ref.statistic:.3f}, p = {ref.pvalue:.4f}")
assert np.isclose(chi2, ref.statistic) and np.isclose(p_chi, ref.pvalue)

# for a 2x2 table, chi-square is the square of the two-proportion z statistic
p1, p2 = observed[:, 0] / observed.sum(1)
pooled = observed[:, 0].sum() / observed.sum()
se = np.sqrt(pooled * (1 - pooled) * (1 / observed[0].sum() + 1 / observed[1].sum()))
z = (p2 - p1) / se
print(f"two-proportion z-test: z = {z:.3f}, z^2 = {z**2:.3f}")
assert np.isclose(z**2, chi2), "for a 2x2 table, the same test"
