"""GROUP BY with HAVING in DuckDB: WHERE filters rows before grouping,
HAVING filters groups after; COUNT(*) and COUNT(column) differ on NULLs."""

import duckdb
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
n = 40
orders = pd.DataFrame({
    "user_id": rng.integers(1, 8, n),
    "amount": rng.integers(5, 100, n).astype(float),
    "coupon": rng.choice(["SPRING", None], n, p=[0.3, 0.7]),
})
con = duckdb.connect()
con.register("orders", orders)

# Users with at least 5 orders of 20 or more, and what they spent on them.
query = """
    SELECT user_id,
           COUNT(*)      AS orders,
           COUNT(coupon) AS with_coupon,   -- counts non-NULL values only
           SUM(amount)   AS spend
    FROM orders
    WHERE amount >= 20            -- row filter, before grouping
    GROUP BY user_id
    HAVING COUNT(*) >= 5          -- group filter, after aggregation
    ORDER BY spend DESC
"""
result = con.sql(query).df()
print(result.to_string(index=False))

# The same in pandas: filter rows, group, then filter groups.
big = orders[orders["amount"] >= 20]
agg = big.groupby("user_id").agg(orders=("amount", "size"),
                                 with_coupon=("coupon", "count"),
                                 spend=("amount", "sum"))
expected = agg[agg["orders"] >= 5].sort_values("spend", ascending=False)
assert result["user_id"].tolist() == expected.index.tolist()
assert (result["orders"] >= 5).all()
assert (result["with_coupon"] <= result["orders"]).all()
print(f"{len(result)} of {orders['user_id'].nunique()} users qualify; pandas agrees")
