"""Ads CTR: negative downsampling, calibration, and why AUC cannot see it.

Clicks are rare (about 2 %), so training keeps every click but only a
fraction w of the non-clicks. The model then predicts the CTR of the
downsampled data, p', too high by roughly 1/w in odds. He et al. (2014)
recalibrate with q = p' / (p' + (1 - p') / w). AUC is unchanged by any
monotone map, so only log loss and the calibration ratio show the problem.
"""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score

rng = np.random.default_rng(0)
n, d = 400_000, 10
X = rng.normal(size=(n, d))
logit = X @ rng.normal(scale=0.5, size=d) - 4.3        # base CTR about 2 %
y = rng.random(n) < 1 / (1 + np.exp(-logit))
train, test = slice(0, 300_000), slice(300_000, None)

w = 0.1                                                 # keep 10 % of negatives
keep = y[train] | (rng.random(300_000) < w)
model = LogisticRegression(max_iter=1000).fit(X[train][keep], y[train][keep])

p_down = model.predict_proba(X[test])[:, 1]             # trained on downsampled
p_cal = p_down / (p_down + (1 - p_down) / w)            # recalibrated
y_test = y[test]
print(f"test CTR {y_test.mean():.4f}; trained on {keep.sum():,} of 300,000 rows")
print("                    AUC    log loss   predicted / observed clicks")
for name, p in [("downsampled", p_down), ("recalibrated", p_cal)]:
    ratio = p.sum() / y_test.sum()
    print(f"{name:14s}  {roc_auc_score(y_test, p):.4f}  {log_loss(y_test, p):.4f}"
          f"   {ratio:.2f}")

base = np.full_like(p_cal, y[train].mean())
print(f"{'constant CTR':14s}  {0.5:.4f}  {log_loss(y_test, base):.4f}   "
      f"{base.sum() / y_test.sum():.2f}")
ne = log_loss(y_test, p_cal) / log_loss(y_test, base)
print(f"normalized entropy (log loss / log loss of the base rate): {ne:.3f}")

# Same ranking, so the same AUC; very different probabilities
assert np.isclose(roc_auc_score(y_test, p_down), roc_auc_score(y_test, p_cal))
assert p_down.sum() / y_test.sum() > 3                  # badly overpredicted
assert abs(p_cal.sum() / y_test.sum() - 1) < 0.1        # calibrated again
assert log_loss(y_test, p_cal) < log_loss(y_test, p_down)
assert ne < 1
