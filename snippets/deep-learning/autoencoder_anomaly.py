"""Autoencoder trained on digits 0-4 only: reconstruction error flags digits 5-9."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = X / 16.0  # 8x8 images = 64 pixels in [0, 1]
normal = y <= 4
X_train, X_test_normal = train_test_split(X[normal], test_size=0.3, random_state=0)
X_test = np.vstack([X_test_normal, X[~normal]])
is_anomaly = np.r_[np.zeros(len(X_test_normal)), np.ones((~normal).sum())]

rng = np.random.default_rng(0)
sizes = [64, 32, 8, 32, 64]  # 8-unit bottleneck
acts = ["tanh", "linear", "tanh", "sigmoid"]
Ws = [rng.normal(0, np.sqrt(1 / a), (a, b)) for a, b in zip(sizes, sizes[1:])]
bs = [np.zeros(b) for b in sizes[1:]]
f = {"tanh": np.tanh, "linear": lambda z: z,
     "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
# derivatives, written in terms of the layer's output a
df = {"tanh": lambda a: 1 - a**2, "linear": lambda a: 1,
      "sigmoid": lambda a: a * (1 - a)}


def forward(x):  # returns the input and every layer's output
    outs = [x]
    for W, b, act in zip(Ws, bs, acts):
        outs.append(f[act](outs[-1] @ W + b))
    return outs


params = Ws + bs
m = [np.zeros_like(p) for p in params]  # Adam moment estimates
v = [np.zeros_like(p) for p in params]
for step in range(1, 3001):  # Adam, mini-batches of 64
    xb = X_train[rng.integers(0, len(X_train), 64)]
    outs = forward(xb)
    delta = 2 * (outs[-1] - xb) / xb.size  # d(MSE)/d(output)
    gW, gb = [], []
    for i in reversed(range(len(Ws))):
        delta = delta * df[acts[i]](outs[i + 1])  # through the activation
        gW.insert(0, outs[i].T @ delta)
        gb.insert(0, delta.sum(0))
        delta = delta @ Ws[i].T
    for j, (p, g) in enumerate(zip(params, gW + gb)):
        m[j] = 0.9 * m[j] + 0.1 * g
        v[j] = 0.999 * v[j] + 0.001 * g**2
        m_hat, v_hat = m[j] / (1 - 0.9**step), v[j] / (1 - 0.999**step)
        p -= 3e-3 * m_hat / (np.sqrt(v_hat) + 1e-8)

recon = forward(X_test)[-1]
err = ((recon - X_test) ** 2).mean(axis=1)
pca = PCA(n_components=8).fit(X_train)  # linear baseline, same bottleneck size
err_pca = ((pca.inverse_transform(pca.transform(X_test)) - X_test) ** 2).mean(axis=1)
train_mse = ((forward(X_train)[-1] - X_train) ** 2).mean()
print(f"train MSE (digits 0-4):           {train_mse:.4f}")
print(f"test MSE, digits 0-4 (normal):    {err[is_anomaly == 0].mean():.4f}")
print(f"test MSE, digits 5-9 (anomalies): {err[is_anomaly == 1].mean():.4f}")
auc_ae, auc_pca = roc_auc_score(is_anomaly, err), roc_auc_score(is_anomaly, err_pca)
print(f"ROC AUC, error as anomaly score: autoencoder {auc_ae:.3f}, PCA {auc_pca:.3f}")
assert err[is_anomaly == 1].mean() > 3 * err[is_anomaly == 0].mean()
assert auc_ae > auc_pca, "the autoencoder beats PCA with the same bottleneck"

show = np.r_[np.arange(4), len(X_test_normal) + np.arange(4)]  # 4 normal, 4 anomalies
fig, axes = plt.subplots(2, 8, figsize=(9, 2.6))
for col, i in enumerate(show):
    for row, img in enumerate((X_test[i], recon[i])):
        axes[row, col].imshow(img.reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        axes[row, col].axis("off")
    axes[0, col].set_title("normal" if is_anomaly[i] == 0 else "anomaly", fontsize=9)
axes[0, 0].text(-10, 4, "input", fontsize=9, va="center")
axes[1, 0].text(-10, 4, "output", fontsize=9, va="center")
fig.tight_layout()
fig.savefig("autoencoder_anomaly.svg")
plt.close(fig)
