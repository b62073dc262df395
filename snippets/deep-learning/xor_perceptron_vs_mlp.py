"""A perceptron learns AND but never XOR; one hidden layer is enough for XOR."""

import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
targets = {"AND": np.array([0, 0, 0, 1]), "XOR": np.array([0, 1, 1, 0])}


def perceptron(X, y, epochs=100):
    w, b = np.zeros(2), 0.0
    for epoch in range(1, epochs + 1):
        errors = 0
        for xi, yi in zip(X, y):
            pred = int(xi @ w + b > 0)          # step activation
            w += (yi - pred) * xi               # perceptron rule, learning rate 1
            b += yi - pred
            errors += pred != yi
        if errors == 0:
            return f"converged after {epoch} epochs, w={w}, b={b}"
    return f"still {errors} mistakes per epoch after {epochs} epochs"


for name, y in targets.items():
    result = perceptron(X, y)
    print(f"perceptron on {name}: {result}")
    assert result.startswith("converged") == (name == "AND"), "XOR is not separable"

# 2-8-1 network: tanh hidden layer, sigmoid output, cross-entropy, gradient descent
rng = np.random.default_rng(0)
y = targets["XOR"][:, None]
W1, b1 = rng.normal(0, 1, (2, 8)), np.zeros(8)
W2, b2 = rng.normal(0, 1, (8, 1)), np.zeros(1)
for step in range(2000):
    h = np.tanh(X @ W1 + b1)
    p = 1 / (1 + np.exp(-(h @ W2 + b2)))
    dz2 = (p - y) / len(X)                  # d(cross-entropy)/d(logit)
    dh = dz2 @ W2.T * (1 - h**2)            # back through W2, then tanh
    W2 -= 1.0 * h.T @ dz2
    b2 -= 1.0 * dz2.sum(0)
    W1 -= 1.0 * X.T @ dh
    b1 -= 1.0 * dh.sum(0)
print("MLP on XOR: predicted", np.round(p.ravel(), 3), "targets", y.ravel())
assert np.array_equal(p.round(), y), "one hidden layer is enough for XOR"
