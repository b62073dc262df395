"""Two-child problem: a family has two children.
P(two boys | at least one boy) = 1/3, P(two boys | the elder is a boy) = 1/2,
P(two boys | at least one boy born on a Tuesday) = 13/27."""

from fractions import Fraction

import numpy as np

rng = np.random.default_rng(0)
n = 1_000_000
boy = rng.integers(0, 2, size=(n, 2)).astype(bool)  # [elder, younger]
day = rng.integers(0, 7, size=(n, 2))  # 0 = Tuesday
both = boy.all(axis=1)

conditions = {
    "at least one boy": boy.any(axis=1),
    "the elder is a boy": boy[:, 0],
    "a boy born on a Tuesday": (boy & (day == 0)).any(axis=1),
}
exact = [Fraction(1, 3), Fraction(1, 2), Fraction(13, 27)]
print(f"{'P(two boys | ...)':<26}{'analytic':>15}{'simulated':>11}{'families':>10}")
for (name, cond), p in zip(conditions.items(), exact):
    sim = both[cond].mean()
    se = float(p * (1 - p) / cond.sum()) ** 0.5
    assert abs(sim - float(p)) < 4 * se, name
    exact_txt = f"{p} = {float(p):.3f}"
    print(f"{name:<26}{exact_txt:>15}{sim:11.3f}{cond.sum():>10,}")
