"""Speculative sampling: accept a draft token with prob min(1, p/q), else resample
from max(0, p - q). The output follows the target p exactly."""

import numpy as np

rng = np.random.default_rng(0)
V = 8
p = rng.dirichlet(np.ones(V))  # target model's next-token distribution
q = 0.6 * p + 0.4 * rng.dirichlet(np.ones(V))  # a cheaper draft model that roughly agrees


def speculative_token(p, q, rng):
    """One draft-then-verify step; returns (token, accepted?)."""
    x = rng.choice(V, p=q)
    if rng.random() < min(1.0, p[x] / q[x]):
        return x, True
    residual = np.maximum(p - q, 0.0)
    return rng.choice(V, p=residual / residual.sum()), False


n = 200_000
draws = [speculative_token(p, q, rng) for _ in range(n)]
tokens = np.array([t for t, _ in draws])
accepted = np.mean([a for _, a in draws])
empirical = np.bincount(tokens, minlength=V) / n
alpha = np.minimum(p, q).sum()  # acceptance rate = 1 - total variation(p, q)

print(f"total variation(empirical, target p) = {0.5 * np.abs(empirical - p).sum():.4f}")
print(f"total variation(draft q,   target p) = {0.5 * np.abs(q - p).sum():.4f}")
print(f"acceptance rate: simulated {accepted:.3f}, sum(min(p, q)) = {alpha:.3f}")
assert 0.5 * np.abs(empirical - p).sum() < 0.005
assert abs(accepted - alpha) < 0.005

# Tokens produced per target-model call with gamma drafted tokens (Leviathan et al., 2023):
# E = (1 - alpha^(gamma+1)) / (1 - alpha), simulated with i.i.d. acceptances.
print(f"\n{'gamma':>5} {'tokens per target call':>23} {'formula':>8} {'speed-up if draft costs 5%':>27}")
for gamma in (1, 2, 4, 8):
    acc = rng.random((50_000, gamma)) < alpha
    n_accepted = np.where(acc.all(axis=1), gamma, acc.argmin(axis=1))  # accepted prefix length
    simulated = (n_accepted + 1).mean()  # +1: the target always contributes one token
    formula = (1 - alpha ** (gamma + 1)) / (1 - alpha)
    assert abs(simulated - formula) < 0.03
    print(f"{gamma:>5} {simulated:>23.2f} {formula:>8.2f} {formula / (gamma * 0.05 + 1):>27.2f}x")
