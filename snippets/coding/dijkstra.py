"""Dijkstra with a binary heap and lazy deletion, checked against SciPy."""

import heapq
import math

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra as scipy_dijkstra


def dijkstra(graph: dict[int, list[tuple[int, float]]], source: int):
    """Shortest distances and predecessors from source. O((V + E) log V).

    Needs non-negative weights: a settled node's distance is final only then.
    """
    dist = {source: 0.0}
    prev: dict[int, int] = {}
    heap = [(0.0, source)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue  # stale entry: a shorter path was found later
        done.add(node)
        for nxt, w in graph.get(node, []):
            if w < 0:
                raise ValueError("negative edge weight: use Bellman-Ford")
            if d + w < dist.get(nxt, math.inf):
                dist[nxt] = d + w
                prev[nxt] = node
                heapq.heappush(heap, (d + w, nxt))
    return dist, prev


def path_to(prev: dict[int, int], source: int, target: int) -> list[int]:
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]


g = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: []}
toy_dist, toy_prev = dijkstra(g, 0)
assert toy_dist == {0: 0, 1: 3, 2: 1, 3: 4}
# 0 -> 2 -> 1 -> 3 costs 1 + 2 + 1; the direct edge 0 -> 1 alone costs 4.
assert path_to(toy_prev, 0, 3) == [0, 2, 1, 3]
try:
    dijkstra({0: [(1, -1.0)]}, 0)
except ValueError as error:
    print("negative weight:", error)
else:
    raise AssertionError("a negative weight should be refused")

# Random sparse graph, 300 nodes and about 2400 edges, against scipy.
rng = np.random.default_rng(0)
n = 300
cheapest: dict[tuple[int, int], float] = {}
sources, targets = rng.integers(0, n, (2, 2400)).tolist()
weights = rng.uniform(0.1, 10, 2400).tolist()
for a, b, w in zip(sources, targets, weights):
    # Skip self-loops; keep only the cheapest of parallel edges.
    if a != b and w < cheapest.get((a, b), math.inf):
        cheapest[a, b] = w
graph: dict[int, list[tuple[int, float]]] = {}
for (a, b), w in cheapest.items():
    graph.setdefault(a, []).append((b, w))
rows, cols = zip(*cheapest)
matrix = csr_matrix((list(cheapest.values()), (rows, cols)), shape=(n, n))
reference = scipy_dijkstra(matrix, indices=0)
dist, _ = dijkstra(graph, 0)
ours = np.array([dist.get(v, np.inf) for v in range(n)])
assert np.allclose(ours, reference)

print("toy graph distances from 0:", toy_dist)
print("toy graph path 0 -> 3:", path_to(toy_prev, 0, 3))
print(
    f"random graph: {len(cheapest)} edges, "
    f"{np.isfinite(ours).sum()} nodes reachable, "
    f"farthest at {ours[np.isfinite(ours)].max():.2f}\n"
    "all distances match scipy"
)
