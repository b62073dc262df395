"""The same SVM with four kernels on two interleaved half-moons: a linear
boundary underfits, RBF with a moderate gamma fits, a huge gamma memorizes.
Circled points are the support vectors."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X, y = make_moons(n_samples=300, noise=0.25, random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, random_state=0)
models = {
    "linear": SVC(kernel="linear", C=1),
    "polynomial, degree 3": SVC(kernel="poly", degree=3, coef0=1, C=1),
    "RBF, gamma = 1": SVC(kernel="rbf", gamma=1, C=1),
    "RBF, gamma = 100": SVC(kernel="rbf", gamma=100, C=1),
}

g1, g2 = np.meshgrid(np.linspace(-1.6, 2.6, 150), np.linspace(-1.3, 1.8, 150))
fig, axes = plt.subplots(1, 4, figsize=(13, 3.4), sharey=True)
print(f"{'kernel':<22} train acc  test acc  support vectors (of {len(X_tr)})")
results = {}
for ax, (name, model) in zip(axes, models.items()):
    model.fit(X_tr, y_tr)
    train_acc, test_acc = model.score(X_tr, y_tr), model.score(X_te, y_te)
    n_sv = len(model.support_)
    print(f"{name:<22} {train_acc:9.2f}  {test_acc:8.2f}  {n_sv:>15}")
    results[name] = train_acc, test_acc, n_sv
    score = model.decision_function(np.c_[g1.ravel(), g2.ravel()]).reshape(g1.shape)
    ax.imshow(score > 0, extent=(-1.6, 2.6, -1.3, 1.8), origin="lower", aspect="auto",
              alpha=0.2, cmap="coolwarm")
    # solid: the decision boundary; dotted: the margins (decision function -1 and +1)
    ax.contour(g1, g2, score, levels=[-1, 0, 1], colors="black",
               linestyles=[":", "-", ":"], linewidths=1)
    ax.scatter(X_tr[:, 0], X_tr[:, 1], c=y_tr, cmap="coolwarm", s=10)
    sv = model.support_vectors_
    ax.scatter(sv[:, 0], sv[:, 1], s=40, facecolors="none", edgecolors="black",
               linewidths=0.6)
    ax.set_title(f"{name}\ntest accuracy {test_acc:.2f}", fontsize=10)
linear, _, rbf, wiggly = results.values()  # each: train acc, test acc, support vectors
assert rbf[1] > max(linear[1], wiggly[1]), "a moderate RBF kernel fits the moons best"
assert wiggly[0] > wiggly[1] and wiggly[2] > 0.9 * len(X_tr), "gamma 100 memorizes"
fig.savefig("svm_kernels.svg")
plt.close(fig)
