"""Joins in DuckDB: LEFT vs INNER, a filter in ON vs in WHERE, and the
fan-out that double-counts when two one-to-many tables are joined."""

import duckdb
import pandas as pd

con = duckdb.connect()
con.register("users", pd.DataFrame({"user_id": [1, 2, 3, 4],
                                    "country": ["DE", "FR", "DE", "US"]}))
con.register("orders", pd.DataFrame({"order_id": [10, 11, 12, 13, 14],
                                     "user_id": [1, 1, 2, 3, 9],
                                     "amount": [20.0, 35.0, 15.0, 50.0, 99.0],
                                     "status": ["paid", "refunded", "paid", "paid", "paid"]}))
con.register("visits", pd.DataFrame({"user_id": [1, 1, 1, 2],
                                     "page": ["home", "cart", "home", "home"]}))

# 1. Paid revenue per user, keeping users without paid orders.
#    The status filter belongs in ON: in WHERE it would drop those users.
on_filter = con.sql("""
    SELECT u.user_id, COALESCE(SUM(o.amount), 0) AS paid
    FROM users u
    LEFT JOIN orders o ON o.user_id = u.user_id AND o.status = 'paid'
    GROUP BY u.user_id ORDER BY u.user_id
""").df()
where_filter = con.sql("""
    SELECT u.user_id, SUM(o.amount) AS paid
    FROM users u
    LEFT JOIN orders o ON o.user_id = u.user_id
    WHERE o.status = 'paid'
    GROUP BY u.user_id ORDER BY u.user_id
""").df()
print("filter in ON (all 4 users kept):")
print(on_filter.to_string(index=False))
print("filter in WHERE (silently an inner join):")
print(where_filter.to_string(index=False))
assert len(on_filter) == 4 and len(where_filter) == 3  # user 4 vanished

# 2. Fan-out: orders x visits repeats every order once per visit.
fan_out = con.sql("""
    SELECT SUM(o.amount) AS revenue
    FROM orders o JOIN visits v ON v.user_id = o.user_id
    WHERE o.user_id = 1
""").fetchall()[0][0]
pre_aggregated = con.sql("""
    WITH o AS (SELECT user_id, SUM(amount) AS revenue FROM orders GROUP BY user_id),
         v AS (SELECT user_id, COUNT(*) AS visits FROM visits GROUP BY user_id)
    SELECT o.revenue, v.visits FROM o JOIN v USING (user_id) WHERE user_id = 1
""").fetchall()[0]
print(f"user 1 revenue after joining visits: {fan_out:g}; "
      f"aggregated before joining: {pre_aggregated[0]:g} over {pre_aggregated[1]} visits")
assert fan_out == 3 * pre_aggregated[0]  # three visits -> counted three times

# 3. Orphans: an order whose user is missing from users (user 9).
orphans = con.sql("""
    SELECT o.order_id, o.user_id FROM orders o
    LEFT JOIN users u USING (user_id) WHERE u.user_id IS NULL
""").df()
print("orders without a user:", orphans.to_dict("records"))
assert orphans["order_id"].tolist() == [14]
