"""Hash maps turn "have I seen the complement?" into an O(1) lookup."""

import random


def two_sum(nums: list[int], target: int) -> tuple[int, int] | None:
    """Indices of two entries summing to target. O(n) time and space."""
    seen: dict[int, int] = {}  # value -> index
    for j, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], j
        seen[x] = (
            j  # store after the check so an element never pairs with itself
        )
    return None


def count_subarrays_with_sum(nums: list[int], k: int) -> int:
    """Number of contiguous subarrays summing to k; negatives allowed. O(n).

    sum(nums[i:j]) == prefix[j] - prefix[i], so for each prefix count the
    earlier prefixes equal to prefix - k.
    """
    counts = {0: 1}  # the empty prefix
    prefix = total = 0
    for x in nums:
        prefix += x
        total += counts.get(prefix - k, 0)
        counts[prefix] = counts.get(prefix, 0) + 1
    return total


# Not (0, 0): the 3 at index 0 may not pair with itself.
assert two_sum([3, 2, 4], 6) == (1, 2)
assert two_sum([3, 3], 6) == (0, 1)
assert two_sum([1, 2], 7) is None
assert count_subarrays_with_sum([1, 1, 1], 2) == 2
assert count_subarrays_with_sum([1, -1, 0], 0) == 3  # [1,-1], [0], [1,-1,0]
assert count_subarrays_with_sum([], 0) == 0

rng = random.Random(0)
for _ in range(300):
    nums = [rng.randint(-3, 3) for _ in range(rng.randint(0, 10))]
    k = rng.randint(-3, 3)
    brute = sum(
        sum(nums[i:j]) == k
        for i in range(len(nums))
        for j in range(i + 1, len(nums) + 1)
    )
    assert count_subarrays_with_sum(nums, k) == brute

print("two_sum([3, 2, 4], 6) =", two_sum([3, 2, 4], 6))
print(
    "count_subarrays_with_sum([1, -1, 0], 0) =",
    count_subarrays_with_sum([1, -1, 0], 0),
)
print("300 random arrays with negatives: prefix-sum count matches brute force")
