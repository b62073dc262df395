"""k-means from scratch (mlref.cluster): k-means++ seeds, vectorized steps and
a convergence check, against scikit-learn.
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import adjusted_rand_score

from mlref.cluster import kmeans
from mlref.neighbors import pairwise_sq_distances


def random_init_kmeans(X, k, seed, iters=100):
    """Lloyd's algorithm from k uniformly drawn points; returns the inertia."""
    rng = np.random.default_rng(seed)
    centers = X[rng.choice(len(X), k, replace=False)]
    for _ in range(iters):
        labels = pairwise_sq_distances(X, centers).argmin(1)
        centers = np.array(
            [
                X[labels == j].mean(0) if np.any(labels == j) else centers[j]
                for j in range(k)
            ]
        )
    return pairwise_sq_distances(X, centers).min(1).sum()


X, _ = make_blobs(
    n_samples=1000,
    centers=8,
    cluster_std=0.7,
    center_box=(-15, 15),
    random_state=0,
)

ours = kmeans(X, k=8, seed=0)
ref = KMeans(n_clusters=8, n_init=10, random_state=0).fit(X)
print(f"ours: inertia {ours.inertia:.1f} after {ours.iterations} iterations")
print(f"scikit-learn (best of 10 starts): inertia {ref.inertia_:.1f}")
print(
    "agreement of the two labelings (adjusted Rand index): "
    f"{adjusted_rand_score(ours.labels, ref.labels_):.3f}"
)
assert np.isclose(ours.inertia, ref.inertia_), "ours should match scikit-learn"
assert np.isclose(adjusted_rand_score(ours.labels, ref.labels_), 1)

# Why k-means++: uniform random seeds land in poor local optima more often.
plus = np.array([kmeans(X, 8, seed=s).inertia for s in range(50)])
uniform = np.array([random_init_kmeans(X, 8, s) for s in range(50)])
best = min(plus.min(), uniform.min())
print(
    "runs within 1% of the best inertia, out of 50 seeds: "
    f"k-means++ {np.sum(plus < 1.01 * best)}, "
    f"uniform {np.sum(uniform < 1.01 * best)}"
)
print(
    f"mean inertia / best: k-means++ {plus.mean() / best:.2f}, "
    f"uniform {uniform.mean() / best:.2f}"
)
assert np.sum(plus < 1.01 * best) > np.sum(uniform < 1.01 * best)
assert plus.mean() < uniform.mean()

fig, ax = plt.subplots(figsize=(5, 4))
ax.scatter(X[:, 0], X[:, 1], c=ours.labels, s=10, cmap="tab10", alpha=0.7)
ax.scatter(
    ours.centers[:, 0],
    ours.centers[:, 1],
    c="black",
    marker="x",
    s=120,
    linewidths=3,
    label="centres",
)
ax.set_title(f"k-means, k=8: inertia {ours.inertia:.0f}")
ax.legend(loc="lower right")
fig.tight_layout()
fig.savefig("kmeans_clusters.svg")
plt.close(fig)
