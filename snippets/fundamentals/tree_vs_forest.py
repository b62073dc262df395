"""One deep decision tree against random forests of growing size, on a noisy
synthetic problem. Instability: train each model on 10 different random
halves of the training data and count how often its test predictions
disagree with the majority of the 10."""

import numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

X, y = make_classification(
    n_samples=1000, n_features=20, n_informative=6, flip_y=0.1, random_state=0
)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, random_state=0)
rng = np.random.default_rng(0)

models = {
    "decision tree (no depth limit)": lambda s: DecisionTreeClassifier(random_state=s),
    "random forest, 10 trees": lambda s: RandomForestClassifier(10, random_state=s),
    "random forest, 100 trees": lambda s: RandomForestClassifier(100, random_state=s),
}
halves = [rng.choice(len(X_tr), len(X_tr) // 2, replace=False) for _ in range(10)]

print(f"{'model':<31} train acc  test acc  unstable test predictions")
test_accs, instability = [], []
for name, make in models.items():
    full = make(0).fit(X_tr, y_tr)
    preds = np.array([make(i).fit(X_tr[h], y_tr[h]).predict(X_te)
                      for i, h in enumerate(halves)])
    majority = (preds.mean(axis=0) > 0.5).astype(int)
    unstable = np.mean(preds != majority)
    train_acc, test_acc = full.score(X_tr, y_tr), full.score(X_te, y_te)
    print(f"{name:<31} {train_acc:9.3f}  {test_acc:8.3f}  {unstable:25.1%}")
    test_accs.append(test_acc)
    instability.append(unstable)
assert np.all(np.diff(test_accs) > 0), "more trees, better test accuracy than one tree"
assert np.all(np.diff(instability) < 0), "and more stable predictions"

forest = RandomForestClassifier(100, oob_score=True, random_state=0).fit(X_tr, y_tr)
print(f"out-of-bag accuracy of the 100-tree forest: {forest.oob_score_:.3f}")
assert abs(forest.oob_score_ - test_accs[-1]) < 0.03, "out-of-bag ~ test"
