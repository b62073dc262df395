"""Saliency (input gradient), occlusion and activation maximization for a small digits classifier."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.neural_network import MLPClassifier

digits = load_digits()
X, y = digits.data / 16.0, digits.target
net = MLPClassifier(hidden_layer_sizes=(64,), max_iter=500, random_state=0).fit(X[:1500], y[:1500])
print(f"test accuracy {net.score(X[1500:], y[1500:]):.3f}")
W1, b1 = net.coefs_[0], net.intercepts_[0]
W2, b2 = net.coefs_[1], net.intercepts_[1]


def logit(x, c):
    return np.maximum(x @ W1 + b1, 0) @ W2[:, c] + b2[c]


def input_gradient(x, c):
    """Backpropagate the class logit to the pixels: W1 diag(relu'(z)) W2[:, c]."""
    active = (x @ W1 + b1) > 0
    return W1 @ (active * W2[:, c])


img, c = X[1500 + 3], y[1500 + 3]
grad = input_gradient(img, c)
eps = 1e-6
fd = np.array([(logit(img + eps * e, c) - logit(img - eps * e, c)) / (2 * eps) for e in np.eye(64)])
assert np.allclose(grad, fd, atol=1e-5)        # the backprop saliency is the true gradient

# occlusion: set a 2x2 patch to 0 and record how far the class logit falls
occl = np.zeros((7, 7))
for i in range(7):
    for j in range(7):
        x = img.reshape(8, 8).copy(); x[i:i + 2, j:j + 2] = 0
        occl[i, j] = logit(img, c) - logit(x.ravel(), c)

# gradient x input: erase the 8 pixels it ranks highest vs 8 random lit pixels
attribution = grad * img
top = np.argsort(-attribution)[:8]
rng = np.random.default_rng(0)
rand = rng.choice(np.flatnonzero(img > 0), 8, replace=False)
drop_top = logit(img, c) - logit(np.where(np.isin(np.arange(64), top), 0, img), c)
drop_rand = logit(img, c) - logit(np.where(np.isin(np.arange(64), rand), 0, img), c)
print(f"class {c}: logit falls by {drop_top:.2f} when the top-8 attributed pixels are erased, "
      f"by {drop_rand:.2f} for 8 random lit pixels")
assert drop_top > drop_rand

# activation maximization: gradient ascent on the input, with an L2 penalty, from a blank image
x = np.zeros(64)
for _ in range(200):
    x += 0.05 * (input_gradient(x, c) - 0.5 * x)
    x = np.clip(x, 0, 1)
print(f"logit of class {c}: blank image {logit(np.zeros(64), c):.2f} -> optimized image {logit(x, c):.2f}")
assert logit(x, c) > logit(img, c)

fig, axes = plt.subplots(1, 4, figsize=(10, 2.8))
panels = [(img, "input", "gray_r"), (np.abs(grad), "saliency |gradient|", "viridis"),
          (occl, "occlusion: logit drop", "viridis"), (x, f"maximizes class {c}", "gray_r")]
for ax, (data, title, cmap) in zip(axes, panels):
    ax.imshow(np.asarray(data).reshape(occl.shape if data is occl else (8, 8)), cmap=cmap)
    ax.set_title(title, fontsize=9)
    ax.set_xticks([]); ax.set_yticks([]); ax.grid(False)
fig.tight_layout()
fig.savefig("saliency_digits.svg")
