"""Detect drift in one numeric feature with a two-sample KS test and the PSI."""

import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import ks_2samp


def psi(reference, current, n_bins=10, floor=1e-4):
    """Population stability index over quantile bins of the reference sample."""
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1))
    edges[0], edges[-1] = -np.inf, np.inf  # catch values outside the old range
    e = np.histogram(reference, edges)[0] / len(reference)
    a = np.histogram(current, edges)[0] / len(current)
    e, a = np.maximum(e, floor), np.maximum(a, floor)  # an empty bin gives log(0)
    return float(np.sum((a - e) * np.log(a / e)))


def verdict(value):
    if value < 0.1:
        return "stable"
    return "moderate shift" if value < 0.25 else "major shift"


rng = np.random.default_rng(0)
n = 10_000
reference = rng.normal(0, 1, n)  # the feature as it looked in the training window
scenarios = {
    "no change": rng.normal(0, 1, n),
    "mean +0.1 sd": rng.normal(0.1, 1, n),
    "mean +0.3 sd": rng.normal(0.3, 1, n),
    "mean +0.5 sd": rng.normal(0.5, 1, n),
    "mean +0.7 sd": rng.normal(0.7, 1, n),
    "sd x 1.5": rng.normal(0, 1.5, n),
    "15% filled with 0": np.where(rng.random(n) < 0.15, 0.0, rng.normal(0, 1, n)),
}

print(f"{'scenario':<18} {'KS D':>6} {'KS p-value':>11} {'PSI':>7}  PSI verdict")
results = {}
for name, current in scenarios.items():
    ks = ks_2samp(reference, current)
    value = psi(reference, current)
    p_text = f"{ks.pvalue:.1e}" if ks.pvalue > 1e-100 else "< 1e-100"
    d = ks.statistic
    print(f"{name:<18} {d:6.3f} {p_text:>11} {value:7.3f}  {verdict(value)}")
    results[name] = d, ks.pvalue, value
_, p_small, psi_small = results["mean +0.1 sd"]
assert p_small < 1e-6 and psi_small < 0.1, "KS flags a harmless shift; PSI does not"
for shift in (0.3, 0.5, 0.7):  # for a mean shift of delta sd, PSI is about delta^2
    assert np.isclose(results[f"mean +{shift} sd"][2], shift**2, rtol=0.15)
(d_mean, _, psi_mean), (d_sd, _, psi_sd) = results["mean +0.3 sd"], results["sd x 1.5"]
assert d_sd < d_mean and psi_sd > 2 * psi_mean, "PSI sees the tails, KS the largest gap"

# With enough rows the KS test flags shifts far too small to matter.
big_ref, big_cur = rng.normal(0, 1, 200_000), rng.normal(0.02, 1, 200_000)
ks = ks_2samp(big_ref, big_cur)
print(f"\n200,000 rows per sample, mean +0.02 sd: KS D = {ks.statistic:.4f}, "
      f"p = {ks.pvalue:.1e}, PSI = {psi(big_ref, big_cur):.4f}")
assert ks.pvalue < 1e-4 and psi(big_ref, big_cur) < 0.01, "significant is not important"

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.4))
current = scenarios["mean +0.5 sd"]
bins = np.linspace(-4, 4.5, 50)
ax1.hist(reference, bins, alpha=0.6, label="reference")
ax1.hist(current, bins, alpha=0.6, label="current (+0.5 sd)")
ax1.set_title("Histograms")
ax1.legend(loc="upper left", fontsize=8)
grid = np.sort(np.concatenate([reference, current]))
cdf_ref = np.searchsorted(np.sort(reference), grid, side="right") / n
cdf_cur = np.searchsorted(np.sort(current), grid, side="right") / n
i = np.argmax(np.abs(cdf_ref - cdf_cur))
ax2.plot(grid, cdf_ref, label="reference")
ax2.plot(grid, cdf_cur, label="current")
gap = abs(cdf_ref[i] - cdf_cur[i])
ax2.vlines(grid[i], cdf_cur[i], cdf_ref[i], color="k", lw=2,
           label=f"KS D = {gap:.3f}")
ax2.set_title("Empirical CDFs")
ax2.legend(loc="upper left", fontsize=8)
fig.tight_layout()
fig.savefig("drift_ks_psi.svg")
plt.close(fig)
