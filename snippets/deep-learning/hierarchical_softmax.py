"""Hierarchical softmax on a Huffman tree: probabilities still sum to 1, at about log2(V) binary decisions."""

import heapq
from itertools import count

import numpy as np

rng = np.random.default_rng(0)
V, d = 10_000, 16
freq = 1 / np.arange(1, V + 1)                  # Zipf's law: frequency of rank r ~ 1/r
freq /= freq.sum()

# Huffman tree: repeatedly merge the two least frequent nodes
tie = count()
heap = [(f, next(tie), ("leaf", w)) for w, f in enumerate(freq)]
heapq.heapify(heap)
n_inner = 0
while len(heap) > 1:
    f1, _, a = heapq.heappop(heap)
    f2, _, b = heapq.heappop(heap)
    heapq.heappush(heap, (f1 + f2, next(tie), ("node", n_inner, a, b)))
    n_inner += 1
root = heap[0][2]

paths = {}                                      # word -> list of (inner node, go left?)
stack = [(root, [])]
while stack:
    node, path = stack.pop()
    if node[0] == "leaf":
        paths[node[1]] = path
    else:
        _, i, left, right = node
        stack.append((left, path + [(i, True)]))
        stack.append((right, path + [(i, False)]))

depth = np.array([len(paths[w]) for w in range(V)])
print(f"V = {V:,}: inner nodes {n_inner:,} (= V - 1), log2 V = {np.log2(V):.1f}")
print(f"path length: most frequent word {depth[0]}, rarest {depth.max()}, "
      f"frequency-weighted mean {freq @ depth:.2f}")
assert n_inner == V - 1 and freq @ depth < np.log2(V)

# each inner node has a vector; P(word | h) = product of sigmoids along its path
node_vecs = rng.normal(0, 0.5, (n_inner, d))
h = rng.normal(size=d)
sigmoid = lambda z: 1 / (1 + np.exp(-z))
s = sigmoid(node_vecs @ h)                      # P(go left) at every inner node
prob = np.array([np.prod([s[i] if left else 1 - s[i] for i, left in paths[w]]) for w in range(V)])
print(f"sum of P(word) over all {V:,} words = {prob.sum():.9f}")
print(f"dot products per word: full softmax {V:,} (all logits for the normalizer), "
      f"hierarchical {freq @ depth:.1f} on average")
assert np.isclose(prob.sum(), 1.0)
