"""Cohort retention in DuckDB: for each weekly signup cohort, the share of
users active again 7 to 13 days after signing up (week-1 retention)."""

import duckdb
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
signups = pd.DataFrame({
    "user_id": np.arange(300),
    "signup_day": pd.Timestamp("2026-03-02")
                  + pd.to_timedelta(rng.integers(0, 21, 300), unit="D"),
})
rows = []
for uid, day in signups.itertuples(index=False):
    # Later cohorts retain a little better (a product fix, say).
    p_return = 0.25 + 0.1 * ((day - pd.Timestamp("2026-03-02")).days // 7)
    for offset in range(1, 28):
        if rng.random() < p_return / 4:
            rows.append((uid, day + pd.Timedelta(days=offset)))
activity = pd.DataFrame(rows, columns=["user_id", "active_day"])
con = duckdb.connect()
con.register("signups", signups)
con.register("activity", activity)

query = """
    WITH week1 AS (
        SELECT DISTINCT a.user_id
        FROM activity a JOIN signups s USING (user_id)
        WHERE a.active_day >= s.signup_day + INTERVAL 7 DAYS
          AND a.active_day <  s.signup_day + INTERVAL 14 DAYS
    )
    SELECT date_trunc('week', s.signup_day)::DATE AS cohort,
           COUNT(*)                               AS users,
           COUNT(w.user_id)                       AS retained,
           ROUND(COUNT(w.user_id) / COUNT(*), 3)  AS week1_retention
    FROM signups s LEFT JOIN week1 w USING (user_id)
    GROUP BY cohort ORDER BY cohort
"""
cohorts = con.sql(query).df()
print(cohorts.to_string(index=False))

# pandas check of the same definition.
m = activity.merge(signups, on="user_id")
lag = (m["active_day"] - m["signup_day"]).dt.days
kept = set(m.loc[(lag >= 7) & (lag < 14), "user_id"])
s = signups.assign(cohort=signups["signup_day"].dt.to_period("W-SUN"),
                   retained=signups["user_id"].isin(kept))
expected = s.groupby("cohort")["retained"].mean().round(3).tolist()
assert cohorts["week1_retention"].tolist() == expected
assert cohorts["users"].sum() == len(signups)  # LEFT JOIN kept everyone
print("week-1 retention per cohort matches pandas")
