"""How far back can a gradient reach? Vanilla tanh RNN vs the LSTM cell path."""

import numpy as np

rng = np.random.default_rng(0)
hidden, T = 32, 60
# orthogonal matrix: all its singular values are 1
Q, _ = np.linalg.qr(rng.normal(size=(hidden, hidden)))
x = rng.normal(0, 1, size=(T, hidden))  # inputs, already projected to hidden size
ks = (1, 10, 30, 59)

print("||dh_T / dh_(T-k)||: size of the gradient that reaches k steps back")
print(f"{'':<31}" + "".join(f"{'k=' + str(k):>10}" for k in ks))
after_30 = {}
for scale in (0.5, 1.0, 1.5, 3.0):
    W = scale * Q  # every singular value equals `scale`
    h, hs = np.zeros(hidden), []
    for t in range(T):
        h = np.tanh(h @ W + x[t])
        hs.append(h)
    # multiply the per-step Jacobians backwards from the last step;
    # in row-vector form dh_t/dh_(t-1) = W diag(1 - h_t^2)
    J, norms = np.eye(hidden), {}
    for k in range(1, T):
        J = (W * (1 - hs[T - k] ** 2)) @ J
        norms[k] = np.linalg.norm(J, 2)
    label = f"tanh RNN, W = {scale} x orthogonal"
    print(f"{label:<31}" + "".join(f"{norms[k]:>10.1e}" for k in ks))
    after_30[scale] = norms[30]
assert after_30[0.5] < 1e-10 and after_30[3.0] > 1e3, "vanishing or exploding"

# LSTM cell path: dc_t/dc_(t-1) = diag(f_t), no weight matrix and no squashing
for f in (0.9, 0.99):
    label = f"LSTM cell, forget gate {f}"
    print(f"{label:<31}" + "".join(f"{f**k:>10.1e}" for k in ks))
