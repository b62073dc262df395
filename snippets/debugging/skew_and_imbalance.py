"""A skewed feature and a 1 % positive class: what accuracy hides, what helps."""

import numpy as np
from scipy.stats import skew
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_score, recall_score
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(0)
amount = rng.lognormal(mean=3.5, sigma=1.2, size=10_000)  # e.g. transaction amounts
print(f"amount:        skewness {skew(amount):5.2f}, "
      f"mean {amount.mean():6.1f}, median {np.median(amount):5.1f}")
print(f"log1p(amount): skewness {skew(np.log1p(amount)):5.2f}\n")
assert skew(amount) > 3 and abs(skew(np.log1p(amount))) < 0.5, "log1p unskews"

X, y = make_classification(n_samples=30_000, n_features=10, n_informative=4,
                           weights=[0.99], class_sep=0.5, n_clusters_per_class=1,
                           flip_y=0, random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y,
                                          random_state=0)
print(f"positives: {y.mean():.1%} of rows\n")
print(f"{'model':<38} {'accuracy':>8} {'precision':>9} {'recall':>7} {'PR AUC':>7}")


def show(name, pred, score):
    precision = precision_score(y_te, pred, zero_division=0)
    print(f"{name:<38} {(pred == y_te).mean():8.3f} {precision:9.3f} "
          f"{recall_score(y_te, pred):7.3f} "
          f"{average_precision_score(y_te, score):7.3f}")
    return (pred == y_te).mean(), precision, recall_score(y_te, pred), \
        average_precision_score(y_te, score)


baseline = show("always predict negative", np.zeros_like(y_te), np.zeros(len(y_te)))
plain = LogisticRegression(max_iter=1_000).fit(X_tr, y_tr)
s = plain.predict_proba(X_te)[:, 1]
at_05 = show("logistic regression, threshold 0.5", (s >= 0.5).astype(int), s)
at_01 = show("same model, threshold 0.1", (s >= 0.1).astype(int), s)
weighted = LogisticRegression(max_iter=1_000, class_weight="balanced")
weighted.fit(X_tr, y_tr)
w = weighted.predict_proba(X_te)[:, 1]
balanced = show("class_weight='balanced', threshold 0.5", (w >= 0.5).astype(int), w)
# Columns: accuracy, precision, recall, PR AUC.
assert at_05[0] > baseline[0] and at_05[2] < 0.5, "accuracy hides misses"
assert at_01[2] > at_05[2] and at_01[3] == at_05[3], "same ranking"
assert balanced[2] > at_01[2] and balanced[1] < 0.1, "precision collapses"
