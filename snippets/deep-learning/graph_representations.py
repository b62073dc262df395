"""One small graph as an edge list, adjacency list and adjacency matrix; message passing on each."""

from collections import defaultdict

import numpy as np
from scipy import sparse

edges = [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4)]       # undirected: each pair once
n = 5

adj_list = defaultdict(list)
for u, v in edges:
    adj_list[u].append(v)
    adj_list[v].append(u)                               # store both directions
A = np.zeros((n, n), dtype=int)
for u, v in edges:
    A[u, v] = A[v, u] = 1
print("adjacency list:", dict(adj_list))
print("adjacency matrix:\n", A)
assert (A == A.T).all()                                  # undirected <=> symmetric
assert A.sum() == 2 * len(edges)                         # each edge appears twice
print("degrees:", A.sum(1))

# a directed version (who follows whom) is not symmetric: out-degree = row sums, in-degree = column sums
D = np.zeros((n, n), dtype=int)
for u, v in edges:
    D[u, v] = 1
print("directed: out-degree", D.sum(1), "in-degree", D.sum(0))
assert not (D == D.T).all()

# (A^k)[i, j] counts the walks of length k from i to j
A2 = A @ A
print("walks of length 2 from node 0 to node 3:", A2[0, 3], "(0-2-3)")
assert A2[0, 3] == 1 and A2[0, 0] == 2                   # diagonal of A^2 = degree

# one message-passing step (sum of neighbour features) three ways: they agree
rng = np.random.default_rng(0)
H = rng.normal(size=(n, 3))
by_list = np.array([H[adj_list[v]].sum(0) for v in range(n)])
by_dense = A @ H
S = sparse.csr_matrix(A)
by_sparse = S @ H
assert np.allclose(by_list, by_dense) and np.allclose(by_dense, by_sparse)
print("neighbour sums agree: list loop = dense A @ H = sparse A @ H")

# memory for a social-network-sized graph: a million nodes, average degree 100
nodes, avg_deg = 1_000_000, 100
dense_bytes = nodes**2 / 8                               # even at one bit per entry
csr_bytes = nodes * avg_deg * 4 + (nodes + 1) * 8        # int32 column indices + int64 row pointers
print(f"dense bit matrix {dense_bytes / 1e9:,.0f} GB vs CSR adjacency {csr_bytes / 1e9:.1f} GB")
assert dense_bytes > 100 * csr_bytes
