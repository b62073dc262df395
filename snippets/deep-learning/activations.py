"""Common activation functions and their derivatives, side by side."""

import matplotlib.pyplot as plt
import numpy as np
from scipy.special import erf

x = np.linspace(-5, 5, 1001)
phi = 0.5 * (1 + erf(x / np.sqrt(2)))          # standard normal CDF
pdf = np.exp(-x**2 / 2) / np.sqrt(2 * np.pi)   # standard normal density
sig = 1 / (1 + np.exp(-x))

acts = {  # name: (f(x), f'(x))
    "sigmoid": (sig, sig * (1 - sig)),
    "tanh": (np.tanh(x), 1 - np.tanh(x) ** 2),
    "ReLU": (np.maximum(0, x), (x > 0).astype(float)),
    "leaky ReLU (0.1)": (np.where(x > 0, x, 0.1 * x), np.where(x > 0, 1.0, 0.1)),
    "GELU": (x * phi, phi + x * pdf),
}

print(f"{'activation':<17} {'max slope':>9} {'at x=-4':>8} {'at x=4':>8}")
for name, (f, d) in acts.items():
    at = lambda v: d[np.argmin(np.abs(x - v))]
    print(f"{name:<17} {d.max():>9.3f} {at(-4):>8.3f} {at(4):>8.3f}")
for name in ("sigmoid", "tanh"):
    assert acts[name][1][np.abs(x) >= 4].max() < 0.02, f"{name} saturates"
relu_slope = acts["ReLU"][1]
assert np.all(relu_slope[x > 0] == 1) and np.all(relu_slope[x < 0] == 0)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.6))
for name, (f, d) in acts.items():
    axes[0].plot(x, f, label=name)
    axes[1].plot(x, d, label=name)
axes[0].set_ylim(-1.5, 3)
axes[0].set_title("activation f(x)")
axes[1].set_title("derivative f'(x)")
axes[1].set_ylim(-0.15, 1.2)
for ax in axes:
    ax.set_xlabel("x")
axes[0].legend(fontsize=8)
fig.tight_layout()
fig.savefig("activations.svg")
plt.close(fig)
