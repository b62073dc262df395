"""Rejection, importance, Metropolis-Hastings and Gibbs sampling, each checked against known answers."""

import numpy as np
from scipy import stats
from scipy.special import gamma

rng = np.random.default_rng(0)

# 1) Rejection sampling from Beta(2, 5) with a uniform proposal: accept x with prob f(x) / (M g(x))
target = stats.beta(2, 5)
M = target.pdf(1 / 5)                      # the density's maximum (mode = 1/5), g = 1 on [0, 1]
x = rng.uniform(size=200_000)
accepted = x[rng.uniform(size=x.size) < target.pdf(x) / M]
print(f"rejection: acceptance {accepted.size / x.size:.3f} (theory 1/M = {1 / M:.3f}), "
      f"mean {accepted.mean():.4f} (exact {2 / 7:.4f})")
assert abs(accepted.size / x.size - 1 / M) < 0.005 and abs(accepted.mean() - 2 / 7) < 0.002

# rejection in high dimensions: uniform points in the unit ball, proposed from the enclosing cube
for d in (2, 10, 20):
    rate = np.pi ** (d / 2) / gamma(d / 2 + 1) / 2**d   # ball volume / cube volume
    print(f"  ball from cube in {d:>2} dimensions: acceptance {rate:.2e}")
assert np.pi ** 10 / gamma(11) / 2**20 < 1e-7

# 2) Importance sampling for a rare event, P(Z > 4) for Z ~ N(0, 1)
exact = stats.norm.sf(4)
n = 10_000
z = rng.normal(size=n)
naive = (z > 4).mean()
y = rng.normal(4, 1, size=n)                          # proposal centred on the rare region
w = stats.norm.pdf(y) / stats.norm.pdf(y, loc=4)      # importance weights p/q
is_est = np.mean((y > 4) * w)
print(f"P(Z > 4): exact {exact:.3e}, plain Monte Carlo {naive:.3e}, importance sampling {is_est:.3e}")
assert naive == 0.0 and abs(is_est / exact - 1) < 0.05

# 3) Random-walk Metropolis-Hastings on a correlated 2-D Gaussian (known only up to a constant)
rho = 0.9
cov = np.array([[1, rho], [rho, 1]])
prec = np.linalg.inv(cov)
log_p = lambda v: -0.5 * v @ prec @ v                # unnormalized log density
state, chain, accepts = np.zeros(2), [], 0
for _ in range(60_000):
    proposal = state + rng.normal(scale=0.5, size=2)  # symmetric proposal: q cancels
    if np.log(rng.uniform()) < log_p(proposal) - log_p(state):
        state, accepts = proposal, accepts + 1
    chain.append(state)
chain = np.array(chain[10_000:])                      # drop burn-in
mh_corr = np.corrcoef(chain.T)[0, 1]
print(f"Metropolis-Hastings: acceptance {accepts / 60_000:.0%}, mean {np.round(chain.mean(0), 3)}, "
      f"correlation {mh_corr:.3f} (exact {rho})")
assert abs(mh_corr - rho) < 0.02 and np.abs(chain.mean(0)).max() < 0.1

# 4) Gibbs sampling of the same Gaussian from its conditionals: x | y ~ N(rho y, 1 - rho^2)
xg, yg, samples = 0.0, 0.0, []
for _ in range(60_000):
    xg = rng.normal(rho * yg, np.sqrt(1 - rho**2))
    yg = rng.normal(rho * xg, np.sqrt(1 - rho**2))
    samples.append((xg, yg))
samples = np.array(samples[10_000:])
g_corr = np.corrcoef(samples.T)[0, 1]
lag1 = np.corrcoef(samples[:-1, 0], samples[1:, 0])[0, 1]
print(f"Gibbs: variance {np.round(samples.var(0), 3)}, correlation {g_corr:.3f}, "
      f"lag-1 autocorrelation of x {lag1:.3f} (theory rho^2 = {rho**2:.2f})")
assert abs(g_corr - rho) < 0.01 and abs(lag1 - rho**2) < 0.01
