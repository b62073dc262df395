"""The everyday table: load, filter, group and aggregate, fill missing values,
merge, pivot; then the same ideas in NumPy."""

import io

import numpy as np
import pandas as pd

pd.set_option("display.width", 100)

# Load: read_csv takes a path or any file-like object; here an in-memory CSV.
csv = io.StringIO("""order_id,customer_id,category,amount,date
1,101,books,12.5,2024-01-03
2,102,games,,2024-01-03
3,101,games,59.0,2024-01-17
4,103,books,8.0,2024-02-02
5,102,books,21.0,2024-02-11
6,104,music,,2024-02-15
7,101,music,9.5,2024-02-20
8,103,games,45.0,2024-03-01
""")
orders = pd.read_csv(csv, parse_dates=["date"])
customers = pd.DataFrame(
    {"customer_id": [101, 102, 103, 105], "country": ["FR", "DE", "FR", "IT"]}
)
print(orders.head(3).to_string(index=False))
print("missing amounts:", orders["amount"].isna().sum())

# Fill missing values with the median of the same category (transform keeps
# the result aligned with the original rows).
orders["amount"] = orders["amount"].fillna(
    orders.groupby("category")["amount"].transform("median")
)
assert orders["amount"].notna().all()

# Filter with a boolean mask; combine conditions with & and |, in brackets.
big_feb = orders[(orders["amount"] > 10) & (orders["date"].dt.month == 2)]
print(
    "\nFebruary orders over 10:\n",
    big_feb[["order_id", "category", "amount"]].to_string(index=False),
)

# Group and aggregate, with named output columns.
per_category = (
    orders.groupby("category")
    .agg(
        orders=("order_id", "count"),
        revenue=("amount", "sum"),
        mean_amount=("amount", "mean"),
    )
    .round(2)
)
print("\nper category:\n", per_category)

# Merge: a left join keeps every order; validate= catches duplicated keys.
merged = orders.merge(
    customers, on="customer_id", how="left", validate="many_to_one"
)
print("\norders with no known country:", merged["country"].isna().sum())
assert len(merged) == len(orders), "a left join keeps every order"

# Pivot: months as rows, categories as columns.
merged["month"] = merged["date"].dt.to_period("M")
print(
    "\nrevenue by month and category:\n",
    merged.pivot_table(
        index="month",
        columns="category",
        values="amount",
        aggfunc="sum",
        fill_value=0,
    ),
)

# The same in NumPy: boolean masks, group sums with bincount, broadcasting.
codes, names = pd.factorize(orders["category"])
revenue = np.bincount(codes, weights=orders["amount"].to_numpy())
print(
    "\nNumPy group sums:",
    {name: float(total) for name, total in zip(names, revenue)},
)
assert np.allclose(revenue, per_category.loc[names, "revenue"])
X = np.random.default_rng(0).normal(5, 2, size=(1000, 3))
# (1000, 3) minus (3,) broadcasts the column means over the rows.
Z = (X - X.mean(axis=0)) / X.std(axis=0)
print("standardized: means", Z.mean(0).round(6) + 0.0, "stds", Z.std(0))
assert np.allclose(Z.mean(0), 0) and np.allclose(Z.std(0), 1)
