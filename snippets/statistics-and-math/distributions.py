"""Five distributions interviewers ask about: shape, mean and variance, by sampling."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator
from scipy import stats

rng = np.random.default_rng(0)
dists = {
    "Bernoulli(p=0.3)": stats.bernoulli(0.3),
    "Binomial(n=20, p=0.3)": stats.binom(20, 0.3),
    "Poisson(lambda=4)": stats.poisson(4),
    "Normal(mu=0, sigma=1)": stats.norm(0, 1),
    "Exponential(rate=0.5)": stats.expon(scale=1 / 0.5),
}

print(f"{'distribution':<24}{'mean':>7}{'sampled':>9}{'variance':>10}{'sampled':>9}")
for name, d in dists.items():
    draws = d.rvs(size=200_000, random_state=rng)
    print(f"{name:<24}{d.mean():>7.2f}{draws.mean():>9.2f}"
          f"{d.var():>10.2f}{draws.var():>9.2f}")
    assert abs(draws.mean() - d.mean()) < 0.02, "the mean formula"
    assert np.isclose(draws.var(), d.var(), rtol=0.02), "the variance formula"

fig, axes = plt.subplots(2, 3, figsize=(10, 5.6))
for ax, (name, d) in zip(axes.flat, dists.items()):
    if hasattr(d.dist, "pmf"):  # discrete: bars at the integers
        k = np.arange(0, int(d.ppf(0.999)) + 1)
        ax.bar(k, d.pmf(k), width=0.8, color="C0")
        ax.set_ylabel("P(X = k)")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    else:  # continuous: a density curve
        x = np.linspace(d.ppf(0.001), d.ppf(0.999), 300)
        ax.plot(x, d.pdf(x), color="C1", lw=2)
        ax.fill_between(x, d.pdf(x), alpha=0.25, color="C1")
        ax.set_ylabel("density")
    ax.set_title(name, fontsize=10)

# sixth panel: many trials with a small success probability look Poisson
ax = axes.flat[5]
k = np.arange(0, 13)
assert np.abs(stats.binom(200, 0.02).pmf(k) - stats.poisson(4).pmf(k)).max() < 0.005
ax.bar(k - 0.2, stats.binom(200, 0.02).pmf(k), width=0.4, label="Binomial(200, 0.02)")
ax.bar(k + 0.2, stats.poisson(4).pmf(k), width=0.4, label="Poisson(4)")
ax.set_title("Rare events: binomial -> Poisson", fontsize=10)
ax.xaxis.set_major_locator(MaxNLocator(integer=True))
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig("distributions.svg")
plt.close(fig)
