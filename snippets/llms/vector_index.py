"""Exact vs approximate nearest-neighbour search: an IVF index (k-means lists, probe
a few) and product quantization (8-byte codes), measured by recall@10."""

import numpy as np
from sklearn.cluster import KMeans

rng = np.random.default_rng(0)
n, d, n_queries, k = 20_000, 32, 200, 10
centers = rng.normal(size=(200, d)) * 1.0
X = (centers[rng.integers(0, 200, n)] + rng.normal(size=(n, d))).astype(np.float32)
Q = (centers[rng.integers(0, 200, n_queries)] + rng.normal(size=(n_queries, d))).astype(np.float32)


def sq_dists(a, b):
    return (a**2).sum(1)[:, None] - 2 * a @ b.T + (b**2).sum(1)[None, :]


exact = np.argsort(sq_dists(Q, X), axis=1)[:, :k]  # brute force: the ground truth


def recall(found):
    return np.mean([len(set(f) & set(e)) / k for f, e in zip(found, exact)])


# IVF: cluster the corpus into n_lists, search only the n_probe lists nearest the query.
n_lists = 128
km = KMeans(n_clusters=n_lists, n_init=1, random_state=0).fit(X)
lists = [np.flatnonzero(km.labels_ == c) for c in range(n_lists)]
print(f"IVF with {n_lists} lists")
print(f"{'n_probe':>7} {'vectors scanned':>16} {'recall@10':>10}")
ivf = {}
for n_probe in (1, 4, 16, 32):
    probe = np.argsort(sq_dists(Q, km.cluster_centers_), axis=1)[:, :n_probe]
    found, scanned = [], 0
    for qi, cs in enumerate(probe):
        cand = np.concatenate([lists[c] for c in cs])
        scanned += len(cand)
        found.append(cand[np.argsort(sq_dists(Q[qi:qi + 1], X[cand])[0])[:k]])
    ivf[n_probe] = recall(found)
    print(f"{n_probe:>7} {scanned / n_queries / n:>15.1%} {ivf[n_probe]:>10.1%}")
assert ivf[1] < ivf[4] < ivf[16] < ivf[32] and ivf[32] > 0.9

# Product quantization: split each vector into m = 8 sub-vectors of 4 dims and replace each by
# the id of its nearest of 256 centroids: 8 bytes per vector instead of 32 x 4 = 128.
m, ks = 8, 256
sub = d // m
codebooks, codes = [], np.empty((n, m), dtype=np.uint8)
for j in range(m):
    kmj = KMeans(n_clusters=ks, n_init=1, random_state=0, max_iter=20).fit(X[:, j * sub:(j + 1) * sub])
    codebooks.append(kmj.cluster_centers_)
    codes[:, j] = kmj.labels_
# Asymmetric distance: exact query vs quantized database, via m lookup tables.
tables = np.stack([sq_dists(Q[:, j * sub:(j + 1) * sub], codebooks[j]) for j in range(m)], axis=1)
approx = tables[:, np.arange(m)[:, None], codes.T].sum(axis=1)  # (queries, n)
pq_top = np.argsort(approx, axis=1)
pq_recall = recall(pq_top[:, :k])
# Re-rank the PQ shortlist of 100 with the full vectors.
rerank = [c[np.argsort(sq_dists(Q[i:i + 1], X[c])[0])[:k]] for i, c in enumerate(pq_top[:, :100])]
print(f"\nPQ, {m} bytes/vector ({4 * d // m}x smaller): recall@10 {pq_recall:.1%}; "
      f"re-ranking its top 100 exactly: {recall(rerank):.1%}")
assert pq_recall < recall(rerank) and recall(rerank) > 0.9
