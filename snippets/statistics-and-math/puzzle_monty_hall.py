"""Monty Hall: switching wins with probability 2/3, staying with 1/3.
Variant: a host who opens a random other door (and happens to show a goat)
gives 1/2, because the host's rule is part of the evidence."""

import numpy as np

rng = np.random.default_rng(0)
n = 300_000
car = rng.integers(0, 3, n)
pick = rng.integers(0, 3, n)

# Knowing host: opens a goat door that is not the pick (random if two qualify).
offset = rng.integers(1, 3, n)  # 1 or 2
host = np.where(car == pick, (pick + offset) % 3, 3 - car - pick)
switch_to = 3 - pick - host
stay_win, switch_win = (pick == car).mean(), (switch_to == car).mean()

# Ignorant host: opens one of the two other doors at random; keep only the
# games where it happened to reveal a goat.
host_r = (pick + offset) % 3
goat_shown = host_r != car
switch_r = 3 - pick - host_r
switch_win_r = (switch_r[goat_shown] == car[goat_shown]).mean()

tol = 4 * np.sqrt(0.25 / (n * 2 / 3))  # 4 std errors, smallest sample used
rows = [("stay, knowing host", 1 / 3, stay_win),
        ("switch, knowing host", 2 / 3, switch_win),
        ("switch, ignorant host", 1 / 2, switch_win_r)]
print(f"{'strategy':<24}{'analytic':>9}{'simulated':>11}")
for name, exact, sim in rows:
    assert abs(sim - exact) < tol, name
    print(f"{name:<24}{exact:9.4f}{sim:11.4f}")
