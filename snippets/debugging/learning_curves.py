"""Learning curves tell high variance (a gap that data closes) from high bias."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

X, y = load_digits(return_X_y=True)  # 1,797 images of 8x8 pixels, 10 classes
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
sizes = np.linspace(0.1, 1.0, 8)
models = {
    "unpruned decision tree": DecisionTreeClassifier(random_state=0),
    "decision tree, depth 3": DecisionTreeClassifier(max_depth=3, random_state=0),
    "logistic regression": make_pipeline(
        StandardScaler(), LogisticRegression(C=0.1, max_iter=2_000)
    ),
}

fig, axes = plt.subplots(1, 3, figsize=(11, 3.4), sharey=True)
print(f"{'model':<24} {'rows':>5} {'train':>6} {'valid':>6} {'gap':>6}")
curves = {}
for ax, (name, model) in zip(axes, models.items()):
    n, train, valid = learning_curve(model, X, y, train_sizes=sizes, cv=cv)
    tr, va = train.mean(axis=1), valid.mean(axis=1)
    curves[name] = tr, va
    for i in (0, len(n) - 1):  # smallest and largest training set
        gap = tr[i] - va[i]
        print(f"{name:<24} {n[i]:>5} {tr[i]:6.3f} {va[i]:6.3f} {gap:6.3f}")
    ax.plot(n, tr, "o-", label="training")
    ax.plot(n, va, "o-", label="validation")
    sd = valid.std(axis=1)
    ax.fill_between(n, va - sd, va + sd, alpha=0.2, color="C1")
    ax.set_title(name, fontsize=10)
    ax.set_xlabel("training rows")
tree_tr, tree_va = curves["unpruned decision tree"]
assert tree_tr[-1] == 1 and tree_tr[-1] - tree_va[-1] > 0.1, "high variance"
stump_tr, stump_va = curves["decision tree, depth 3"]
assert stump_tr[-1] < 0.6 and stump_tr[-1] - stump_va[-1] < 0.05, "high bias"
assert stump_tr[-1] < stump_tr[0], "bias: train score falls"
logit_tr, logit_va = curves["logistic regression"]
assert logit_va[-1] > 0.95 and logit_tr[-1] - logit_va[-1] < 0.05, "fits well"
axes[0].set_ylabel("accuracy")
axes[0].legend(loc="lower right")
fig.tight_layout()
fig.savefig("learning_curves.svg")
plt.close(fig)
