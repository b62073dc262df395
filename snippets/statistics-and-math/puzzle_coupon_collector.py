"""Coupon collector: expected die rolls until every face has appeared.

With k faces already seen, a roll shows a new one with probability
(6 - k)/6, so that stage takes 6/(6 - k) rolls on average (a geometric
waiting time). Summing the stages: E = 6 * (1 + 1/2 + ... + 1/6) = 14.7.
"""

from fractions import Fraction

import numpy as np

rng = np.random.default_rng(0)
faces = 6
exact = sum(Fraction(faces, faces - k) for k in range(faces))  # 6 * H_6
var = sum(Fraction(k * faces, (faces - k) ** 2) for k in range(faces))

runs = 100_000
rolls = rng.integers(0, faces, size=(runs, 150))  # 150 rolls always suffice here
seen = np.zeros((runs, faces), dtype=bool)
waits = np.zeros(runs, dtype=int)
for t in range(rolls.shape[1]):
    seen[np.arange(runs), rolls[:, t]] = True
    done_now = seen.all(axis=1) & (waits == 0)
    waits[done_now] = t + 1
assert (waits > 0).all()

se = float(var) ** 0.5 / np.sqrt(runs)
print(f"analytic E = 6 * H_6 = {exact} = {float(exact):.3f}  (sd {float(var) ** 0.5:.2f})")
print(f"simulated mean over {runs:,} runs = {waits.mean():.3f}  (std error {se:.3f})")
assert abs(waits.mean() - float(exact)) < 4 * se
print(f"P(more than 25 rolls) = {np.mean(waits > 25):.1%}")
