"""Flag outliers with the z-score, the IQR fence and a robust (median/MAD) z-score."""

import numpy as np

rng = np.random.default_rng(0)


def z_rule(x, cut=3.0):
    return np.abs(x - x.mean()) / x.std() > cut


def iqr_rule(x, k=1.5):
    q1, q3 = np.percentile(x, [25, 75])
    iqr = q3 - q1
    return (x < q1 - k * iqr) | (x > q3 + k * iqr)


def robust_z_rule(x, cut=3.5):
    median = np.median(x)
    mad = np.median(np.abs(x - median))
    # 0.6745 makes the MAD comparable to a standard deviation for normal data
    return np.abs(0.6745 * (x - median) / mad) > cut


RULES = {"z-score > 3": z_rule, "IQR fence 1.5": iqr_rule, "robust z > 3.5": robust_z_rule}


def report(title, x, is_bad):
    print(title)
    print(f"  {'rule':<16}{'flagged':>8}{'errors caught':>15}{'good flagged':>14}")
    flags = {}
    for name, rule in RULES.items():
        flag = flags[name] = rule(x)
        caught = f"{(flag & is_bad).sum()} / {is_bad.sum()}"
        print(f"  {name:<16}{flag.sum():>8}{caught:>15}{(flag & ~is_bad).sum():>14}")
    return flags


# 1. Normal data where 12% of rows have a gross error (a unit bug: values x10)
good = rng.normal(50, 5, 880)
bad = rng.normal(500, 20, 120)
x = np.r_[good, bad]
is_bad = np.r_[np.zeros(880, bool), np.ones(120, bool)]
flags = report("Normal data + 12% gross errors", x, is_bad)
print(f"  the errors drag the mean to {x.mean():.0f} and the std to {x.std():.0f}: "
      f"z-score is masked\n")
assert flags["z-score > 3"][is_bad].mean() < 0.1, "the errors mask themselves"
assert flags["IQR fence 1.5"][is_bad].all() and flags["robust z > 3.5"][is_bad].all()

# 2. A legitimately skewed feature (incomes): nothing here is an error
income = rng.lognormal(mean=10.5, sigma=0.8, size=1000)
clean = np.zeros(1000, bool)
raw = report("Log-normal incomes, no errors at all", income, clean)
logged = report("Same incomes after log transform", np.log(income), clean)
assert all(logged[name].sum() < raw[name].sum() / 3 for name in RULES), "far fewer alarms"
