"""Ranking and deduplication in DuckDB: ROW_NUMBER, RANK and DENSE_RANK on
ties, and keeping the latest row per key."""

import duckdb
import pandas as pd

con = duckdb.connect()
con.register("scores", pd.DataFrame({
    "player": ["ana", "ben", "cy", "dee", "eve"],
    "points": [90, 85, 85, 80, 70],
}))
# A change log: several versions of each customer's record.
con.register("customers_log", pd.DataFrame({
    "customer_id": [1, 1, 2, 3, 3, 3],
    "email": ["a@x", "a@y", "b@x", "c@x", "c@y", "c@z"],
    "updated_at": pd.to_datetime(["2026-01-01", "2026-02-01", "2026-01-15",
                                  "2026-01-03", "2026-03-01", "2026-02-10"]),
}))

ranks = con.sql("""
    SELECT player, points,
           ROW_NUMBER() OVER (ORDER BY points DESC, player) AS row_number,
           RANK()       OVER (ORDER BY points DESC)         AS rank,
           DENSE_RANK() OVER (ORDER BY points DESC)         AS dense_rank
    FROM scores ORDER BY points DESC, player
""").df()
print(ranks.to_string(index=False))
assert ranks["rank"].tolist() == [1, 2, 2, 4, 5]
assert ranks["dense_rank"].tolist() == [1, 2, 2, 3, 4]

# Latest version per customer: number the rows within each key, keep row 1.
latest = con.sql("""
    SELECT customer_id, email, updated_at
    FROM customers_log
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id
                               ORDER BY updated_at DESC) = 1
    ORDER BY customer_id
""").df()
print(latest.assign(updated_at=latest["updated_at"].dt.date).to_string(index=False))
assert latest["customer_id"].is_unique and len(latest) == 3
assert latest["email"].tolist() == ["a@y", "b@x", "c@y"]  # not the last inserted

# pandas equivalent: sort, then keep the first row per key.
pd_latest = (con.sql("SELECT * FROM customers_log").df()
             .sort_values("updated_at", ascending=False)
             .drop_duplicates("customer_id").sort_values("customer_id"))
assert pd_latest["email"].tolist() == latest["email"].tolist()
