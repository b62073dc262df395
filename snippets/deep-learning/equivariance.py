"""Convolution is shift-equivariant; global pooling makes the output invariant."""

import matplotlib.pyplot as plt
import numpy as np

img = np.zeros((24, 24))
img[4:12, 5:7] = 1    # a small "L" shape
img[10:12, 5:11] = 1
kernel = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]])  # vertical-edge (Sobel)


def conv(x, w):  # 3x3 cross-correlation with wrap-around borders
    return sum(w[i + 1, j + 1] * np.roll(x, (-i, -j), axis=(0, 1))
               for i in (-1, 0, 1) for j in (-1, 0, 1))


def shift(x, dy, dx):
    return np.roll(x, (dy, dx), axis=(0, 1))


def max_pool(x, k=2):  # k x k max pooling with stride k
    return x.reshape(x.shape[0] // k, k, x.shape[1] // k, k).max(axis=(1, 3))


fmap = np.maximum(conv(img, kernel), 0)  # conv + ReLU
moved = np.maximum(conv(shift(img, 7, 9), kernel), 0)
print("conv(shift(x)) == shift(conv(x)):", np.allclose(moved, shift(fmap, 7, 9)))
print("global max pool, original vs shifted:", fmap.max(), moved.max())
print(f"global mean pool, original vs shifted: {fmap.mean():.4f} {moved.mean():.4f}")
assert np.allclose(moved, shift(fmap, 7, 9)), "equivariance"
assert fmap.max() == moved.max() and np.isclose(fmap.mean(), moved.mean()), "invariance"
pooled = max_pool(fmap)  # 12 x 12 cells
moved1 = max_pool(np.maximum(conv(shift(img, 0, 1), kernel), 0))
moved2 = max_pool(np.maximum(conv(shift(img, 0, 2), kernel), 0))
print("2x2 stride-2 max pool after conv:")
changed = np.sum(moved1 != pooled)
print(f"  input shifted 1 px: {changed} of {pooled.size} cells change;"
      f" a shifted copy? {np.allclose(moved1, shift(pooled, 0, 1))}")
print("  input shifted 2 px: pooled map shifted by exactly 1 cell?",
      np.allclose(moved2, shift(pooled, 0, 1)))
assert changed > 0 and not np.allclose(moved1, shift(pooled, 0, 1)), "aliasing"
assert np.allclose(moved2, shift(pooled, 0, 1)), "a stride-multiple shift is clean"

fig, axes = plt.subplots(1, 4, figsize=(9, 2.6))
panels = [(img, "input"), (fmap, "feature map"), (shift(img, 7, 9), "shifted input"),
          (moved, "its feature map")]
for ax, (a, title) in zip(axes, panels):
    ax.imshow(a, cmap="gray_r")
    ax.set_title(title, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
fig.tight_layout()
fig.savefig("equivariance.svg")
plt.close(fig)
