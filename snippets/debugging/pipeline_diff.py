"""A metric dropped the day a feature pipeline was rewritten. Run the old
and the new pipeline on the same raw events, diff their outputs feature by
feature, and let the model's own score shift say which difference matters."""

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

rng = np.random.default_rng(0)
n = 20_000
raw = pd.DataFrame({
    "user_id": np.arange(n),
    "ts_utc": pd.Timestamp("2026-03-01", tz="UTC")
              + pd.to_timedelta(rng.integers(0, 86_400 * 30, n), unit="s"),
    "amount_cents": rng.lognormal(7, 1, n).round(),
    "n_sessions_7d": rng.poisson(5, n),
    "country": rng.choice(["DE", "US", "BR"], n, p=[0.3, 0.5, 0.2]),
})
offset = raw["country"].map({"DE": 1, "US": -5, "BR": -3})
local_hour = (raw["ts_utc"].dt.hour + offset) % 24
logit = (-3 + 0.6 * np.log(raw["amount_cents"] / 100) + 0.15 * raw["n_sessions_7d"]
         + 1.2 * local_hour.between(1, 5))
y = rng.random(n) < 1 / (1 + np.exp(-logit))


def old_pipeline(df):
    return pd.DataFrame({
        "amount": df["amount_cents"] / 100,                     # dollars
        "sessions_7d": df["n_sessions_7d"],
        "local_hour": (df["ts_utc"].dt.hour + df["country"].map({"DE": 1, "US": -5, "BR": -3})) % 24,
    })


def new_pipeline(df):  # the "refactor": one silent change hides in it
    return pd.DataFrame({
        "amount": df["amount_cents"] / 100,
        "sessions_7d": df["n_sessions_7d"],
        "local_hour": df["ts_utc"].dt.hour,                     # timezone dropped
    })


train = raw.index < 15_000
model = HistGradientBoostingClassifier(random_state=0).fit(old_pipeline(raw[train]), y[train])
old_f, new_f = old_pipeline(raw[~train]), new_pipeline(raw[~train])
auc_old = roc_auc_score(y[~train], model.predict_proba(old_f)[:, 1])
auc_new = roc_auc_score(y[~train], model.predict_proba(new_f)[:, 1])
print(f"AUC with the old pipeline {auc_old:.3f}, with the new one {auc_new:.3f}")

# 1. Row-level diff of the two outputs on identical input.
print(f"{'feature':<12}{'rows differing':>15}{'mean old':>10}{'mean new':>10}")
differ = {}
for col in old_f:
    differ[col] = (old_f[col] != new_f[col]).mean()
    print(f"{col:<12}{differ[col]:15.0%}{old_f[col].mean():10.2f}{new_f[col].mean():10.2f}")
assert differ == {"amount": 0, "sessions_7d": 0, "local_hour": 1}, "one column changed, in every row"
mean_move = abs(new_f["local_hour"].mean() - old_f["local_hour"].mean())
assert mean_move < 0.05 * old_f["local_hour"].std(), "yet its mean barely moves"

# 2. Which difference moves the scores: swap one new column into the old frame.
base = model.predict_proba(old_f)[:, 1]
shift = {}
for col in old_f:
    mixed = old_f.assign(**{col: new_f[col]})
    shift[col] = np.abs(model.predict_proba(mixed)[:, 1] - base).mean()
print("mean |score change| from swapping in one new column:",
      ", ".join(f"{k} {v:.3f}" for k, v in shift.items()))
assert max(shift, key=shift.get) == "local_hour"
assert shift["amount"] == shift["sessions_7d"] == 0 and auc_new < auc_old - 0.02
