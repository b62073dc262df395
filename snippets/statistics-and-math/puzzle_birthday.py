"""Birthday problem: P(at least two of n people share a birthday), exact
product formula, the exponential approximation, and a Monte Carlo check."""

import math

import numpy as np

rng = np.random.default_rng(0)
DAYS = 365


def p_shared(n: int, days: int = DAYS) -> float:
    """Exact: 1 - (days/days) * ((days-1)/days) * ... * ((days-n+1)/days)."""
    p_distinct = math.prod((days - i) / days for i in range(n))
    return 1 - p_distinct


def p_shared_approx(n: int, days: int = DAYS) -> float:
    """1 - exp(-n(n-1) / (2 days)): one factor exp(-i/days) per new person."""
    return 1 - math.exp(-n * (n - 1) / (2 * days))


trials = 200_000
print(f"{'n':>3} {'exact':>8} {'approx':>8} {'simulated':>10}")
for n in (10, 23, 50):
    days = rng.integers(0, DAYS, size=(trials, n))
    days.sort(axis=1)
    has_pair = (np.diff(days, axis=1) == 0).any(axis=1)
    sim = has_pair.mean()
    exact = p_shared(n)
    # Standard error of a proportion from 200,000 trials is at most
    # sqrt(0.25 / 200_000) = 0.0011; allow four of them.
    se = math.sqrt(exact * (1 - exact) / trials)
    assert abs(sim - exact) < 4 * se + 1e-12, (n, sim, exact)
    print(f"{n:>3} {exact:8.4f} {p_shared_approx(n):8.4f} {sim:10.4f}")

# Smallest group with better-than-even odds.
n_half = next(n for n in range(1, 100) if p_shared(n) > 0.5)
assert n_half == 23
print("smallest n with P > 0.5:", n_half)

# The same arithmetic for hash collisions: 64-bit IDs, a billion items.
n_ids, space = 1e9, 2.0**64
print(f"P(collision) for 1e9 random 64-bit IDs ~ {1 - math.exp(-n_ids**2 / (2 * space)):.3f}")
