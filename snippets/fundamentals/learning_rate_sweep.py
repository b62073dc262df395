"""Gradient descent on f(w) = 0.5 * (w1^2 + 10 w2^2) with four learning
rates. The curvatures are 1 and 10: any rate above 2 / 10 = 0.2 diverges, and
the best fixed rate is 2 / (10 + 1) = 0.18."""

import matplotlib.pyplot as plt
import numpy as np

from mlref.optim import SGD, minimize

curvature = np.array([1.0, 10.0])
start = np.array([1.0, 1.0])
print(" lr    f after 50 steps   verdict")
fig, ax = plt.subplots(figsize=(7, 3.8))
final = {}
for lr in (0.01, 0.1, 0.18, 0.21):
    path = minimize(lambda w: curvature * w, start, SGD(lr=lr), n_steps=50)
    values = 0.5 * (curvature * path**2).sum(axis=1)
    if values[-1] > values[0]:
        verdict = "diverges"
    else:
        verdict = "too slow" if values[-1] > 1e-3 else "converges"
    print(f"{lr:4.2f}  {values[-1]:16.2e}   {verdict}")
    final[lr] = values[-1]
    ax.plot(values, label=f"lr = {lr}")
assert final[0.21] > final[0.01] > 1e-3, "above 2 / 10 diverges; 0.01 is too slow"
assert min(final, key=final.get) == 0.18, "the best rate is 2 / (10 + 1)"
ax.set_yscale("log")
ax.set_ylim(1e-14, 1e6)
ax.set_xlabel("step")
ax.set_ylabel("f (log scale)")
ax.legend()
fig.savefig("learning_rate_sweep.svg")
plt.close(fig)
