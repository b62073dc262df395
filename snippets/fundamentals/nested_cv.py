"""On pure noise (labels independent of features) every honest estimate of
accuracy is about 0.5. Picking the best of 30 kNN settings by cross-validation
and reporting that same score is optimistic; nested cross-validation is not.
Repeated on 10 independent noise datasets."""

import numpy as np
from scipy.spatial.distance import cdist
from sklearn.model_selection import StratifiedKFold

rng = np.random.default_rng(0)


def fold_accuracy(X_tr, y_tr, X_va, y_va):
    """Validation accuracy of all 30 settings: k = 1, 3, ..., 29 neighbours
    under the Manhattan (p = 1) and Euclidean (p = 2) distances."""
    acc = []
    for p in (1, 2):
        nearest = y_tr[np.argsort(cdist(X_va, X_tr, "minkowski", p=p), axis=1)]
        for k in range(1, 30, 2):
            acc.append(np.mean((nearest[:, :k].mean(axis=1) > 0.5) == y_va))
    return np.array(acc)


def cv_accuracy(X, y, seed):
    folds = StratifiedKFold(5, shuffle=True, random_state=seed).split(X, y)
    scores = [fold_accuracy(X[tr], y[tr], X[va], y[va]) for tr, va in folds]
    return np.mean(scores, axis=0)


flat, nested = [], []
for _ in range(10):
    X = rng.normal(size=(60, 20))
    y = rng.permutation(np.repeat([0, 1], 30))  # random labels: nothing to learn
    flat.append(cv_accuracy(X, y, seed=1).max())  # tune and report on the same folds
    outer_scores = []
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=2).split(X, y):
        # the tuning sees only this outer fold's training part
        best = np.argmax(cv_accuracy(X[tr], y[tr], seed=1))
        outer_scores.append(fold_accuracy(X[tr], y[tr], X[te], y[te])[best])
    nested.append(np.mean(outer_scores))

print("dataset:              " + " ".join(f"{i:>5}" for i in range(1, 11)))
print("best inner CV score:  " + " ".join(f"{v:5.2f}" for v in flat))
print("nested CV score:      " + " ".join(f"{v:5.2f}" for v in nested))
print(f"mean non-nested {np.mean(flat):.3f}, mean nested {np.mean(nested):.3f}, "
      "truth 0.500")
assert np.mean(flat) > np.mean(nested) + 0.05, "reporting the tuned score is optimistic"
assert abs(np.mean(nested) - 0.5) < 0.06, "nested CV is close to the truth"
