"""PCA by hand on the breast-cancer data (569 tumours, 30 features):
standardize, covariance matrix, eigendecomposition, sort, project. Then
check against scikit-learn."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.decomposition import PCA

data = load_breast_cancer()
X, y = data.data, data.target

Z = (X - X.mean(axis=0)) / X.std(axis=0)  # 1. standardize: features differ in units
C = Z.T @ Z / (len(Z) - 1)  # 2. covariance matrix (30 x 30)
eigvals, eigvecs = np.linalg.eigh(C)  # 3. eigh: symmetric matrices, ascending order
order = np.argsort(eigvals)[::-1]  # 4. sort by variance explained, largest first
eigvals, eigvecs = eigvals[order], eigvecs[:, order]
scores = Z @ eigvecs[:, :2]  # 5. project onto the first two components

ratio = eigvals / eigvals.sum()
cumulative = np.cumsum(ratio)
print("component  eigenvalue  explained  cumulative")
for i in range(6):
    print(f"{i + 1:>9}  {eigvals[i]:10.2f}  {ratio[i]:9.1%}  {cumulative[i]:10.1%}")
k95 = np.searchsorted(cumulative, 0.95) + 1
print(f"components needed for 95 % of the variance: {k95} of 30")
top = np.argsort(np.abs(eigvecs[:, 0]))[::-1][:3]
print("largest loadings on PC1:")
print("  " + ", ".join(data.feature_names[top]))

sk = PCA().fit(Z)
gap = np.abs(sk.explained_variance_ - eigvals).max()
print(f"max difference from sklearn's explained_variance_: {gap:.1e}")
same_axes = np.allclose(np.abs(sk.components_[:2]), np.abs(eigvecs[:, :2].T))
print(f"same first two directions (up to sign): {same_axes}")
assert gap < 1e-9 and same_axes, "the hand-made PCA is scikit-learn's"

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8))
ax1.bar(range(1, 31), ratio, label="each component")
ax1.plot(range(1, 31), cumulative, "o-", color="tab:orange", ms=3, label="cumulative")
ax1.axhline(0.95, color="grey", ls=":")
ax1.set_xlabel("principal component")
ax1.set_ylabel("share of variance")
ax1.legend()
for label, name in ((0, "malignant"), (1, "benign")):
    ax2.scatter(*scores[y == label].T, s=8, alpha=0.6, label=name)
ax2.set_xlabel(f"PC1 ({ratio[0]:.0%} of variance)")
ax2.set_ylabel(f"PC2 ({ratio[1]:.0%})")
ax2.legend()
fig.savefig("pca_step_by_step.svg")
plt.close(fig)
