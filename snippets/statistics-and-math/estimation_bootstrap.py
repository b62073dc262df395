"""The bootstrap: a 95 % percentile interval for the median of skewed data,
and a check of its coverage by repeating the whole experiment."""

import numpy as np

rng = np.random.default_rng(0)
n, B = 200, 2_000
true_median = np.exp(0.0)  # lognormal(0, 1) has median e^0 = 1


def percentile_ci(x, stat=np.median, B=B):
    idx = rng.integers(0, len(x), size=(B, len(x)))  # resample rows with replacement
    boot = stat(x[idx], axis=1)
    return np.percentile(boot, [2.5, 97.5]), boot.std(ddof=1)


x = rng.lognormal(0, 1, n)  # e.g. session lengths: skewed, no normal formula
(lo, hi), se = percentile_ci(x)
print(f"sample median {np.median(x):.3f}, bootstrap SE {se:.3f}, "
      f"95 % CI [{lo:.3f}, {hi:.3f}]")

# Coverage: repeat the study 500 times; the interval should contain the
# true median in about 95 % of them.
reps = 500
hits = 0
for _ in range(reps):
    (a, b), _ = percentile_ci(rng.lognormal(0, 1, n), B=1_000)
    hits += a <= true_median <= b
coverage = hits / reps
# Binomial std error of a 95 % rate over 500 repetitions is 0.0097.
print(f"coverage over {reps} repeated studies: {coverage:.1%} (nominal 95%)")
assert abs(coverage - 0.95) < 3 * np.sqrt(0.95 * 0.05 / reps)

# Where it fails: the maximum. A resample contains the sample maximum with
# probability 1 - (1 - 1/n)^n ~ 0.632, so the bootstrap distribution of the
# max is a spike at one value.
idx = rng.integers(0, n, size=(B, n))
share = np.mean(x[idx].max(axis=1) == x.max())
print(f"share of resamples whose max equals the sample max: {share:.3f} "
      f"(theory {1 - (1 - 1 / n) ** n:.3f})")
assert abs(share - (1 - (1 - 1 / n) ** n)) < 0.03
