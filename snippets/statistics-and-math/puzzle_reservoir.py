"""Reservoir sampling (Algorithm R): a uniform sample of k items from a
stream of unknown length, in one pass and O(k) memory. Every item ends up
in the sample with probability k/n."""

import random

import numpy as np


def reservoir_sample(stream, k: int, rng: random.Random) -> list:
    sample = []
    for i, item in enumerate(stream):  # i = 0, 1, 2, ...
        if i < k:
            sample.append(item)
        else:
            j = rng.randrange(i + 1)  # uniform on 0..i
            if j < k:  # happens with probability k/(i+1)
                sample[j] = item
    return sample


rng = random.Random(0)
n, k, runs = 20, 5, 40_000
counts = np.zeros(n)
for _ in range(runs):
    for item in reservoir_sample(range(n), k, rng):
        counts[item] += 1

freq = counts / runs
exact = k / n
se = np.sqrt(exact * (1 - exact) / runs)
print(f"analytic P(item kept) = k/n = {exact:.4f}")
print(f"simulated, {runs:,} streams: min {freq.min():.4f}, max {freq.max():.4f}")
print("first, middle and last item:", np.round(freq[[0, n // 2, n - 1]], 4))
# 20 items, each within 4 std errors (0.0087) of 0.25.
assert np.all(np.abs(freq - exact) < 4 * se)
assert reservoir_sample(range(3), 5, rng) == [0, 1, 2]  # short stream: keep all
