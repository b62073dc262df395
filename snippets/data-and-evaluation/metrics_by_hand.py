"""Classification metrics by hand (mlref.metrics), checked against scikit-learn."""

import numpy as np
from sklearn import metrics as skm
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from mlref import metrics as mm

X, y = make_classification(n_samples=4000, n_features=8, n_informative=3,
                           weights=[0.9], class_sep=1.0, n_clusters_per_class=1,
                           random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, stratify=y,
                                          random_state=0)
prob = LogisticRegression().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
pred = (prob >= 0.5).astype(int)

c = mm.confusion_counts(y_te, pred)
print("confusion matrix (rows: actual, columns: predicted)")
print("              pred 0  pred 1")
print(f"  actual 0  {c['tn']:>7} {c['fp']:>7}")
print(f"  actual 1  {c['fn']:>7} {c['tp']:>7}\n")

precision, recall, f1 = mm.precision_recall_f1(y_te, pred)
rows = [  # (name, by hand, scikit-learn)
    ("accuracy", (c["tp"] + c["tn"]) / len(y_te), skm.accuracy_score(y_te, pred)),
    ("precision", precision, skm.precision_score(y_te, pred)),
    ("recall (sensitivity)", recall, skm.recall_score(y_te, pred)),
    ("specificity", mm.specificity(y_te, pred),
     skm.recall_score(y_te, pred, pos_label=0)),
    ("F1", f1, skm.f1_score(y_te, pred)),
    ("ROC AUC", mm.roc_auc_score(y_te, prob), skm.roc_auc_score(y_te, prob)),
    ("average precision", mm.average_precision_score(y_te, prob),
     skm.average_precision_score(y_te, prob)),
    ("log-loss", mm.log_loss(y_te, prob), skm.log_loss(y_te, prob)),
]
print(f"{'metric':<22}{'by hand':>9}{'sklearn':>9}")
for name, ours, ref in rows:
    assert np.isclose(ours, ref), name
    print(f"{name:<22}{ours:>9.4f}{ref:>9.4f}")
assert 1 - y_te.mean() < skm.accuracy_score(y_te, pred) and recall < 0.5, \
    "accurate, yet it misses more than half of the positives"
print(f"\naccuracy {rows[0][1]:.1%} against {1 - y_te.mean():.1%} for 'always negative'; "
      f"recall {recall:.0%}, precision {precision:.2f}")

# ROC AUC is the chance that a random positive outscores a random negative
pos, neg = prob[y_te == 1], prob[y_te == 0]
wins = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
print(f"\npositive-negative pairs ranked correctly: {wins:.4f} "
      f"of {pos.size} x {neg.size} = {pos.size * neg.size:,}")
assert np.isclose(wins, skm.roc_auc_score(y_te, prob))
