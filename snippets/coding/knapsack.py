"""0/1 knapsack by dynamic programming, with the items, vs brute force."""

import itertools
import random


def knapsack(
    weights: list[int], values: list[int], capacity: int
) -> tuple[int, list[int]]:
    """Best total value within capacity, and the indices of the items taken.

    best[i][c] = best value using the first i items with capacity c:
    best[i][c] = max(best[i-1][c], best[i-1][c - w_i] + v_i). O(n * C) time and
    space; the value alone needs one row of C + 1. Pseudo-polynomial: C is a
    number, not an input size.
    """
    n = len(weights)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (w, v) in enumerate(zip(weights, values), start=1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], capacity
    # Walk back: a value that changed from row i-1 means item i-1 was taken.
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= weights[i - 1]
    return best[n][capacity], chosen[::-1]


def knapsack_value_1d(
    weights: list[int], values: list[int], capacity: int
) -> int:
    """Same value in O(C) memory; capacity runs downward: each item once."""
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]


value, items = knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7)
assert (value, items) == (9, [1, 2])  # weights 3 + 4, values 4 + 5
assert knapsack([], [], 10) == (0, [])
assert knapsack([5], [10], 4) == (0, [])

rng = random.Random(0)
for _ in range(200):
    n = rng.randint(0, 8)
    w = [rng.randint(1, 10) for _ in range(n)]
    v = [rng.randint(0, 20) for _ in range(n)]
    cap = rng.randint(0, 25)
    brute = max(
        sum(v[i] for i in s)
        for r in range(n + 1)
        for s in itertools.combinations(range(n), r)
        if sum(w[i] for i in s) <= cap
    )
    got, chosen = knapsack(w, v, cap)
    assert got == brute == knapsack_value_1d(w, v, cap)
    assert (
        sum(w[i] for i in chosen) <= cap and sum(v[i] for i in chosen) == got
    )

print(
    "weights [1, 3, 4, 5], values [1, 4, 5, 7], capacity 7 ->",
    f"value {value}, items {items}",
)
print(
    "200 random instances: DP table, 1-D DP and brute force "
    "(2^n subsets) agree"
)
