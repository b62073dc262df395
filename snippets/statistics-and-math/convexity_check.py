"""Convex or not: the logistic loss has a PSD Hessian everywhere; a tiny neural network's loss does not."""

import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(200, 3))
y = (X @ np.array([1.5, -2.0, 0.5]) + rng.normal(size=200) > 0).astype(float)


def logistic_loss(w):
    z = X @ w
    return np.mean(np.logaddexp(0, z) - y * z)      # stable -[y log p + (1 - y) log(1 - p)]


# 1) Hessian X^T diag(p(1-p)) X / n is positive semidefinite at any w: check many random points
min_eig = np.inf
for _ in range(1000):
    w = rng.normal(scale=3, size=3)
    p = 1 / (1 + np.exp(-X @ w))
    H = X.T @ (X * (p * (1 - p))[:, None]) / len(X)
    min_eig = min(min_eig, np.linalg.eigvalsh(H).min())
print(f"logistic loss: smallest Hessian eigenvalue over 1,000 random points = {min_eig:.2e} (>= 0)")
assert min_eig >= 0

# 2) the chord test f(t a + (1-t) b) <= t f(a) + (1-t) f(b) holds for logistic regression...
worst = max(logistic_loss(0.5 * a + 0.5 * b) - 0.5 * (logistic_loss(a) + logistic_loss(b))
            for a, b in (rng.normal(scale=3, size=(2, 3)) for _ in range(1000)))
print(f"logistic loss: largest violation of the chord inequality = {worst:.3f} (<= 0)")
assert worst <= 0


# 3) ...and fails for a network: swapping two hidden units gives an equally good solution,
#    but the midpoint between the two solutions is worse than either
def net_loss(W1, w2):
    h = np.tanh(X @ W1)
    z = h @ w2
    return np.mean(np.logaddexp(0, z) - y * z)


W1 = rng.normal(size=(3, 2)); w2 = rng.normal(size=2)
for _ in range(3000):                               # a few thousand plain gradient steps
    h = np.tanh(X @ W1)
    g = (1 / (1 + np.exp(-h @ w2)) - y) / len(X)
    dh = np.outer(g, w2) * (1 - h**2)
    w2 -= 1.0 * h.T @ g
    W1 -= 1.0 * X.T @ dh
A = net_loss(W1, w2)
B = net_loss(W1[:, ::-1], w2[::-1])                 # the same network with its hidden units swapped
mid = net_loss((W1 + W1[:, ::-1]) / 2, (w2 + w2[::-1]) / 2)
print(f"network: loss at solution {A:.4f}, at its permuted copy {B:.4f}, at their midpoint {mid:.4f}")
assert np.isclose(A, B) and mid > A + 0.05
