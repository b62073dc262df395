"""What alpha = 0.05 and power mean: run the same A/B test thousands of times."""

import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
n, sims = 400, 4000  # users per arm, repeated experiments; metric std is 4 minutes


def t_test_p(a, b):
    return stats.ttest_ind(a, b, axis=1).pvalue  # one p-value per row (experiment)


a_null, b_null = rng.normal(10, 4, (sims, n)), rng.normal(10, 4, (sims, n))
null_p = t_test_p(a_null, b_null)
print(f"A/A tests (no real effect): {np.mean(null_p < 0.05):.1%} significant "
      f"at alpha = 0.05 (the type I error rate)")
assert abs(np.mean(null_p < 0.05) - 0.05) < 0.01, "the false-positive rate is alpha"

for effect in (0.4, 0.8):
    alt_p = t_test_p(rng.normal(10 + effect, 4, (sims, n)), rng.normal(10, 4, (sims, n)))
    z = effect / (4 * np.sqrt(2 / n))  # effect divided by the standard error
    analytic = stats.norm.sf(1.96 - z) + stats.norm.cdf(-1.96 - z)
    print(f"true effect +{effect} min: power {np.mean(alt_p < 0.05):.1%} simulated, "
          f"{analytic:.1%} by formula")
    assert abs(np.mean(alt_p < 0.05) - analytic) < 0.02, "simulation = formula"

counts = np.histogram(null_p, bins=10, range=(0, 1))[0]
print(f"A/A p-values are uniform: each tenth of [0, 1] holds {counts.min()}-"
      f"{counts.max()} of {sims} (expected {sims // 10})")
assert stats.chisquare(counts).pvalue > 0.01, "A/A p-values are uniform"

# Peeking: test after every 40 users per arm and stop at the first p < 0.05
looks = range(40, n + 1, 40)
peek_p = np.array([t_test_p(a_null[:, :m], b_null[:, :m]) for m in looks])
print(f"A/A tests checked at {len(looks)} interim looks: "
      f"{np.mean((peek_p < 0.05).any(axis=0)):.1%} declared significant at some look")
assert np.mean((peek_p < 0.05).any(axis=0)) > 0.1, "peeking inflates false positives"
