"""Sessionization in DuckDB: a new session starts after 30 minutes of
inactivity. LAG finds the gap, a running SUM of 'new session' flags numbers
the sessions. Checked against pandas."""

import duckdb
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
rows = []
for user in ["u1", "u2", "u3"]:
    t = pd.Timestamp("2026-03-01 08:00")
    for _ in range(8):
        # Mostly short gaps, sometimes a long break (a new session).
        gap = rng.choice([2, 5, 11, 45, 90], p=[0.35, 0.3, 0.15, 0.1, 0.1])
        t += pd.Timedelta(minutes=int(gap))
        rows.append((user, t))
events = pd.DataFrame(rows, columns=["user_id", "ts"])
con = duckdb.connect()
con.register("events", events)

query = """
    WITH flagged AS (
        SELECT user_id, ts,
               CASE WHEN ts - LAG(ts) OVER (PARTITION BY user_id ORDER BY ts)
                         <= INTERVAL 30 MINUTES THEN 0 ELSE 1 END AS new_session
        FROM events
    ), numbered AS (
        SELECT *, CAST(SUM(new_session) OVER (PARTITION BY user_id ORDER BY ts
                                              ROWS UNBOUNDED PRECEDING) AS INT)
                  AS session_no
        FROM flagged
    )
    SELECT user_id, session_no, COUNT(*) AS events,
           MIN(ts) AS start, date_diff('minute', MIN(ts), MAX(ts)) AS minutes
    FROM numbered
    GROUP BY user_id, session_no
    ORDER BY user_id, session_no
"""
sessions = con.sql(query).df()
print(sessions.assign(start=sessions["start"].dt.strftime("%H:%M")).to_string(index=False))

# pandas: the same flags with diff() and cumsum().
e = events.sort_values(["user_id", "ts"])
new = e.groupby("user_id")["ts"].diff().gt(pd.Timedelta(minutes=30)) | \
      e.groupby("user_id")["ts"].diff().isna()
pd_sessions = new.groupby(e["user_id"]).cumsum()
assert sessions["events"].sum() == len(events)
assert len(sessions) == int(new.sum())
assert sessions.groupby("user_id")["session_no"].max().tolist() == \
       pd_sessions.groupby(e["user_id"]).max().tolist()
print(f"{len(events)} events -> {len(sessions)} sessions; pandas agrees")
