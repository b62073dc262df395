"""The everyday pandas and NumPy idioms of the cheat sheet, run on a small generated table."""

import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
n = 12
orders = pd.DataFrame(
    {
        "order_id": np.arange(1, n + 1),
        "customer": rng.choice(["ana", "bo", "cy", "di"], size=n),
        "category": rng.choice(["books", "games", "music"], size=n),
        "ts": pd.date_range("2024-03-01", periods=n, freq="12h"),
        "sales": rng.integers(5, 60, size=n).astype(float),
    }
)
orders.loc[[2, 7], "sales"] = np.nan  # two missing values to handle
customers = pd.DataFrame({"customer": ["ana", "bo", "cy", "di"], "age": [34, 27, 45, 31]})

print("missing per column:", orders.isna().sum().to_dict())
median_sales = orders["sales"].median()  # in a real pipeline: the training split's median
orders["sales"] = orders["sales"].fillna(median_sales)
assert orders["sales"].notna().all()

df = orders.merge(customers, on="customer", how="left", validate="many_to_one")
print("rows over 30 years old:", len(df[df["age"] > 30]), "| same with query:", len(df.query("age > 30")))
assert df[df["age"] > 30].equals(df.query("age > 30"))

summary = df.groupby("category").agg(total=("sales", "sum"), orders=("sales", "size"))
print("\ngroupby-agg:\n", summary.sort_values("total", ascending=False), sep="")

df["share_of_customer"] = df["sales"] / df.groupby("customer")["sales"].transform("sum")
print("\nshares per customer sum to 1:", df.groupby("customer")["share_of_customer"].sum().round(6).unique())
assert np.allclose(df.groupby("customer")["share_of_customer"].sum(), 1)

pivot = df.pivot_table(index="customer", columns="category", values="sales", aggfunc="sum", fill_value=0)
print("\npivot_table:\n", pivot, sep="")

daily = df.set_index("ts").resample("D")["sales"].sum()
print("\ndaily sales (resample):", daily.tolist())
print("category shares:", df["category"].value_counts(normalize=True).round(2).to_dict())
print("one-hot columns:", list(pd.get_dummies(df[["category"]], dtype=int).columns))

# NumPy: standardize columns, pairwise distances by broadcasting, argmax per row
X = rng.normal(loc=[10.0, -3.0], scale=[2.0, 0.5], size=(5, 2))
Z = (X - X.mean(axis=0)) / X.std(axis=0)
print(f"\nstandardized: max |mean| = {np.abs(Z.mean(axis=0)).max():.0e}, stds = {Z.std(axis=0).round(6)}")
assert np.allclose(Z.mean(axis=0), 0) and np.allclose(Z.std(axis=0), 1)
centers = np.array([[10.0, -3.0], [12.0, -2.0]])
dist = np.linalg.norm(X[:, None, :] - centers[None, :, :], axis=-1)  # shape (5, 2)
print("distance matrix shape:", dist.shape, "| nearest center per row:", dist.argmin(axis=1))
labels, counts = np.unique(dist.argmin(axis=1), return_counts=True)
print("counts per center:", dict(zip(labels.tolist(), counts.tolist())))
w = np.linalg.solve(X.T @ X, X.T @ (X @ np.array([1.5, -2.0])))  # solve, never inv
print("recovered weights:", w.round(6))
assert np.allclose(w, [1.5, -2.0]), "solve should recover the weights that generated the target"
