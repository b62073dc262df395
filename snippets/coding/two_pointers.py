"""Two pointers on a sorted array: move the one whose move can fix the sum."""

import itertools
import random


def pair_with_sum(nums: list[int], target: int) -> tuple[int, int] | None:
    """i < j with nums[i] + nums[j] == target, nums sorted. O(n), O(1)."""
    i, j = 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            return i, j
        if s < target:
            i += 1  # need a bigger sum: only moving i right can give one
        else:
            j -= 1
    return None


def three_sum(nums: list[int]) -> list[tuple[int, int, int]]:
    """All distinct triples summing to 0. O(n^2) time.

    Sort, fix the first value, then two pointers on the rest.
    """
    nums = sorted(nums)
    triples = []
    for k in range(len(nums) - 2):
        if k and nums[k] == nums[k - 1]:
            continue  # same first value as before: same triples
        i, j = k + 1, len(nums) - 1
        while i < j:
            s = nums[k] + nums[i] + nums[j]
            if s < 0:
                i += 1
            elif s > 0:
                j -= 1
            else:
                triples.append((nums[k], nums[i], nums[j]))
                i += 1
                # Skip duplicate second values.
                while i < j and nums[i] == nums[i - 1]:
                    i += 1
                j -= 1
    return triples


assert pair_with_sum([1, 3, 4, 6, 9], 10) == (0, 4)
assert pair_with_sum([1, 2], 5) is None
assert pair_with_sum([], 0) is None
assert three_sum([-1, 0, 1, 2, -1, -4]) == [(-1, -1, 2), (-1, 0, 1)]
assert three_sum([0, 0, 0, 0]) == [(0, 0, 0)]

rng = random.Random(0)
for _ in range(300):
    nums = [rng.randint(-6, 6) for _ in range(rng.randint(0, 9))]
    brute = sorted(
        {
            tuple(sorted(c))
            for c in itertools.combinations(nums, 3)
            if sum(c) == 0
        }
    )
    assert three_sum(nums) == brute

print(
    "pair_with_sum([1, 3, 4, 6, 9], 10) =", pair_with_sum([1, 3, 4, 6, 9], 10)
)
print("three_sum([-1, 0, 1, 2, -1, -4]) =", three_sum([-1, 0, 1, 2, -1, -4]))
print("300 random arrays: three_sum matches the O(n^3) brute force")
