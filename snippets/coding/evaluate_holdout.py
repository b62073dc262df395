"""Evaluate a classifier on a held-out test set: threshold chosen on validation
data, metrics suited to an imbalanced problem."""

from functools import partial

import numpy as np
from sklearn.datasets import make_classification
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    brier_score_loss,
    confusion_matrix,
    f1_score,
    log_loss,
    precision_recall_curve,
    precision_score,
    recall_score,
    roc_auc_score,
)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# 6000 rows, 8% positives.
X, y = make_classification(
    n_samples=6000,
    n_features=20,
    n_informative=5,
    weights=[0.92],
    class_sep=0.8,
    random_state=0,
)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=1 / 3, stratify=y_rest, random_state=0
)

model = make_pipeline(StandardScaler(), LogisticRegression())
model.fit(X_train, y_train)
baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

# Pick the threshold on validation data (here: best F1), never on the test set.
precision, recall, thresholds = precision_recall_curve(
    y_val, model.predict_proba(X_val)[:, 1]
)
f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
threshold = thresholds[np.argmax(f1[:-1])]
print(f"threshold chosen on validation: {threshold:.2f} (default 0.50)")
assert threshold < 0.5, "with 8 % positives, the best threshold is below 0.5"

p_test = model.predict_proba(X_test)[:, 1]
print(f"\n{'':22s}{'baseline':>10s}{'t=0.50':>10s}{f't={threshold:.2f}':>10s}")
rows = {
    "accuracy": accuracy_score,
    "precision": partial(precision_score, zero_division=0),
    "recall": recall_score,
    "F1": f1_score,
}
table = {}
for name, metric in rows.items():
    values = [
        metric(y_test, baseline.predict(X_test)),
        metric(y_test, p_test >= 0.5),
        metric(y_test, p_test >= threshold),
    ]
    print(f"{name:22s}" + "".join(f"{v:10.3f}" for v in values))
    table[name] = values
# Columns: baseline, t=0.50, tuned threshold.
acc, rec, f1_test = table["accuracy"], table["recall"], table["F1"]
assert rec[0] == 0 and acc[1] > acc[0], "the model barely beats the baseline"
assert rec[2] > rec[1] and f1_test[2] > f1_test[1], "tuned: more recall, F1"
assert acc[2] < acc[1], "...at the cost of accuracy"

print(
    "\nthreshold-free, on scores: "
    f"ROC AUC {roc_auc_score(y_test, p_test):.3f}\n"
    "PR AUC (average precision) "
    f"{average_precision_score(y_test, p_test):.3f} "
    f"vs {y_test.mean():.3f} for random scores"
)
pr_auc = average_precision_score(y_test, p_test)
assert roc_auc_score(y_test, p_test) > pr_auc > y_test.mean()
print(
    f"probability quality: log loss {log_loss(y_test, p_test):.3f}, "
    f"Brier score {brier_score_loss(y_test, p_test):.3f}"
)
tn, fp, fn, tp = confusion_matrix(y_test, p_test >= threshold).ravel()
print(
    f"confusion matrix at t={threshold:.2f}: "
    f"TP {tp}, FP {fp}, FN {fn}, TN {tn}"
)
