"""Calibration of a classifier: reliability diagram, expected calibration
error (ECE), and recalibration with Platt scaling and isotonic regression."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.datasets import make_classification
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

X, y = make_classification(n_samples=20_000, n_features=20, n_informative=6,
                           n_redundant=10, random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, random_state=0)


def ece(y_true, p, bins=10):
    """Sum over equal-width bins of (bin share) * |mean prediction - positive rate|."""
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.mean() * abs(p[m].mean() - y_true[m].mean())
    return total


models = {
    "naive Bayes (raw)": GaussianNB().fit(X_tr, y_tr),
    "+ Platt (sigmoid)": CalibratedClassifierCV(GaussianNB(), method="sigmoid", cv=5).fit(X_tr, y_tr),
    "+ isotonic": CalibratedClassifierCV(GaussianNB(), method="isotonic", cv=5).fit(X_tr, y_tr),
}
fig, ax = plt.subplots(figsize=(5, 5))
ax.plot([0, 1], [0, 1], "k--", label="perfect calibration")
scores = {}
print(f"{'model':<20}{'ECE':>7}{'Brier':>8}{'AUC':>7}")
for name, model in models.items():
    p = model.predict_proba(X_te)[:, 1]
    scores[name] = (ece(y_te, p), brier_score_loss(y_te, p), roc_auc_score(y_te, p))
    print(f"{name:<20}{scores[name][0]:7.3f}{scores[name][1]:8.3f}{scores[name][2]:7.3f}")
    edges = np.linspace(0, 1, 11)
    idx = np.minimum((p * 10).astype(int), 9)
    xs = [p[idx == b].mean() for b in range(10) if (idx == b).any()]
    ys = [y_te[idx == b].mean() for b in range(10) if (idx == b).any()]
    ax.plot(xs, ys, "o-", label=name)
ax.set_xlabel("mean predicted probability (per bin)")
ax.set_ylabel("observed positive rate")
ax.legend()
fig.savefig("reliability.svg")

raw, platt, iso = scores.values()
assert iso[0] < raw[0] / 2 and platt[0] < raw[0]  # isotonic at least halves ECE
assert platt[1] < raw[1] and iso[1] < raw[1]          # Brier improves too
assert abs(iso[2] - raw[2]) < 0.01                    # ranking (AUC) barely moves
