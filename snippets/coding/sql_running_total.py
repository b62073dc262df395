"""Window functions in DuckDB: a running total per user and a 3-day moving
average, checked against pandas."""

import duckdb
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
days = pd.date_range("2026-03-01", periods=6, freq="D")
sales = pd.DataFrame({
    "store": np.repeat(["A", "B"], 6),
    "day": np.tile(days, 2),
    "revenue": rng.integers(100, 200, 12).astype(float),
})
con = duckdb.connect()
con.register("sales", sales)

query = """
    SELECT store, day, revenue,
           SUM(revenue) OVER (PARTITION BY store ORDER BY day
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
               AS running_total,
           AVG(revenue) OVER (PARTITION BY store ORDER BY day
                              RANGE BETWEEN INTERVAL 2 DAYS PRECEDING AND CURRENT ROW)
               AS avg_3d
    FROM sales
    ORDER BY store, day
"""
out = con.sql(query).df()
print(out.assign(day=out["day"].dt.strftime("%m-%d")).round(1).to_string(index=False))

# pandas: cumsum and a time-based rolling window per group.
s = sales.sort_values(["store", "day"]).reset_index(drop=True)
running = s.groupby("store")["revenue"].cumsum()
avg_3d = (s.set_index("day").groupby("store")["revenue"]
          .rolling("3D").mean().reset_index(drop=True))
assert np.allclose(out["running_total"], running)
assert np.allclose(out["avg_3d"], avg_3d)
# The last running total of each store equals its GROUP BY total.
last = out.groupby("store")["running_total"].last()
assert np.allclose(last, sales.groupby("store")["revenue"].sum())
print("running totals and 3-day averages match pandas")
