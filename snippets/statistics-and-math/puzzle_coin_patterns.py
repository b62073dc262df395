"""Expected number of fair-coin flips until HH appears, and until HT.

State equations (H = the last flip was a head, start = no progress):
  HH: E0 = 1 + E0/2 + E1/2,  E1 = 1 + E0/2      ->  E0 = 6
  HT: E0 = 1 + E0/2 + E1/2,  E1 = 1 + E1/2      ->  E0 = 4
"""

import numpy as np

rng = np.random.default_rng(0)
analytic = {"HH": 6.0, "HT": 4.0}

runs, max_len = 100_000, 200  # P(no HH within 200 flips) is below 1e-18
flips = rng.integers(0, 2, size=(runs, max_len))  # 1 = heads
first, second = flips[:, :-1], flips[:, 1:]
patterns = {"HH": (first == 1) & (second == 1), "HT": (first == 1) & (second == 0)}

print(f"{'pattern':>7} {'analytic':>9} {'simulated':>10} {'std error':>10}")
for name, hit in patterns.items():
    assert hit.any(axis=1).all()
    waits = hit.argmax(axis=1) + 2  # index of the pattern's first flip + 2
    se = waits.std(ddof=1) / np.sqrt(runs)
    assert abs(waits.mean() - analytic[name]) < 4 * se
    print(f"{name:>7} {analytic[name]:9.2f} {waits.mean():10.3f} {se:10.3f}")
