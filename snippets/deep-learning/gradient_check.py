"""Backpropagation by hand for a 2-layer classifier, checked by finite differences."""

import numpy as np

rng = np.random.default_rng(0)
n, d, hidden, classes = 32, 5, 8, 3
X = rng.normal(size=(n, d))
y = rng.integers(0, classes, size=n)
params = {"W1": rng.normal(0, 0.5, (d, hidden)), "b1": np.zeros(hidden),
          "W2": rng.normal(0, 0.5, (hidden, classes)), "b2": np.zeros(classes)}


def forward(p):
    z1 = X @ p["W1"] + p["b1"]
    a1 = np.maximum(z1, 0)  # ReLU
    z2 = a1 @ p["W2"] + p["b2"]
    z2 = z2 - z2.max(axis=1, keepdims=True)  # stable softmax
    probs = np.exp(z2) / np.exp(z2).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()  # cross-entropy
    return loss, (z1, a1, probs)


def backward(p, cache):
    z1, a1, probs = cache
    dz2 = probs.copy()
    dz2[np.arange(n), y] -= 1  # softmax + CE: p - onehot(y)
    dz2 /= n
    da1 = dz2 @ p["W2"].T  # chain rule through W2
    dz1 = da1 * (z1 > 0)  # through ReLU
    return {"W2": a1.T @ dz2, "b2": dz2.sum(0),
            "W1": X.T @ dz1, "b1": dz1.sum(0)}


loss, cache = forward(params)
grads = backward(params, cache)
print(f"loss at random initialization: {loss:.4f}")
eps, n_params = 1e-6, 0
for name, value in params.items():
    numeric = np.zeros_like(value)
    # central differences, one entry at a time
    for idx in np.ndindex(value.shape):
        old = value[idx]
        value[idx] = old + eps
        up = forward(params)[0]
        value[idx] = old - eps
        down = forward(params)[0]
        value[idx] = old
        numeric[idx] = (up - down) / (2 * eps)
    n_params += value.size
    g = grads[name]
    rel = np.linalg.norm(g - numeric) / np.linalg.norm(g + numeric)
    print(f"{name}: relative error backprop vs numeric = {rel:.1e}")
    assert rel < 1e-7, f"the backward pass for {name} disagrees with finite differences"
print(f"cost: numeric {2 * n_params} forward passes; backprop 1 forward, 1 backward")
