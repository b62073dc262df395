"""A train/test leakage trap in SQL, and the fix.

Task: predict whether an order is returned, from the user's history.
Trap 1: a user feature aggregated over the whole table includes the future
        (and the label itself).
Trap 2: a random row split puts the same user on both sides.
Fix:    features from strictly earlier rows (a window ending at 1 PRECEDING)
        and a split by time, or by a hash of the user for a user-level split.
"""

import duckdb
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
n = 2_000
orders = pd.DataFrame({
    "order_id": np.arange(n),
    "user_id": rng.integers(0, 200, n),
    "ts": pd.Timestamp("2026-01-01") + pd.to_timedelta(np.sort(rng.integers(0, 90 * 24, n)), unit="h"),
    "returned": rng.random(n) < 0.2,
})
con = duckdb.connect()
con.register("orders", orders)

features = con.sql("""
    SELECT order_id, user_id, ts, returned,
           -- LEAKY: every order of the user, later ones and this one included
           AVG(returned::INT) OVER (PARTITION BY user_id) AS leaky_return_rate,
           -- SAFE: only orders strictly before this one
           AVG(returned::INT) OVER (PARTITION BY user_id ORDER BY ts, order_id
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
               AS past_return_rate,
           -- split by time: the last 30 days are the test set
           ts >= TIMESTAMP '2026-03-02' AS is_test,
           -- or split by user: a stable hash, 20 % of users to test
           hash(user_id) % 5 = 0 AS user_in_test
    FROM orders
    ORDER BY order_id  -- window functions reorder rows, differently per run
""").df()

# The leaky feature predicts the label although returns here are pure noise.
corr = features[["leaky_return_rate", "past_return_rate"]].corrwith(
    features["returned"].astype(float))
print("correlation with the label (returns are random, so the truth is 0):")
print(corr.round(3).to_string())
assert corr["leaky_return_rate"] > 0.15 and abs(corr["past_return_rate"]) < 0.05

# Row-level random split vs the two leakage-safe splits.
rand_test = rng.random(n) < 0.2
overlap = lambda mask: len(set(features.user_id[mask]) & set(features.user_id[~mask]))
train_end = features.loc[~features.is_test, "ts"].max()
test_start = features.loc[features.is_test, "ts"].min()
print(f"users on both sides, random row split: {overlap(rand_test)}")
print(f"users on both sides, split by user hash: {overlap(features.user_in_test.values)}")
print(f"time split: train ends {train_end:%m-%d %H:%M}, test starts {test_start:%m-%d %H:%M}")
assert overlap(rand_test) > 150
assert overlap(features.user_in_test.values) == 0
assert train_end < test_start
