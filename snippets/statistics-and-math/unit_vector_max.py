"""Which unit vector maximizes a.u, and which maximizes the variance u'Su? Checked by brute force."""

import numpy as np
from sklearn.decomposition import PCA

rng = np.random.default_rng(0)

# 1) max over unit u of a.u is ||a||, reached at u = a / ||a|| (Cauchy-Schwarz)
a = np.array([3.0, -1.0, 2.0])
u_star = a / np.linalg.norm(a)
U = rng.normal(size=(200_000, 3))
U /= np.linalg.norm(U, axis=1, keepdims=True)       # random directions on the sphere
print(f"||a|| = {np.linalg.norm(a):.4f}, a.u* = {a @ u_star:.4f}, "
      f"best of 200,000 random unit vectors = {(U @ a).max():.4f}")
assert np.isclose(a @ u_star, np.linalg.norm(a)) and (U @ a).max() <= a @ u_star

# 2) max over unit u of u'Su (variance of the projection) is the top eigenvalue of S
X = rng.multivariate_normal([0, 0, 0], [[4, 1.5, 0], [1.5, 2, 0.5], [0, 0.5, 1]], size=5000)
S = np.cov(X, rowvar=False)
eigvals, eigvecs = np.linalg.eigh(S)                 # ascending order
v_top, lam_top = eigvecs[:, -1], eigvals[-1]
proj_var = np.einsum("ij,jk,ik->i", U, S, U)         # u'Su for every random u
print(f"top eigenvalue = {lam_top:.4f}, variance of X @ v_top = {np.var(X @ v_top, ddof=1):.4f}, "
      f"best random direction = {proj_var.max():.4f}")
assert np.isclose(np.var(X @ v_top, ddof=1), lam_top) and proj_var.max() <= lam_top

# 3) the covariance eigenvectors are PCA's components (up to sign)
pca = PCA().fit(X)
print("eigenvalues (descending):", np.round(eigvals[::-1], 4))
print("PCA explained_variance_: ", np.round(pca.explained_variance_, 4))
assert np.allclose(pca.explained_variance_, eigvals[::-1])
for k in range(3):
    assert np.isclose(abs(pca.components_[k] @ eigvecs[:, -1 - k]), 1.0)
print("the components agree with the eigenvectors up to sign")
