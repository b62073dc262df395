"""Six ways to handle a rare positive class, scored on one test set."""

import numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score,
                             precision_score, recall_score)
from sklearn.model_selection import train_test_split
from sklearn.neighbors import NearestNeighbors
from threadpoolctl import threadpool_limits

threadpool_limits(1)  # many small models: one thread each beats oversubscribing cores

rng = np.random.default_rng(0)
X, y = make_classification(n_samples=20_000, n_features=10, n_informative=5,
                           weights=[0.98], class_sep=0.8, random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y,
                                          random_state=0)
X_fit, X_val, y_fit, y_val = train_test_split(X_tr, y_tr, test_size=0.25,
                                              stratify=y_tr, random_state=0)
print(f"positives: {y.mean():.1%} overall, {y_te.sum()} of {len(y_te)} in the test set\n")


def model(**kw):
    return HistGradientBoostingClassifier(max_iter=100, random_state=0, **kw)


def undersample(X, y, rng):
    """Keep every positive and an equal number of randomly chosen negatives."""
    pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    keep = np.r_[pos, rng.choice(neg, size=pos.size, replace=False)]
    return X[keep], y[keep]


def smote(X, y, rng, k=5):
    """Add synthetic positives between a positive and one of its k positive neighbours."""
    P = X[y == 1]
    n_new = int((y == 0).sum() - len(P))  # up to a 1:1 ratio
    # column 0 of the neighbour list is the point itself
    _, nbr = NearestNeighbors(n_neighbors=k + 1).fit(P).kneighbors(P)
    base = rng.integers(0, len(P), n_new)
    mate = nbr[base, rng.integers(1, k + 1, n_new)]
    gap = rng.random((n_new, 1))
    synthetic = P[base] + gap * (P[mate] - P[base])
    return np.r_[X, synthetic], np.r_[y, np.ones(n_new, dtype=int)]


def best_f1_threshold(y_true, prob):
    """Threshold that maximizes F1 on validation data (never on the test set)."""
    grid = np.linspace(0.01, 0.99, 99)
    pred = prob[:, None] >= grid  # one column per candidate threshold
    tp = (pred & (y_true[:, None] == 1)).sum(axis=0)
    f1 = 2 * tp / (pred.sum(axis=0) + y_true.sum())  # F1 = 2TP / (2TP + FP + FN)
    return grid[np.argmax(f1)]


plain = model().fit(X_fit, y_fit)
bagged = [model().fit(*undersample(X_fit, y_fit, rng)) for _ in range(10)]
remedies = {  # name -> (fitted model or bag of models, threshold rule)
    "no remedy": (plain, "0.5"),
    "class weights": (model(class_weight="balanced").fit(X_fit, y_fit), "0.5"),
    "random undersampling": (model().fit(*undersample(X_fit, y_fit, rng)), "0.5"),
    "SMOTE": (model().fit(*smote(X_fit, y_fit, rng)), "0.5"),
    "threshold moving": (plain, "tuned"),
    "balanced bagging (10)": (bagged, "0.5"),
}


def prob(m, X):
    members = m if isinstance(m, list) else [m]  # a bag averages its members
    return np.mean([member.predict_proba(X)[:, 1] for member in members], axis=0)


print(f"{'remedy':<24}{'threshold':>10}{'accuracy':>9}{'precision':>10}"
      f"{'recall':>7}{'F1':>7}{'PR-AUC':>8}")
print(f"{'always predict negative':<24}{'-':>10}{1 - y_te.mean():>9.3f}"
      f"{0:>10.3f}{0:>7.3f}{0:>7.3f}{y_te.mean():>8.3f}")
tuned_f1, table = {}, {}
for name, (m, rule) in remedies.items():
    t_best = best_f1_threshold(y_val, prob(m, X_val))
    p = prob(m, X_te)
    tuned_f1[name] = f1_score(y_te, p >= t_best)
    t = t_best if rule == "tuned" else 0.5
    pred = (p >= t).astype(int)
    print(f"{name:<24}{t:>10.2f}{accuracy_score(y_te, pred):>9.3f}"
          f"{precision_score(y_te, pred):>10.3f}{recall_score(y_te, pred):>7.3f}"
          f"{f1_score(y_te, pred):>7.3f}{average_precision_score(y_te, p):>8.3f}")
    table[name] = (accuracy_score(y_te, pred), recall_score(y_te, pred),
                   average_precision_score(y_te, p))

acc, recall, pr_auc = (dict(zip(table, column)) for column in zip(*table.values()))
assert acc["SMOTE"] < 1 - y_te.mean() and acc["class weights"] < 1 - y_te.mean()
assert set(sorted(acc, key=acc.get)[:2]) == set(sorted(recall, key=recall.get)[-2:]), \
    "the two remedies that find the most positives have the lowest accuracy"
rebalanced = ["class weights", "random undersampling", "SMOTE", "balanced bagging (10)"]
assert all(recall[name] > recall["no remedy"] for name in rebalanced)
assert max(pr_auc.values()) - min(pr_auc.values()) < 0.1, "PR-AUC moves much less"

print("\ntest F1 once each model's threshold is tuned on validation data:")
for name, f1 in tuned_f1.items():
    if name != "threshold moving":
        print(f"  {name:<24}{f1:.3f}")
del tuned_f1["threshold moving"]
assert max(tuned_f1.values()) - min(tuned_f1.values()) < 0.15, "F1 lands in a narrow band"
assert max(tuned_f1, key=tuned_f1.get) == "SMOTE", "SMOTE helped most on this dataset"
assert min(tuned_f1, key=tuned_f1.get) == "random undersampling", "undersampling hurt"
