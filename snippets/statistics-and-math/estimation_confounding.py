"""Confounding: engaged users both adopt a feature more often and spend
more anyway. The true effect of the feature on weekly spend is +1.0.
Naive comparison vs adjustment for the confounder vs a randomized test."""

import numpy as np
from sklearn.linear_model import LinearRegression

rng = np.random.default_rng(0)
n, effect = 50_000, 1.0
engagement = rng.normal(0, 1, n)                      # the confounder

# Observational data: adoption depends on engagement.
adopt = rng.random(n) < 1 / (1 + np.exp(-2 * engagement))
spend = 5 + 3 * engagement + effect * adopt + rng.normal(0, 2, n)
naive = spend[adopt].mean() - spend[~adopt].mean()
adjusted = LinearRegression().fit(np.column_stack([adopt, engagement]), spend).coef_[0]

# Randomized experiment: a coin decides who gets the feature.
assigned = rng.random(n) < 0.5
spend_rct = 5 + 3 * engagement + effect * assigned + rng.normal(0, 2, n)
rct = spend_rct[assigned].mean() - spend_rct[~assigned].mean()
se_rct = np.sqrt(spend_rct[assigned].var() / assigned.sum()
                 + spend_rct[~assigned].var() / (~assigned).sum())

print(f"true effect                         {effect:6.3f}")
print(f"naive adopters vs non-adopters      {naive:6.3f}")
print(f"regression adjusting for engagement {adjusted:6.3f}")
print(f"randomized experiment               {rct:6.3f}  (std error {se_rct:.3f})")
assert naive > 3 * effect                 # confounding more than triples it
assert abs(adjusted - effect) < 0.1       # right, because we measured the confounder
assert abs(rct - effect) < 4 * se_rct     # right, without measuring anything

# If engagement were unobserved, no adjustment is possible: the same
# regression without it is just the naive estimate again.
unadjusted = LinearRegression().fit(adopt[:, None].astype(float), spend).coef_[0]
assert np.isclose(unadjusted, naive)
