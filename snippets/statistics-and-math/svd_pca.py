"""SVD of the digits data: PCA, covariance eigenvalues and low-rank reconstruction."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA

X = load_digits().data  # 1797 images of 8x8 pixels, one row each
n = X.shape[0]
Xc = X - X.mean(axis=0)
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)

# 1. Eigenvalues of the covariance matrix are the squared singular values / (n - 1)
eigvals = np.linalg.eigh(np.cov(Xc, rowvar=False))[0][::-1]  # eigh sorts ascending
print("top 5 covariance eigenvalues:", np.round(eigvals[:5], 2).tolist())
print("top 5 of s^2 / (n - 1):      ", np.round(S[:5] ** 2 / (n - 1), 2).tolist())
pca = PCA().fit(X)
print("sklearn PCA explained_variance_ agrees:",
      np.allclose(pca.explained_variance_, S**2 / (n - 1)))
assert np.allclose(eigvals, S**2 / (n - 1))
assert np.allclose(pca.explained_variance_, eigvals)

# 2. Power iteration finds the top eigenvector by repeated multiplication
C = Xc.T @ Xc / (n - 1)
v = np.ones(C.shape[0])
for _ in range(100):
    v = C @ v
    v /= np.linalg.norm(v)
print(f"power iteration: Rayleigh quotient v.Cv = {v @ C @ v:.2f}, "
      f"|cos| with the first right singular vector = {abs(v @ Vt[0]):.6f}\n")
assert np.isclose(abs(v @ Vt[0]), 1), "power iteration finds the top direction"

# 3. Eckart-Young: truncating the SVD gives the best rank-k approximation,
#    and its squared error is the sum of the dropped squared singular values
energy = np.cumsum(S**2) / np.sum(S**2)
print(f"{'k':>3}{'variance kept':>15}{'||X - X_k||_F^2':>18}{'sum of dropped s^2':>21}")
for k in (2, 5, 10, 20, 40):
    Xk = U[:, :k] * S[:k] @ Vt[:k]
    err = np.sum((Xc - Xk) ** 2)
    print(f"{k:>3}{energy[k - 1]:>15.1%}{err:>18.0f}{np.sum(S[k:] ** 2):>21.0f}")
    assert np.isclose(err, np.sum(S[k:] ** 2)), "Eckart-Young: error = dropped s^2"

fig, axes = plt.subplots(1, 6, figsize=(9, 1.9))
for ax, k in zip(axes, (1, 2, 5, 10, 20, 64)):
    img = (U[0, :k] * S[:k]) @ Vt[:k] + X.mean(axis=0)  # first image, rank k
    ax.imshow(img.reshape(8, 8), cmap="gray_r")
    ax.set_title(f"k = {k}", fontsize=9)
    ax.axis("off")
fig.savefig("svd_digit.svg")
plt.close(fig)
