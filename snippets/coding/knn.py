"""k-nearest neighbours from scratch (mlref.neighbors) against scikit-learn."""

import numpy as np
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

from mlref.neighbors import knn_predict, pairwise_sq_distances

# 178 wines, 13 features on very different scales.
X, y = load_wine(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=0
)

# Distances mix units: standardize, with training-row statistics only.
scaler = StandardScaler().fit(X_train)
X_train_s, X_test_s = scaler.transform(X_train), scaler.transform(X_test)

# The vectorized distance matrix equals the explicit double loop.
loop = np.array(
    [[np.sum((a - b) ** 2) for b in X_train_s] for a in X_test_s[:5]]
)
assert np.allclose(pairwise_sq_distances(X_test_s[:5], X_train_s), loop)

print(" k   accuracy raw   accuracy scaled   same predictions as scikit-learn")
for k in (1, 5, 15):
    raw = np.mean(knn_predict(X_train, y_train, X_test, k) == y_test)
    ours = knn_predict(X_train_s, y_train, X_test_s, k)
    ref = (
        KNeighborsClassifier(n_neighbors=k)
        .fit(X_train_s, y_train)
        .predict(X_test_s)
    )
    print(
        f"{k:2d}   {raw:12.3f}   {np.mean(ours == y_test):15.3f}   "
        f"{np.array_equal(ours, ref)}"
    )
    assert np.array_equal(ours, ref), "ours should match scikit-learn"
    assert raw < np.mean(ours == y_test), "scaling should raise accuracy"

try:
    knn_predict(X_train_s, y_train, X_test_s, k=0)
except ValueError as error:
    print("k=0:", error)
else:
    raise AssertionError("k=0 should be refused")
