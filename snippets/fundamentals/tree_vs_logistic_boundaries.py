"""Decision tree versus logistic regression on two boundaries: a diagonal
line (logistic regression's home ground; the tree needs a staircase) and an
XOR pattern (an interaction no single line can separate)."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

rng = np.random.default_rng(0)
X = rng.uniform(-1, 1, size=(600, 2))
problems = {
    "diagonal boundary": (X[:, 0] + X[:, 1] > 0).astype(int),
    "XOR (interaction)": (X[:, 0] * X[:, 1] > 0).astype(int),
}
models = {
    "logistic regression": lambda: LogisticRegression(),
    "decision tree, depth 4": lambda: DecisionTreeClassifier(max_depth=4,
                                                             random_state=0),
}

g1, g2 = np.meshgrid(np.linspace(-1, 1, 200), np.linspace(-1, 1, 200))
grid = np.c_[g1.ravel(), g2.ravel()]
fig, axes = plt.subplots(2, 2, figsize=(7.5, 7))
print(f"{'problem':<19} {'model':<23} test accuracy")
accuracy = {}
for row, (pname, y) in zip(axes, problems.items()):
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, random_state=0)
    for ax, (mname, make) in zip(row, models.items()):
        model = make().fit(X_tr, y_tr)
        acc = model.score(X_te, y_te)
        print(f"{pname:<19} {mname:<23} {acc:.2f}")
        accuracy[pname, mname] = acc
        regions = model.predict(grid).reshape(g1.shape)
        ax.imshow(regions, extent=(-1, 1, -1, 1), origin="lower", alpha=0.25,
                  cmap="coolwarm")
        ax.scatter(X_tr[:, 0], X_tr[:, 1], c=y_tr, cmap="coolwarm", s=6)
        ax.set_title(f"{mname} on {pname}\ntest accuracy {acc:.2f}", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
logit, tree = "logistic regression", "decision tree, depth 4"
assert accuracy["diagonal boundary", logit] > accuracy["diagonal boundary", tree]
assert accuracy["XOR (interaction)", tree] > accuracy["XOR (interaction)", logit] + 0.1
assert accuracy["XOR (interaction)", logit] < 0.65, "no line separates XOR"
fig.tight_layout()
fig.savefig("tree_vs_logistic_boundaries.svg")
plt.close(fig)
