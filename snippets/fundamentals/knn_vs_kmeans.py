"""Same points, two different jobs. kNN (supervised) uses the labels to
classify new points; k-means (unsupervised) never sees the labels and finds
groups whose numbering is arbitrary. Both come from the handbook's mlref
package."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_blobs
from sklearn.metrics import adjusted_rand_score, confusion_matrix

from mlref.cluster import kmeans
from mlref.neighbors import knn_predict

X, y = make_blobs(n_samples=300, centers=3, cluster_std=1.0, random_state=0)
X_tr, y_tr, X_te, y_te = X[:200], y[:200], X[200:], y[200:]

knn_pred = knn_predict(X_tr, y_tr, X_te, k=5)  # k = number of neighbours that vote
print(f"kNN (k=5) test accuracy: {np.mean(knn_pred == y_te):.3f}")

# "k" = number of clusters; the labels are never used. k-means only finds a
# local optimum, so keep the best of 10 starts (scikit-learn's n_init).
runs = [kmeans(X_tr, k=3, seed=s) for s in range(10)]
result = min(runs, key=lambda r: r.inertia)
inertias = [r.inertia for r in runs]
print(f"k-means (k=3): inertia of the 10 starts ranges {min(inertias):.0f}"
      f" to {max(inertias):.0f}; keeping the lowest")
print("true class (rows) vs k-means cluster id (columns):")
print(confusion_matrix(y_tr, result.labels))
ari = adjusted_rand_score(y_tr, result.labels)
print(f"adjusted Rand index vs true classes: {ari:.3f}")
assert ari > 0.7, "without labels, k-means still recovers the groups"
assert max(inertias) > 1.2 * min(inertias), "a local optimum: restarts matter"

g1, g2 = np.meshgrid(np.linspace(-5, 6, 120), np.linspace(-3, 9, 120))
grid = np.c_[g1.ravel(), g2.ravel()]
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
regions = knn_predict(X_tr, y_tr, grid, k=5).reshape(g1.shape)
ax1.imshow(regions, extent=(-5, 6, -3, 9), origin="lower", aspect="auto", alpha=0.2,
           cmap="viridis")
ax1.scatter(X_tr[:, 0], X_tr[:, 1], c=y_tr, s=12, cmap="viridis")
ax1.set_title("kNN, k = 5: labelled points, decision regions", fontsize=10)
ax2.scatter(X_tr[:, 0], X_tr[:, 1], c=result.labels, s=12, cmap="tab10",
            vmin=0, vmax=9)
ax2.scatter(*result.centers.T, marker="X", s=150, color="black")
ax2.set_title("k-means, k = 3: no labels, clusters and centres", fontsize=10)
fig.savefig("knn_vs_kmeans.svg")
plt.close(fig)
