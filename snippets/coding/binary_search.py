"""One binary-search template: the first index where a monotone test holds."""

import bisect
import math
import random
from typing import Callable


def first_true(lo: int, hi: int, pred: Callable[[int], bool]) -> int:
    """Smallest x in [lo, hi) with pred(x) true, or hi if there is none.

    pred must be False...False True...True. O(log(hi - lo)) calls.
    Invariant: the answer is always in [lo, hi].
    """
    while lo < hi:
        mid = (
            lo + hi
        ) // 2  # Python ints do not overflow; in C use lo + (hi - lo) / 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def lower_bound(a: list[int], x: int) -> int:
    """First index i with a[i] >= x (the insertion point), like bisect_left."""
    return first_true(0, len(a), lambda i: a[i] >= x)


def search(a: list[int], x: int) -> int:
    """Index of x in sorted a, or -1."""
    i = lower_bound(a, x)
    return i if i < len(a) and a[i] == x else -1


def integer_sqrt(n: int) -> int:
    """floor(sqrt(n)) exactly: search for the first r with r*r > n."""
    return first_true(0, n + 2, lambda r: r * r > n) - 1


def min_capacity(weights: list[int], days: int) -> int:
    """Least ship capacity that moves the packages, in order, within days."""

    def fits(cap: int) -> bool:
        needed, load = 1, 0
        for w in weights:
            if load + w > cap:
                needed, load = needed + 1, 0
            load += w
        return needed <= days

    return first_true(max(weights), sum(weights), fits)


rng = random.Random(0)
for _ in range(500):
    a = sorted(rng.randint(0, 20) for _ in range(rng.randint(0, 15)))
    x = rng.randint(-2, 22)
    assert lower_bound(a, x) == bisect.bisect_left(a, x)
    assert (search(a, x) != -1) == (x in a)
big = (10**15 + 1) ** 2 - 1  # just below a perfect square
for n in [0, 1, 2, 3, 4, 15, 16, 17, big]:
    assert integer_sqrt(n) == math.isqrt(n)
assert min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) == 15

assert int(math.sqrt(big)) != math.isqrt(big), "float sqrt rounds up here"

print("lower_bound([1, 3, 3, 5], 3) =", lower_bound([1, 3, 3, 5], 3))
print(
    f"n = (10**15 + 1)**2 - 1:\n  integer_sqrt(n)    -> {integer_sqrt(big)}\n"
    f"  int(math.sqrt(n)) -> {int(math.sqrt(big))}"
)
print("min_capacity(1..10, 5 days) =", min_capacity(list(range(1, 11)), 5))
print("500 random searches agree with bisect_left")
