"""Constrained least squares in two dimensions: the loss contours first touch
the L1 diamond at a corner (w2 = 0 exactly), the L2 disc at a generic point
(both weights non-zero), and the elastic-net region in between."""

import matplotlib.pyplot as plt
import numpy as np

w_ols = np.array([2.0, 0.6])  # unpenalized least-squares solution
A = np.array([[1.5, 0.3], [0.3, 1.0]])  # curvature of the squared-error loss


def loss(w1, w2):
    d1, d2 = w1 - w_ols[0], w2 - w_ols[1]
    return A[0, 0] * d1**2 + 2 * A[0, 1] * d1 * d2 + A[1, 1] * d2**2


# Boundary of each region {w : penalty(w) <= 1} in polar form r(theta).
theta = np.linspace(-np.pi, np.pi, 36001)  # includes the axes exactly
c, s = np.cos(theta), np.sin(theta)
a = np.abs(c) + np.abs(s)
regions = {
    "L1 (lasso)": 1 / a,
    "L2 (ridge)": np.ones_like(theta),
    # 0.5 |w|_1 + 0.5 |w|_2^2 = 1, solved for the radius r
    "elastic net (50/50)": (-a + np.sqrt(a**2 + 8)) / 2,
}

fig, axes = plt.subplots(1, 3, figsize=(11, 3.9), sharey=True)
g1, g2 = np.meshgrid(np.linspace(-1.6, 2.6, 200), np.linspace(-1.6, 1.8, 200))
print("region                 constrained solution (w1, w2)")
solution = {}
for ax, (name, r) in zip(axes, regions.items()):
    b1, b2 = r * c, r * s
    # w_ols lies outside every region, so the constrained optimum is on the edge
    best = np.argmin(loss(b1, b2))
    w_hat = np.array([b1[best], b2[best]])
    w_hat[np.abs(w_hat) < 1e-9] = 0.0  # theta = 0 is on the grid up to rounding
    print(f"{name:<22} ({w_hat[0]:.2f}, {w_hat[1]:.2f})")
    solution[name] = w_hat
    ax.set_title(f"{name}: w = ({w_hat[0]:.2f}, {w_hat[1]:.2f})", fontsize=10)
    every = slice(None, None, 50)  # 721 of the 36001 edge points suffice to draw it
    ax.fill(b1[every], b2[every], alpha=0.25, color="tab:blue")
    levels = loss(*w_hat) * np.array([0.3, 1, 2])  # the middle one touches the region
    ax.contour(g1, g2, loss(g1, g2), levels=levels, colors="tab:orange", linewidths=1)
    ax.plot(*w_ols, "k+", ms=10)
    ax.annotate("least squares", w_ols, xytext=(-40, 10), textcoords="offset points",
                fontsize=9)
    ax.plot(*w_hat, "o", color="tab:red")
    ax.axhline(0, color="grey", lw=0.8)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_aspect("equal")
    ax.set_xlabel("$w_1$")
assert solution["L1 (lasso)"][1] == 0, "the diamond is touched at a corner"
w_ridge, w_enet = solution["L2 (ridge)"], solution["elastic net (50/50)"]
assert 0 < w_enet[1] < w_ridge[1], "L2 keeps both weights; elastic net lands in between"
axes[0].set_ylabel("$w_2$")
fig.savefig("regularization_geometry.svg")
plt.close(fig)
