"""Distances from one query point to 1,000 uniform random points in the unit
cube: as the dimension grows, the nearest and the farthest point end up at
almost the same distance, so "nearest" stops meaning much."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
n_points = 1000
dims = [1, 2, 10, 100, 1000, 10000]

print("    d   nearest  farthest  (far-near)/near  edge of sub-cube with 1 % volume")
fig, ax = plt.subplots(figsize=(7, 3.8))
gaps = []
for d in dims:
    X = rng.uniform(size=(n_points, d))
    q = rng.uniform(size=d)
    dist = np.sqrt(((X - q) ** 2).sum(axis=1))
    near, far = dist.min(), dist.max()
    edge = 0.01 ** (1 / d)  # a sub-cube with 1 % of the volume (10 of the 1000 points)
    print(f"{d:>5}  {near:8.3f}  {far:8.3f}  {(far - near) / near:15.2f}  {edge:10.3f}")
    gaps.append((far - near) / near)
    if 2 <= d <= 1000:
        ax.hist(dist / dist.mean(), bins=100, range=(0, 2), density=True,
                histtype="step", lw=1.5, label=f"d = {d}")
assert np.all(np.diff(gaps) < 0) and gaps[-1] < 0.05, "distances concentrate"
ax.set_xlabel("distance / mean distance")
ax.set_ylabel("density")
ax.legend()
fig.savefig("distance_concentration.svg")
plt.close(fig)
