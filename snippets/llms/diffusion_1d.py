"""DDPM (Ho et al., 2020) on 1-D data: the forward noising schedule, and reverse
sampling with the exact noise predictor a network would be trained to approximate,
with and without classifier-free guidance."""

import numpy as np

rng = np.random.default_rng(0)
T = 1000
betas = np.linspace(1e-4, 0.02, T)  # the linear schedule of the DDPM paper
alphas = 1 - betas
abar = np.cumprod(alphas)
for t in (1, 100, 500, 1000):
    print(f"t={t:>4}: signal sqrt(abar) = {np.sqrt(abar[t - 1]):.4f}, noise sqrt(1-abar) = {np.sqrt(1 - abar[t - 1]):.4f}")
assert np.sqrt(abar[-1]) < 0.01  # x_T is essentially pure Gaussian noise

# Data: two overlapping classes, x0 ~ N(-1, 0.5^2) ("-") or N(+1, 0.5^2) ("+"), equally likely.
mus, s0 = np.array([-1.0, 1.0]), 0.5

# Closed form q(x_t | x_0) = N(sqrt(abar) x0, 1 - abar) matches running the chain step by step.
x0 = rng.choice(mus, 20000) + s0 * rng.normal(size=20000)
x = x0.copy()
for t in range(500):
    x = np.sqrt(alphas[t]) * x + np.sqrt(betas[t]) * rng.normal(size=x.size)
closed = np.sqrt(abar[499]) * x0 + np.sqrt(1 - abar[499]) * rng.normal(size=x0.size)
print(f"\nstd at t=500: chain {x.std():.3f}, closed form {closed.std():.3f}")
assert abs(x.std() - closed.std()) < 0.03


def eps_hat(x, t, classes):
    """Optimal noise prediction -sqrt(1-abar) * score of the noised data (mixture over `classes`)."""
    m = np.sqrt(abar[t]) * mus[classes]
    var = abar[t] * s0**2 + 1 - abar[t]
    logw = -0.5 * (x[:, None] - m) ** 2 / var
    w = np.exp(logw - logw.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    score = (w * (m - x[:, None]) / var).sum(axis=1)
    return -np.sqrt(1 - abar[t]) * score


def sample(n, guidance=None):
    """Reverse DDPM steps; guidance w mixes eps = eps_uncond + w * (eps_cond - eps_uncond)."""
    x = rng.normal(size=n)  # start from pure noise
    for t in reversed(range(T)):
        e = eps_hat(x, t, [0, 1])
        if guidance is not None:  # classifier-free guidance toward class "+"
            e = e + guidance * (eps_hat(x, t, [1]) - e)
        x = (x - betas[t] / np.sqrt(1 - abar[t]) * e) / np.sqrt(alphas[t])
        if t > 0:
            x += np.sqrt(betas[t]) * rng.normal(size=n)
    return x


print()
results = {}
for label, g in [("unconditional", None), ("class +, w = 1", 1.0), ("class +, w = 3", 3.0)]:
    xs = sample(4000, g)
    results[label] = xs
    print(f"{label:<14}: mean {xs.mean():+.2f}, std {xs.std():.2f}, share below 0 {np.mean(xs < 0):.1%}")
u, c, g3 = results.values()
assert abs(u.mean()) < 0.05 and abs(u.std() - np.sqrt(1 + s0**2)) < 0.05  # matches the data
assert abs(c.mean() - 1) < 0.05 and abs(c.std() - s0) < 0.05  # w = 1: the class-conditional
assert g3.mean() > c.mean() + 0.15 and g3.std() < c.std() and np.mean(g3 < 0) < np.mean(c < 0)  # w > 1: less diverse
