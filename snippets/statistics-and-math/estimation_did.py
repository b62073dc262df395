"""Difference-in-differences: a price change launched in 20 treated cities
in week 8; 20 control cities did not get it. Treated cities sell more to
begin with, and all cities share a seasonal upward trend. True effect +3."""

import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression

rng = np.random.default_rng(0)
cities, weeks, launch, effect = 40, 16, 8, 3.0
treated_city = np.arange(cities) < 20
rows = []
for c in range(cities):
    level = rng.normal(50, 5) + (10 if treated_city[c] else 0)  # different levels
    for w in range(weeks):
        post = w >= launch
        sales = (level + 0.8 * w                                 # common trend
                 + effect * (treated_city[c] and post) + rng.normal(0, 2))
        rows.append((c, w, treated_city[c], post, sales))
df = pd.DataFrame(rows, columns=["city", "week", "treated", "post", "sales"])

m = df.groupby(["treated", "post"])["sales"].mean()
after_only = m[True, True] - m[False, True]
before_after = m[True, True] - m[True, False]
did = (m[True, True] - m[True, False]) - (m[False, True] - m[False, False])
print(m.round(2).rename("mean sales").to_string())
print(f"treated vs control, after launch only: {after_only:6.2f}  (level difference leaks in)")
print(f"treated, after vs before:              {before_after:6.2f}  (trend leaks in)")
print(f"difference-in-differences:             {did:6.2f}  (true effect {effect})")

# The same estimate as a regression with an interaction term; standard error
# from city-level DiD contrasts, since weeks of one city are not independent.
X = np.column_stack([df.treated, df.post, df.treated & df.post]).astype(float)
coef = LinearRegression().fit(X, df.sales).coef_[2]
per_city = df.groupby(["city", "post"])["sales"].mean().unstack()
change = per_city[True] - per_city[False]
se = np.sqrt(change[treated_city].var() / 20 + change[~treated_city].var() / 20)
print(f"regression interaction coefficient:    {coef:6.2f}  (std error {se:.2f})")
assert np.isclose(coef, did)
assert abs(did - effect) < 4 * se
assert abs(after_only - effect) > 5 and abs(before_after - effect) > 5
