"""PCA by eigendecomposition of the covariance (mlref.decomposition),
checked against scikit-learn.
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA

from mlref.decomposition import pca

# 1797 images of 8x8 pixels = 64 features.
X, digit = load_digits(return_X_y=True)
ours = pca(X, n_components=10)
ref = PCA(n_components=10).fit(X)

same_axes = np.allclose(
    np.abs(np.sum(ours.components * ref.components_, axis=1)), 1.0
)
print("components match scikit-learn up to sign:", same_axes)
assert same_axes
print(
    "explained variance ratio, first 5:",
    np.round(ours.explained_variance_ratio[:5], 3),
)
assert np.allclose(
    ours.explained_variance_ratio, ref.explained_variance_ratio_
)

full = pca(X, n_components=64)
cumulative = np.cumsum(full.explained_variance_ratio)
for target in (0.5, 0.8, 0.95):
    print(
        f"components for {target:.0%} of the variance: "
        f"{np.searchsorted(cumulative, target) + 1}"
    )

print(
    f"k= 0: reconstruction MSE {np.mean((X - X.mean(0)) ** 2):6.2f} "
    "(every image replaced by the mean image)"
)
for k in (2, 10, 30):
    model = pca(X, k)
    err = np.mean((X - model.inverse_transform(model.transform(X))) ** 2)
    print(f"k={k:2d}: reconstruction MSE {err:6.2f}")

Z = ours.transform(X)[:, :2]
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.6))
points = ax1.scatter(Z[:, 0], Z[:, 1], c=digit, cmap="tab10", s=6)
fig.colorbar(points, ax=ax1, label="digit")
ax1.set_xlabel("PC 1")
ax1.set_ylabel("PC 2")
ax1.set_title("Digits projected on 2 components")
ax2.plot(np.arange(1, 65), cumulative, marker=".")
ax2.axhline(0.95, color="gray", ls="--", lw=1)
ax2.set_xlabel("number of components")
ax2.set_ylabel("cumulative explained variance")
fig.savefig("pca_digits.svg")
plt.close(fig)
