"""What "95 % confidence" means: the share of repeated intervals that cover the truth."""

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)


def t_interval(sample, level=0.95):
    """Mean +- t * s / sqrt(n), computed along the last axis."""
    n = sample.shape[-1]
    se = sample.std(ddof=1, axis=-1) / np.sqrt(n)
    half = stats.t.ppf((1 + level) / 2, df=n - 1) * se
    m = sample.mean(axis=-1)
    return m - half, m + half


true_mean, reps = 2.0, 10_000
populations = {
    "normal(2, 1)": lambda size: rng.normal(true_mean, 1, size),
    "exponential(mean 2)": lambda size: rng.exponential(true_mean, size),
}
print(f"{'population':<22}{'n':>4}{'coverage of 95 % t-interval':>30}")
coverages = {}
for name, draw in populations.items():
    for n in (10, 30, 200):
        lo, hi = t_interval(draw((reps, n)))
        coverage = np.mean((lo <= true_mean) & (true_mean <= hi))
        print(f"{name:<22}{n:>4}{coverage:>30.1%}")
        coverages.setdefault(name, []).append(coverage)

normal, skewed = coverages["normal(2, 1)"], coverages["exponential(mean 2)"]
assert np.allclose(normal, 0.95, atol=0.01), "the guarantee holds at every n"
assert skewed[0] < 0.92 and np.all(np.diff(skewed) > 0), "skewed data: worse at small n"

# a bootstrap interval for a statistic with no simple formula: the median
sample = rng.exponential(true_mean, 200)
resamples = rng.choice(sample, size=(5000, sample.size), replace=True)
lo, hi = np.percentile(np.median(resamples, axis=1), [2.5, 97.5])
print(f"\nbootstrap 95 % interval for the median (true value "
      f"{true_mean * np.log(2):.3f}): [{lo:.3f}, {hi:.3f}]")
assert lo < true_mean * np.log(2) < hi

# figure: 50 intervals from samples of 30; those that miss the true mean in red
lo, hi = t_interval(rng.normal(true_mean, 1, (50, 30)))
miss = (lo > true_mean) | (hi < true_mean)
fig, ax = plt.subplots(figsize=(7, 3.6))
for i in range(50):
    ax.plot([i, i], [lo[i], hi[i]], color="C3" if miss[i] else "C0", lw=2)
ax.axhline(true_mean, color="k", ls="--", lw=1, label="true mean")
ax.set(xlabel="repeated experiment", ylabel="95 % interval",
       title=f"{miss.sum()} of 50 intervals miss the true mean (2.5 expected)")
ax.legend(loc="upper right")
fig.savefig("ci_coverage.svg")
plt.close(fig)
