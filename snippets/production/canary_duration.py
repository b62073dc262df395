"""How long a canary must run before it can see a regression, by traffic share."""

import numpy as np
from scipy.stats import norm


def canary_requests(p_base, p_new, share, alpha=0.05, power=0.8):
    """Canary requests for a one-sided two-proportion z-test (control: the rest)."""
    kappa = (1 - share) / share  # control requests per canary request
    z = norm.ppf(1 - alpha) + norm.ppf(power)
    var = p_new * (1 - p_new) + p_base * (1 - p_base) / kappa
    return z**2 * var / (p_new - p_base) ** 2


traffic = 200  # requests per second across the whole service
checks = {
    "server errors 0.10% -> 0.20%": (0.0010, 0.0020),
    "fallback rate 1.0% -> 1.5%": (0.010, 0.015),
    "click-through 5.0% -> 4.75%": (0.050, 0.0475),
    "click-through 5.0% -> 4.9%": (0.050, 0.049),
}
print(f"traffic {traffic} requests/s; alpha 0.05 one-sided, power 0.8\n")
shares = (0.01, 0.05, 0.25)
header = "".join(f"{f'{s:.0%} canary':>14}" for s in shares)
print(f"{'regression to detect':<30}{header}")
hours_needed = {}
for name, (p0, p1) in checks.items():
    cells, times = [], []
    for share in shares:
        minutes = canary_requests(p0, p1, share) / (traffic * share) / 60
        hours = minutes >= 120
        cells.append(f"{minutes / 60:8.1f} h  " if hours else f"{minutes:8.1f} min")
        times.append(minutes / 60)
    print(f"{name:<30}" + "".join(f"{c:>14}" for c in cells))
    assert np.all(np.diff(times) < 0), "a larger canary share decides sooner"
    hours_needed[name] = times
errors = hours_needed["server errors 0.10% -> 0.20%"]
ctr = hours_needed["click-through 5.0% -> 4.9%"]
assert errors[-1] < 10 / 60 and ctr[-1] > 1, "breakage in minutes, subtle quality in hours"
