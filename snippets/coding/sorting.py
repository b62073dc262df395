"""Quicksort (in place, random pivot, three-way partition) and a stable
merge sort.
"""

import random


def quicksort(a: list, seed: int = 0) -> None:
    """Sort a in place in expected O(n log n) time.

    The worst case, O(n^2), has vanishing probability with a random pivot.
    At most O(log n) ranges wait on the stack: the larger side is pushed
    and the loop carries on with the smaller one, at most half the size.
    """
    rng = random.Random(seed)
    stack = [(0, len(a) - 1)]
    while stack:
        lo, hi = stack.pop()
        while lo < hi:
            # A random pivot: sorted input cannot trigger O(n^2).
            pivot = a[rng.randint(lo, hi)]
            # Dutch national flag invariant:
            # a[lo:lt] < pivot, a[lt:i] == pivot, a[gt+1:hi+1] > pivot
            lt, i, gt = lo, lo, hi
            while i <= gt:
                if a[i] < pivot:
                    a[lt], a[i] = a[i], a[lt]
                    lt += 1
                    i += 1
                elif a[i] > pivot:
                    a[i], a[gt] = a[gt], a[i]
                    gt -= 1
                else:
                    i += 1
            # Equal keys are already in place: duplicates cannot cause O(n^2).
            if lt - lo < hi - gt:
                stack.append((gt + 1, hi))
                hi = lt - 1
            else:
                stack.append((lo, lt - 1))
                lo = gt + 1


def merge_sort(a: list, key=lambda x: x) -> list:
    """Sorted copy: O(n log n) time in every case, O(n) extra space."""
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        # Strict <: ties take from the left half, which keeps the sort stable.
        if key(right[j]) < key(left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]


rng = random.Random(1)
cases = [
    [],
    [1],
    [2, 1],
    [3, 3, 3],
    list(range(2000)),
    list(range(2000, 0, -1)),
    [5] * 2000,
]
cases += [
    [rng.randint(-50, 50) for _ in range(rng.randint(0, 300))]
    for _ in range(200)
]
for case in cases:
    expected = sorted(case)
    assert merge_sort(case) == expected
    quicksort(case)
    assert case == expected

records = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
stable = merge_sort(records, key=lambda r: r[1])
# Equal keys keep their input order.
assert stable == [("a", 1), ("d", 1), ("b", 2), ("c", 2)]
print(
    "207 lists (empty, sorted, reversed, all-equal, random): "
    "both sorts correct"
)
print("merge_sort by count, stable:", stable)
