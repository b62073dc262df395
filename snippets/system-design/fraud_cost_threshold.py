"""Fraud decisions from costs: a global cut-off vs p* = c / (A + f + c).

Generated card payments (about 0.4 % fraud) in time order, a
gradient-boosted model, and the cost of four decision policies.
"""

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

rng = np.random.default_rng(0)
n = 500_000
amount = rng.lognormal(3.5, 1.0, n)            # median about $33
tx_last_hour = rng.poisson(0.3, n)             # velocity on the card
new_device = rng.random(n) < 0.05
km_from_home = rng.exponential(20, n)
merchant_risk = rng.beta(1, 20, n)
night = rng.random(n) < 0.15
logit = (-12.5 + 1.6 * tx_last_hour + 3.0 * new_device
         + 0.04 * km_from_home + 20 * merchant_risk + 1.2 * night
         + 0.6 * np.log(amount))              # fraudsters buy bigger
fraud = rng.random(n) < 1 / (1 + np.exp(-logit))
X = np.column_stack([np.log(amount), tx_last_hour, new_device,
                     km_from_home, merchant_risk, night])

# Time order: train on the oldest 60 %, pick thresholds on the next 20 %,
# report on the newest 20 %
tr, va = slice(0, 300_000), slice(300_000, 400_000)
te = slice(400_000, n)
model = HistGradientBoostingClassifier(random_state=0)
model.fit(X[tr], fraud[tr])
p_va = model.predict_proba(X[va])[:, 1]
p = model.predict_proba(X[te])[:, 1]
y, A = fraud[te], amount[te]
print(f"test: {y.size:,} payments, fraud rate {y.mean():.2%}")
print(f"ROC-AUC {roc_auc_score(y, p):.3f}   "
      f"PR-AUC {average_precision_score(y, p):.3f} "
      f"(a random model scores {y.mean():.3f})")
pr_auc = average_precision_score(y, p)
assert roc_auc_score(y, p) > 0.85 and pr_auc < 0.2, "ROC flatters at this base rate"

fee, c_decline = 15.0, 20.0  # chargeback fee; cost of a false decline


def cost(decline, y, A):
    missed, false_dec = y & ~decline, ~y & decline
    return (A[missed] + fee).sum() + c_decline * false_dec.sum()


def report(name, decline):
    caught = A[y & decline].sum() / A[y].sum()
    print(f"{name:28s} {decline.mean():6.2%} {caught:7.1%} "
          f"{(~y & decline).sum():6,d} {cost(decline, y, A):8,.0f}")
    return cost(decline, y, A)


# the best single cut-off, chosen on validation data
grid = np.linspace(0.01, 0.9, 90)
best = grid[np.argmin([cost(p_va > t, fraud[va], amount[va])
                       for t in grid])]
print(f"\n{'policy':28s} {'decl.':>6s} {'fraud $':>7s} "
      f"{'false':>6s} {'cost $':>8s}")
print(f"{'':28s} {'':>6s} {'caught':>7s} {'decl.':>6s}")
costs = [report("approve everything", np.zeros_like(y)),
         report("decline if p > 0.5", p > 0.5),
         report(f"best global cut-off, {best:.2f}", p > best),
         report("amount-aware, c/(A+f+c)", p > c_decline / (A + fee + c_decline))]
assert np.all(np.diff(costs) < 0), "amount-aware is cheapest"
