"""Message passing in one line: GCN-style neighbour averaging, then a linear model."""

import numpy as np
from sklearn.linear_model import LogisticRegression

rng = np.random.default_rng(0)
n_per, p_in, p_out = 100, 0.08, 0.01  # two communities, few links between them
labels = np.repeat([0, 1], n_per)
n = labels.size
same = labels[:, None] == labels[None, :]
A = np.triu(rng.random((n, n)) < np.where(same, p_in, p_out), 1)
A = (A | A.T).astype(float)  # undirected, no self-loops yet
# node features: a weak class signal buried in noise
X = rng.normal(size=(n, 8)) + 0.4 * (2 * labels[:, None] - 1)

A_hat = A + np.eye(n)  # add self-loops
d = A_hat.sum(axis=1)
A_norm = A_hat / np.sqrt(np.outer(d, d))  # D^-1/2 (A + I) D^-1/2, as in a GCN

pick = lambda offset: offset + rng.choice(n_per, 5, replace=False)
train = np.r_[pick(0), pick(n_per)]  # 5 labelled nodes per community
test = np.setdiff1d(np.arange(n), train)  # the other 190 nodes
print(f"{n} nodes, {int(A.sum() / 2)} edges, mean degree {A.sum(1).mean():.1f}, "
      f"{len(train)} labelled")
print(f"{'propagation steps':>18} {'test accuracy':>14} {'feature spread':>15}")
H, accuracy = X.copy(), {}
for k in range(65):
    if k in (0, 1, 2, 4, 16, 64):
        clf = LogisticRegression().fit(H[train], labels[train])
        acc = accuracy[k] = clf.score(H[test], labels[test])
        spread = H.std(axis=0).mean()  # shrinks as the nodes become alike
        print(f"{k:>18} {acc:>14.2f} {spread:>15.3f}")
    H = A_norm @ H  # one round of neighbour averaging
assert accuracy[2] > accuracy[0] + 0.1, "averaging over neighbours cancels the noise"
assert accuracy[64] < 0.65, "over-smoothing: after 64 rounds, close to chance"
