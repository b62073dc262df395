"""Gradient and Hessian of regularized logistic regression: checked, then used."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
X = np.c_[np.ones(len(X)), StandardScaler().fit_transform(X)]  # intercept column first
n, d = X.shape
lam = 0.01  # small L2 penalty (intercept included, for brevity): finite optimum


def loss(w):
    z = X @ w
    # log(1 + e^z) - y z, computed stably
    return np.mean(np.logaddexp(0, z) - y * z) + lam / 2 * w @ w


def grad(w):
    p = 1 / (1 + np.exp(-X @ w))
    return X.T @ (p - y) / n + lam * w  # chain rule: dL/dz = p - y, dz/dw = x


def hessian(w):
    p = 1 / (1 + np.exp(-X @ w))
    return (X.T * (p * (1 - p))) @ X / n + lam * np.eye(d)  # X^T diag(p(1-p)) X / n


# 1. Check the analytic gradient and Hessian against central finite differences
rng = np.random.default_rng(0)
w0, h = rng.normal(scale=0.1, size=d), 1e-5
E = np.eye(d)
num_grad = np.array([(loss(w0 + h * e) - loss(w0 - h * e)) / (2 * h) for e in E])
num_hess = np.array([(grad(w0 + h * e) - grad(w0 - h * e)) / (2 * h) for e in E])


def rel_err(a, b):
    return np.linalg.norm(a - b) / np.linalg.norm(a + b)


print(f"relative error vs finite differences: gradient {rel_err(grad(w0), num_grad):.1e}, "
      f"Hessian {rel_err(hessian(w0), num_hess):.1e}")
assert rel_err(grad(w0), num_grad) < 1e-7 and rel_err(hessian(w0), num_hess) < 1e-7
eig = np.linalg.eigvalsh(hessian(w0))
print(f"Hessian eigenvalues from {eig.min():.3f} to {eig.max():.2f}: all positive "
      f"(convex); condition number {eig.max() / eig.min():.0f}\n")
assert eig.min() > 0, "the loss is strictly convex"

# 2. Gradient descent (step 1/L) against Newton's method (step H^-1 g)
w_star = np.zeros(d)
for _ in range(50):
    w_star -= np.linalg.solve(hessian(w_star), grad(w_star))
f_star = loss(w_star)

L = np.linalg.eigvalsh(X.T @ X / (4 * n)).max() + lam  # p(1-p) <= 1/4 caps curvature
gaps = {"gradient descent": [], "Newton": []}
w_gd, w_nt = np.zeros(d), np.zeros(d)
for _ in range(1000):
    gaps["gradient descent"].append(loss(w_gd) - f_star)
    gaps["Newton"].append(loss(w_nt) - f_star)
    w_gd = w_gd - grad(w_gd) / L
    w_nt = w_nt - np.linalg.solve(hessian(w_nt), grad(w_nt))
print(f"{'iteration':>9}{'GD loss gap':>14}{'Newton loss gap':>17}")
for it in (0, 1, 2, 3, 4, 5, 6, 7, 8, 100, 999):
    gd, nt = gaps["gradient descent"][it], max(gaps["Newton"][it], 0)
    print(f"{it:>9}{gd:>14.2e}{nt:>17.2e}")
assert max(gaps["Newton"][8:]) < 1e-12, "Newton reaches machine precision in ~8 steps"
assert gaps["gradient descent"][999] > 1e-8, "gradient descent is still converging"

fig, ax = plt.subplots(figsize=(6, 3.4))
for name, g in gaps.items():
    steps = np.arange(1, len(g) + 1)
    ax.loglog(steps, np.maximum(g, 1e-16), label=name)  # 1e-16: floating-point floor
ax.set(xlabel="iteration + 1", ylabel="loss - optimum",
       title="Logistic regression, 31 parameters")
ax.legend()
fig.savefig("newton_vs_gd.svg")
plt.close(fig)
