"""The smallest network for XOR: two hidden ReLU units, set by hand; and how often training finds it."""

import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([0, 1, 1, 0])
relu = lambda z: np.maximum(z, 0)

# h1 = relu(x1 + x2), h2 = relu(x1 + x2 - 1), output = h1 - 2 h2
W1 = np.array([[1.0, 1.0], [1.0, 1.0]])
b1 = np.array([0.0, -1.0])
w2, b2 = np.array([1.0, -2.0]), 0.0
H = relu(X @ W1 + b1)
out = H @ w2 + b2
print("hidden activations:\n", H, "\noutput:", out)
assert (out == y).all()                     # exact XOR with 2 hidden units, 9 parameters

# with ONE hidden unit the output a*relu(w.x + b) + c is monotone in w.x, so any
# threshold on it is a half-plane in x: XOR's corners cannot be split that way.
# Training 2-2-1 from random starts does not always find the solution:
sigmoid = lambda z: 1 / (1 + np.exp(-z))


def trains_to_xor(hidden, seed, steps=2000, lr=2.0):
    rng = np.random.default_rng(seed)
    V1, c1 = rng.normal(0, 1, (2, hidden)), np.zeros(hidden)
    v2, c2 = rng.normal(0, 1, hidden), 0.0
    for _ in range(steps):
        h = np.tanh(X @ V1 + c1)
        p = sigmoid(h @ v2 + c2)
        g = (p - y) / 4                                  # d(mean cross-entropy)/d(logit)
        dh = np.outer(g, v2) * (1 - h**2)
        v2 -= lr * h.T @ g; c2 -= lr * g.sum()
        V1 -= lr * X.T @ dh; c1 -= lr * dh.sum(0)
    return ((p > 0.5) == y).all()


solved = {hidden: sum(trains_to_xor(hidden, seed) for seed in range(100)) for hidden in (2, 8)}
for hidden, count in solved.items():
    print(f"2-{hidden}-1 tanh network, 100 random initializations: {count} solve XOR")
assert solved[2] < 75 and solved[8] > 90   # the minimal network has bad local minima
