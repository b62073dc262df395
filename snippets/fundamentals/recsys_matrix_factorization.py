"""Matrix factorization by alternating least squares on a synthetic
ratings matrix: 400 users x 250 items, user and item biases plus a rank-4
interaction, 15 % of entries observed, noise sd 0.5. Compared with the
global mean and with user + item biases."""

import numpy as np

rng = np.random.default_rng(0)
n_users, n_items, true_rank, noise = 400, 250, 4, 0.5
U_true = rng.normal(0, 1, (n_users, true_rank))
V_true = rng.normal(0, 1, (n_items, true_rank))
bias_u = rng.normal(0, 0.5, (n_users, 1))
bias_i = rng.normal(0, 0.5, (1, n_items))
R_full = (3 + bias_u + bias_i + U_true @ V_true.T / np.sqrt(true_rank)
          + rng.normal(0, noise, (n_users, n_items)))

observed = rng.random((n_users, n_items)) < 0.15
test = observed & (rng.random((n_users, n_items)) < 0.2)
train = observed & ~test
mu = R_full[train].mean()


def rmse(pred):
    return np.sqrt(np.mean((R_full[test] - pred[test]) ** 2))


# Baseline: global mean plus regularized user and item biases.
b_u, b_i = np.zeros(n_users), np.zeros(n_items)
for _ in range(10):
    resid = np.where(train, R_full - mu - b_i, 0)
    b_u = resid.sum(1) / (train.sum(1) + 5)
    resid = np.where(train, R_full - mu - b_u[:, None], 0)
    b_i = resid.sum(0) / (train.sum(0) + 5)
baseline = mu + b_u[:, None] + b_i


def als(k: int, lam: float, iters: int = 15):
    """Each half-step is a ridge regression per user (items fixed), then per item."""
    P = rng.normal(0, 0.1, (n_users, k))
    Q = rng.normal(0, 0.1, (n_items, k))
    X = np.where(train, R_full - baseline, 0.0)  # factorize what biases miss
    I = lam * np.eye(k)
    for _ in range(iters):
        for u in range(n_users):
            idx = train[u]
            P[u] = np.linalg.solve(Q[idx].T @ Q[idx] + I, Q[idx].T @ X[u, idx])
        for i in range(n_items):
            idx = train[:, i]
            Q[i] = np.linalg.solve(P[idx].T @ P[idx] + I, P[idx].T @ X[idx, i])
    return baseline + P @ Q.T


print(f"train ratings {train.sum():,}, test ratings {test.sum():,}, "
      f"density {observed.mean():.1%}")
print(f"{'model':<28}{'test RMSE':>10}")
print(f"{'global mean':<28}{rmse(np.full_like(R_full, mu)):10.3f}")
print(f"{'mean + user/item biases':<28}{rmse(baseline):10.3f}")
results = {}
for k, lam in [(4, 0.01), (4, 5.0), (20, 0.01), (20, 5.0)]:
    results[(k, lam)] = rmse(als(k, lam))
    print(f"{f'ALS, k={k}, lambda={lam:g}':<28}{results[(k, lam)]:10.3f}")
print(f"noise floor (irreducible)   {noise:10.3f}")

best = min(results.values())
assert best < rmse(baseline) - 0.2          # factors capture real structure
assert results[(20, 0.01)] > results[(20, 5.0)]  # too little regularization overfits
assert best > noise                           # cannot beat the noise
