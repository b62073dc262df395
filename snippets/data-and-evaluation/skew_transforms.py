"""Transforms that make a right-skewed variable closer to normal, compared by skewness."""

import numpy as np
from scipy import stats
from sklearn.preprocessing import PowerTransformer, QuantileTransformer

rng = np.random.default_rng(0)
income = rng.lognormal(mean=10, sigma=0.8, size=5000)      # right-skewed, strictly positive
counts = rng.poisson(rng.gamma(0.5, 4, 5000))              # skewed counts with many zeros

boxcox, lam = stats.boxcox(income)
results = {
    "raw": income,
    "sqrt": np.sqrt(income),
    "log": np.log(income),
    f"Box-Cox (lambda = {lam:.2f})": boxcox,
    "Yeo-Johnson": PowerTransformer(method="yeo-johnson").fit_transform(income[:, None]).ravel(),
    "quantile -> normal": QuantileTransformer(output_distribution="normal", random_state=0)
    .fit_transform(income[:, None]).ravel(),
}
print(f"{'income transform':<24} {'skewness':>9}")
skews = {}
for name, values in results.items():
    skews[name] = stats.skew(values)
    print(f"{name:<24} {skews[name]:>9.3f}")
assert abs(lam) < 0.05                   # Box-Cox finds the log for log-normal data
assert skews["raw"] > 2 and all(abs(s) < 0.1 for k, s in skews.items() if k not in ("raw", "sqrt"))

print(f"\ncounts: {np.mean(counts == 0):.0%} zeros, skewness {stats.skew(counts):.2f}; "
      f"log1p {stats.skew(np.log1p(counts)):.2f}; "
      f"Yeo-Johnson {stats.skew(PowerTransformer().fit_transform(counts[:, None]).ravel()):.2f}")
try:
    stats.boxcox(counts)
    raise AssertionError("Box-Cox should reject zeros")
except ValueError as err:
    print("Box-Cox on data with zeros:", err)
