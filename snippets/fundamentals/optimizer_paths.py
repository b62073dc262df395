"""Four optimizers, 100 steps each, on the same narrow valley
f(x, y) = 0.5 * (0.02 x^2 + 2 y^2): curvature differs 100-fold between the
two directions. Optimizers from the handbook's mlref.optim module."""

import matplotlib.pyplot as plt
import numpy as np

from mlref.optim import SGD, Adam, RMSprop, minimize

curvature = np.array([0.02, 2.0])


def f(p):
    return 0.5 * (curvature * p**2).sum(axis=-1)


def grad(p):
    return curvature * p


start, n_steps = np.array([-9.0, 2.0]), 100
optimizers = {
    "gradient descent (lr 0.9)": SGD(lr=0.9),  # stable only below 2 / 2.0 = 1.0
    "momentum (lr 0.3, mu 0.8)": SGD(lr=0.3, momentum=0.8),
    "RMSprop (lr 0.3)": RMSprop(lr=0.3),
    "Adam (lr 0.3)": Adam(lr=0.3),
}

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4), width_ratios=[1.6, 1])
gx, gy = np.meshgrid(np.linspace(-10, 3, 200), np.linspace(-2.6, 2.6, 200))
levels = np.geomspace(0.01, 8, 10)
ax1.contour(gx, gy, f(np.stack([gx, gy], axis=-1)), levels=levels, colors="grey",
            linewidths=0.6)
print(f"{'optimizer':<27} steps to f < 0.01   f after 100 steps")
steps, final = {}, {}
for name, opt in optimizers.items():
    path = minimize(grad, start, opt, n_steps)
    values = f(path)
    below = np.flatnonzero(values < 0.01)
    reached = str(below[0]) if len(below) else "never"
    print(f"{name:<27} {reached:>16}   {values[-1]:17.1e}")
    short = name.split(" (")[0]
    steps[short], final[short] = below[0] if len(below) else np.inf, values[-1]
    ax1.plot(path[:, 0], path[:, 1], ".-", ms=3, lw=1, label=name)
    ax2.plot(values, label=name)
assert steps["gradient descent"] == np.inf, "plain gradient descent never gets there"
assert max(steps["RMSprop"], steps["Adam"]) < steps["momentum"] < np.inf
assert min(final, key=final.get) == "Adam", "Adam's momentum damps the bouncing"
ax1.plot(0, 0, "k*", ms=12)
ax1.set_xlabel("x (gentle direction)")
ax1.set_ylabel("y (steep direction)")
ax1.legend(fontsize=8, loc="lower right")
ax2.set_yscale("log")
ax2.set_xlabel("step")
ax2.set_ylabel("f (log scale)")
fig.savefig("optimizer_paths.svg")
plt.close(fig)
