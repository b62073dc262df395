"""Law of large numbers and central limit theorem, simulated on a skewed population."""

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
mu = sigma = 1.0  # exponential with rate 1: mean 1, standard deviation 1, skewness 2

# LLN: the running mean of one long sequence settles on mu
paths = rng.exponential(mu, (5, 10_000))
running = paths.cumsum(axis=1) / np.arange(1, 10_001)
print("LLN, |running mean - 1| for 5 sequences:")
for n in (10, 100, 1000, 10_000):
    gaps = np.round(np.abs(running[:, n - 1] - mu), 3).tolist()
    print(f"  after {n:>6} draws: {gaps}")
assert np.abs(running[:, -1] - mu).max() < np.abs(running[:, 9] - mu).max() / 10, "LLN"

# CLT: means of n draws, repeated 50,000 times, approach Normal(mu, sigma^2 / n)
print("\nCLT, distribution of the mean of n draws (50,000 repetitions):")
print(f"  {'n':>4}{'std of means':>14}{'sigma/sqrt(n)':>15}{'skewness':>10}{'2/sqrt(n)':>11}")
fig, axes = plt.subplots(1, 4, figsize=(11, 3))
axes[0].plot(running.T, lw=1)
axes[0].axhline(mu, color="k", ls="--", lw=1)
axes[0].set(xscale="log", xlabel="draws", ylabel="running mean", title="LLN: running mean")
for ax, n in zip(axes[1:], (1, 5, 30)):
    means = rng.exponential(mu, (50_000, n)).mean(axis=1)
    se = sigma / np.sqrt(n)
    print(f"  {n:>4}{means.std():>14.3f}{se:>15.3f}"
          f"{stats.skew(means):>10.2f}{2 / np.sqrt(n):>11.2f}")
    assert np.isclose(means.std(), se, rtol=0.02), "the spread is sigma / sqrt(n)"
    assert abs(stats.skew(means) - 2 / np.sqrt(n)) < 0.1, "skewness shrinks as 2 / sqrt(n)"
    ax.hist(means, bins=80, density=True, color="C0", alpha=0.6)
    x = np.linspace(max(means.min(), 0), means.max(), 200)
    ax.plot(x, stats.norm.pdf(x, mu, se), color="C3", lw=2)
    ax.set(title=f"CLT: mean of n = {n}", xlabel="sample mean")
axes[1].set_ylabel("density (red: normal)")
fig.tight_layout()
fig.savefig("clt_lln.svg")
plt.close(fig)
