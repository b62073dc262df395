"""Gradient size in each layer of a 20-layer network: sigmoid vs tanh vs ReLU.

Same data, same width, one backward pass by hand. Sigmoid and tanh use Xavier
initialization, ReLU uses He initialization (the standard pairings).
"""

import matplotlib.pyplot as plt
import numpy as np

depth, width, batch = 20, 128, 256
rng = np.random.default_rng(0)
X = rng.normal(size=(batch, width))
Y = rng.normal(size=(batch, 1))

sigmoid = lambda z: 1 / (1 + np.exp(-z))
xavier, he = np.sqrt(1 / width), np.sqrt(2 / width)  # weight standard deviations
acts = {  # name: (f, its derivative f'(z), weight std)
    "sigmoid (Xavier)": (sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z)), xavier),
    "tanh (Xavier)": (np.tanh, lambda z: 1 - np.tanh(z) ** 2, xavier),
    "ReLU (He)": (lambda z: np.maximum(z, 0), lambda z: (z > 0) * 1.0, he),
}

grad_norms = {}
for name, (f, df, std) in acts.items():
    init = np.random.default_rng(1)  # identical random draws for every activation
    Ws = [init.normal(0, std, size=(width, width)) for _ in range(depth)]
    w_out = init.normal(0, np.sqrt(1 / width), size=(width, 1))

    # forward pass, keeping what backprop needs
    a, zs, inputs = X, [], []
    for W in Ws:
        inputs.append(a)
        z = a @ W
        zs.append(z)
        a = f(z)
    pred = a @ w_out
    # backward pass for the loss mean((pred - Y)^2)
    delta = (2 * (pred - Y) / batch) @ w_out.T   # dL/da of the last hidden layer
    norms = []
    for W, z, a_in in zip(Ws[::-1], zs[::-1], inputs[::-1]):
        delta = delta * df(z)                    # through the activation: dL/dz
        norms.append(np.linalg.norm(a_in.T @ delta))  # ||dL/dW|| for this layer
        delta = delta @ W.T                      # on to the previous layer
    grad_norms[name] = np.array(norms[::-1])     # index 0 = first layer

print("gradient norm ||dL/dW|| of each layer's weights")
print(f"{'network':<18}" + "".join(f"{c:>10}" for c in ("layer 20", "layer 10", "layer 1"))
      + f"{'ratio 1/20':>12}")
for name, g in grad_norms.items():
    print(f"{name:<18} {g[-1]:>9.2e} {g[9]:>9.2e} {g[0]:>9.2e} {g[0] / g[-1]:>11.1e}")
ratio = {name: g[0] / g[-1] for name, g in grad_norms.items()}
assert ratio["sigmoid (Xavier)"] < 1e-10, "sigmoid: the gradient vanishes"
assert all(0.3 < ratio[name] < 3 for name in ("tanh (Xavier)", "ReLU (He)"))

fig, ax = plt.subplots(figsize=(6.5, 3.6))
for name, g in grad_norms.items():
    ax.semilogy(np.arange(1, depth + 1), g, marker="o", ms=3, label=name)
ax.set_xlabel("layer (1 = next to the input)")
ax.set_ylabel("gradient norm ||dL/dW||")
ax.set_xticks([1, 5, 10, 15, 20])
ax.legend()
fig.tight_layout()
fig.savefig("gradient_per_layer.svg")
plt.close(fig)
