"""Fibonacci four ways: one recurrence, exponential to logarithmic time."""

import sys
from functools import lru_cache


def fib_naive(n: int) -> int:
    """O(phi^n) calls: fib(n-2) is recomputed inside fib(n-1)."""
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


@lru_cache(maxsize=None)
def fib_memo(n: int) -> int:
    """Top-down DP: each n computed once; O(n) time, O(n) cache and stack."""
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


def fib_iter(n: int) -> int:
    """Bottom-up DP keeping only the last two values: O(n) time, O(1) space."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n: int) -> int:
    """Fast doubling, O(log n) steps: one per bit of n.

    Uses F(2k) = F(k)(2F(k+1) - F(k)) and F(2k+1) = F(k)^2 + F(k+1)^2.
    """
    a, b = 0, 1  # F(0), F(1)
    for bit in bin(n)[2:]:
        a, b = a * (2 * b - a), a * a + b * b  # (F(2k), F(2k+1))
        if bit == "1":
            a, b = b, a + b
    return a


assert [fib_iter(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
assert all(
    fib_naive(n) == fib_memo(n) == fib_iter(n) == fib_doubling(n)
    for n in range(25)
)
assert fib_iter(1000) == fib_doubling(1000)

calls = 2 * fib_iter(26) - 1  # fib_naive(n) makes 2 F(n+1) - 1 calls
counted = 0  # ...which a profiling hook confirms by counting the real calls


def count_calls(frame, event, arg):
    global counted
    counted += event == "call" and frame.f_code is fib_naive.__code__


sys.setprofile(count_calls)
fib_naive(25)
sys.setprofile(None)
assert counted == calls, "the call count formula holds"
print(f"fib_naive(25) makes {calls:,} calls; fib_iter(25) makes 25 loop steps")
sqrt5 = 5**0.5
binet_fails = next(
    n
    for n in range(200)
    if round(((1 + sqrt5) / 2) ** n / sqrt5) != fib_iter(n)
)
print(f"Binet's formula in floating point is first wrong at n = {binet_fails}")
digits = len(str(fib_doubling(1000)))
print(f"fib(1000) has {digits} digits (Python ints do not overflow)")
