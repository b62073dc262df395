"""Sliding window: extend the right edge, shrink the left while invalid."""

import random


def longest_unique_substring(s: str) -> int:
    """Longest substring without a repeated character. O(n) time."""
    last_seen: dict[str, int] = {}
    start = best = 0
    for end, ch in enumerate(s):
        if last_seen.get(ch, -1) >= start:  # ch repeats inside the window
            start = last_seen[ch] + 1  # jump the left edge past it
        last_seen[ch] = end
        best = max(best, end - start + 1)
    return best


def shortest_subarray_at_least(nums: list[int], target: int) -> int:
    """Length of the shortest contiguous run with sum >= target; 0 if none.

    Needs non-negative numbers: only then can shrinking the window never
    raise the sum. A target <= 0 is met by any single element, so the
    answer is 1 (0 for an empty list); the `start <= end` guard stops the
    window from shrinking past empty, which would index beyond the list.
    """
    start = total = 0
    best = len(nums) + 1
    for end, x in enumerate(nums):
        total += x
        while total >= target and start <= end:
            best = min(best, end - start + 1)
            total -= nums[start]
            start += 1
    return best if best <= len(nums) else 0


# Hand-checked cases, edge cases included.
assert longest_unique_substring("abcabcbb") == 3  # "abc"
assert longest_unique_substring("pwwkew") == 3  # "wke"
assert longest_unique_substring("abba") == 2  # left edge must never move back
assert longest_unique_substring("") == 0
assert shortest_subarray_at_least([2, 3, 1, 2, 4, 3], 7) == 2  # [4, 3]
assert shortest_subarray_at_least([1, 1, 1], 10) == 0
assert shortest_subarray_at_least([], 1) == 0
assert shortest_subarray_at_least([3, 0, 2], 0) == 1  # target <= 0
assert shortest_subarray_at_least([0, 0], -5) == 1
assert shortest_subarray_at_least([], 0) == 0

# Against brute force on random inputs.
rng = random.Random(0)
for _ in range(300):
    s = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 12)))
    brute = max(
        (
            j - i
            for i in range(len(s) + 1)
            for j in range(i, len(s) + 1)
            if len(set(s[i:j])) == j - i
        ),
        default=0,
    )
    assert longest_unique_substring(s) == brute
    nums = [rng.randint(0, 5) for _ in range(rng.randint(0, 10))]
    target = rng.randint(-2, 15)  # includes targets <= 0
    lengths = [
        j - i
        for i in range(len(nums))
        for j in range(i + 1, len(nums) + 1)
        if sum(nums[i:j]) >= target
    ]
    assert shortest_subarray_at_least(nums, target) == min(lengths, default=0)

print(
    "longest_unique_substring('abcabcbb') =",
    longest_unique_substring("abcabcbb"),
)
print(
    "shortest_subarray_at_least([2, 3, 1, 2, 4, 3], 7) =",
    shortest_subarray_at_least([2, 3, 1, 2, 4, 3], 7),
)
print("all hand cases and 300 random cases agree with brute force")
