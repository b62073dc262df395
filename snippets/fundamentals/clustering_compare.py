"""k-means, hierarchical (Ward and single linkage) and DBSCAN on two data
sets: round blobs with outliers, and two moons. Scored against the true
groups with the adjusted Rand index (1 = perfect, about 0 = random)."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.cluster import DBSCAN, AgglomerativeClustering, KMeans
from sklearn.datasets import make_blobs, make_moons
from sklearn.metrics import adjusted_rand_score
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
blobs, blob_y = make_blobs(n_samples=300, centers=3, cluster_std=0.6, random_state=1)
outliers = rng.uniform(blobs.min(0), blobs.max(0), size=(15, 2))
datasets = {
    "blobs + 15 outliers": (  # outliers get the label -1: a group of their own
        np.vstack([blobs, outliers]), np.r_[blob_y, np.full(15, -1)]
    ),
    "two moons": make_moons(n_samples=300, noise=0.06, random_state=0),
}
methods = {
    "k-means": lambda k: KMeans(k, n_init=10, random_state=0),
    "Ward linkage": lambda k: AgglomerativeClustering(k, linkage="ward"),
    "single linkage": lambda k: AgglomerativeClustering(k, linkage="single"),
    "DBSCAN": lambda k: DBSCAN(eps=0.3, min_samples=5),  # finds k itself
}

fig, axes = plt.subplots(2, 4, figsize=(13, 6))
scores = {}
print(f"{'data':<20} {'method':<15} clusters  noise points  ARI")
for row, (data_name, (X, y)) in zip(axes, datasets.items()):
    X = StandardScaler().fit_transform(X)
    k = len(set(y) - {-1})
    for ax, (name, make) in zip(row, methods.items()):
        labels = make(k).fit_predict(X)
        found = len(set(labels) - {-1})
        ari = adjusted_rand_score(y, labels)
        noise = np.sum(labels == -1)
        print(f"{data_name:<20} {name:<15} {found:>8}  {noise:>12}  {ari:.2f}")
        scores[data_name, name] = ari
        colours = np.where(labels < 0, 9, labels)  # noise in colour 9 (cyan)
        ax.scatter(X[:, 0], X[:, 1], c=colours, cmap="tab10", vmin=0, vmax=9, s=8)
        ax.set_title(f"{name} on {data_name}\nARI {ari:.2f}", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
blobs_ari = {name: scores["blobs + 15 outliers", name] for name in methods}
moons_ari = {name: scores["two moons", name] for name in methods}
assert max(blobs_ari, key=blobs_ari.get) == "DBSCAN", "DBSCAN sets the outliers aside"
assert min(blobs_ari, key=blobs_ari.get) == "single linkage", "single linkage chains"
assert min(moons_ari["single linkage"], moons_ari["DBSCAN"]) > 0.95, "follow the shapes"
assert max(moons_ari["k-means"], moons_ari["Ward linkage"]) < 0.5, "assume compactness"
fig.tight_layout()
fig.savefig("clustering_compare.svg")
plt.close(fig)
