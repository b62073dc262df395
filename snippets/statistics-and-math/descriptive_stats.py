"""Location and spread on a skewed sample, before and after adding one extreme value."""

import numpy as np
import pandas as pd
from scipy import stats

rng = np.random.default_rng(0)
# 999 salaries, rounded to the nearest 1,000
salaries = pd.Series(np.round(rng.lognormal(mean=11, sigma=0.5, size=999), -3))


def summary(x):
    q1, q3 = x.quantile([0.25, 0.75])
    return {
        "mean": x.mean(), "median": x.median(), "mode": x.mode().iloc[0],
        "std (n-1)": x.std(), "IQR": q3 - q1, "MAD": (x - x.median()).abs().median(),
        "skewness": stats.skew(x), "excess kurtosis": stats.kurtosis(x),
    }


with_ceo = pd.concat([salaries, pd.Series([50_000_000.0])], ignore_index=True)
table = pd.DataFrame({"999 salaries": summary(salaries), "+ one CEO": summary(with_ceo)})
print(table.map(lambda v: f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}").to_string())
before, after = table["999 salaries"], table["+ one CEO"]
robust = ["median", "mode", "MAD"]
assert after[robust].equals(before[robust]), "robust statistics"
assert after["mean"] > 1.5 * before["mean"], "one value out of a thousand moves the mean"
assert after["std (n-1)"] > 40 * before["std (n-1)"]
assert abs(after["IQR"] - before["IQR"]) < 0.02 * before["IQR"], "the IQR barely moves"
