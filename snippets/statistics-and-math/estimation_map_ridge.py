"""MAP estimation with a Gaussian prior on the weights is ridge regression.

Model: y = X w + noise, noise ~ N(0, sigma^2), prior w ~ N(0, tau^2 I).
The posterior mode solves (X'X + (sigma^2 / tau^2) I) w = X'y, which is
ridge with alpha = sigma^2 / tau^2. With a Laplace prior the mode is the lasso.
"""

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import Ridge

rng = np.random.default_rng(0)
n, d, sigma, tau = 30, 8, 1.0, 0.5
X = rng.normal(size=(n, d))
w_true = rng.normal(0, tau, d)
y = X @ w_true + rng.normal(0, sigma, n)


def neg_log_posterior(w):
    nll = np.sum((y - X @ w) ** 2) / (2 * sigma**2)     # -log likelihood
    neg_log_prior = np.sum(w**2) / (2 * tau**2)         # -log N(0, tau^2)
    return nll + neg_log_prior


w_mle = np.linalg.lstsq(X, y, rcond=None)[0]
w_map = minimize(neg_log_posterior, np.zeros(d), method="BFGS").x
alpha = sigma**2 / tau**2
w_ridge = Ridge(alpha=alpha, fit_intercept=False).fit(X, y).coef_

print(f"alpha = sigma^2 / tau^2 = {alpha:g}")
print(f"max |MAP - ridge| = {np.abs(w_map - w_ridge).max():.2e}")
print(f"weight error ||w - w_true||:  MLE {np.linalg.norm(w_mle - w_true):.3f}, "
      f"MAP {np.linalg.norm(w_map - w_true):.3f}")
assert np.allclose(w_map, w_ridge, atol=1e-4)
assert np.linalg.norm(w_map) < np.linalg.norm(w_mle)  # the prior shrinks

# Over many data sets from the same prior, MAP beats MLE on average.
err = np.zeros((2, 500))
for r in range(500):
    wt = rng.normal(0, tau, d)
    Xr = rng.normal(size=(n, d))
    yr = Xr @ wt + rng.normal(0, sigma, n)
    err[0, r] = np.sum((np.linalg.lstsq(Xr, yr, rcond=None)[0] - wt) ** 2)
    err[1, r] = np.sum((np.linalg.solve(Xr.T @ Xr + alpha * np.eye(d), Xr.T @ yr) - wt) ** 2)
print(f"mean squared weight error over 500 data sets: MLE {err[0].mean():.3f}, MAP {err[1].mean():.3f}")
assert err[1].mean() < err[0].mean()
