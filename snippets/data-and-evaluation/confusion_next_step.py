"""Reading a multi-class confusion matrix to decide what to fix next."""

import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, random_state=0, stratify=y)
model = LogisticRegression(C=1e-4, max_iter=5000).fit(X_tr, y_tr)   # deliberately strongly regularized

cm_test = confusion_matrix(y_te, model.predict(X_te))
cm_train = confusion_matrix(y_tr, model.predict(X_tr))
recall = np.diag(cm_test) / cm_test.sum(1)
print("test accuracy", round(np.trace(cm_test) / cm_test.sum(), 3),
      "| train accuracy", round(np.trace(cm_train) / cm_train.sum(), 3))
print("per-class recall:", " ".join(f"{k}:{r:.2f}" for k, r in enumerate(recall)))

off = cm_test.copy(); np.fill_diagonal(off, 0)
pairs = sorted(((off[i, j], i, j) for i in range(10) for j in range(10) if off[i, j]), reverse=True)
total_errors = off.sum()
print(f"{total_errors} test errors; largest cells (true -> predicted):")
for count, i, j in pairs[:4]:
    print(f"  {i} -> {j}: {count} ({count / total_errors:.0%} of all errors), "
          f"same cell on training data: {cm_train[i, j]}")
top3 = sum(c for c, _, _ in pairs[:3]) / total_errors
print(f"top 3 cells hold {top3:.0%} of the errors")
assert pairs[0][0] >= 5
assert recall.argmin() == pairs[0][1], "the worst class owns the largest error cell"
# train errors in the same cells: the model cannot separate these classes at all (bias, not variance)
assert cm_train[pairs[0][1], pairs[0][2]] > 0

better = LogisticRegression(C=1e-2, max_iter=5000).fit(X_tr, y_tr)
cm_better = confusion_matrix(y_te, better.predict(X_te))
_, i, j = pairs[0]
print(f"less regularization: test accuracy {np.trace(cm_better) / cm_better.sum():.3f}, "
      f"cell {i} -> {j} drops from {cm_test[i, j]} to {cm_better[i, j]}")
assert cm_better[i, j] < cm_test[i, j]
assert np.trace(cm_better) / cm_better.sum() > np.trace(cm_test) / cm_test.sum(), "less regularization helps"
