"""Step 4 of the round in code: hand-picked edge cases, then random inputs
checked against a brute-force oracle.
"""

import random


def max_subarray(nums: list[int]) -> int:
    """Kadane: best sum of a non-empty contiguous run. O(n), O(1) space."""
    if not nums:
        raise ValueError("need at least one number")
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)  # extend the run or start again at x
        best = max(best, current)
    return best


def max_subarray_brute(nums: list[int]) -> int:
    """O(n^2), obviously correct: the oracle."""
    return max(
        sum(nums[i:j])
        for i in range(len(nums))
        for j in range(i + 1, len(nums) + 1)
    )


edge_cases = {
    "single element": [5],
    # A version that starts from best = 0 returns 0 here:
    "all negative": [-3, -1, -2],
    "zeros": [0, 0, 0],
    "textbook": [-2, 1, -3, 4, -1, 2, 1, -5, 4],
}
for name, nums in edge_cases.items():
    assert max_subarray(nums) == max_subarray_brute(nums), name
    print(f"{name:15s} {str(nums):32s} -> {max_subarray(nums)}")

rng = random.Random(0)
for trial in range(2000):
    nums = [rng.randint(-10, 10) for _ in range(rng.randint(1, 12))]
    assert max_subarray(nums) == max_subarray_brute(nums), nums
print("2000 random arrays: Kadane agrees with the brute-force oracle")
