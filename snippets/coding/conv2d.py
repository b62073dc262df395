"""2-D convolution (mlref.nn.conv2d) as an edge detector on a made-up image."""

import matplotlib.pyplot as plt
import numpy as np
from scipy.signal import convolve2d, correlate2d

from mlref.nn import conv2d

# A 64x64 grey image: a bright square and a disk on a dark, noisy ground.
rng = np.random.default_rng(0)
yy, xx = np.mgrid[:64, :64]
image = np.zeros((64, 64))
image[12:30, 10:28] = 1.0
image[(yy - 42) ** 2 + (xx - 42) ** 2 < 12**2] = 0.7
image += rng.normal(0, 0.03, image.shape)

# Sobel x: responds to vertical edges (left-right intensity changes).
sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)
gx = conv2d(image, sobel_x, padding=1)
gy = conv2d(image, sobel_x.T, padding=1)
magnitude = np.hypot(gx, gy)
# A 5x5 mean filter evaluated at every second pixel.
blur = conv2d(image, np.full((5, 5), 1 / 25), stride=2)

# What frameworks call convolution is SciPy's correlate2d...
assert np.allclose(gx, correlate2d(image, sobel_x, mode="same"))
# ...not convolve2d, which flips the kernel...
assert not np.allclose(gx, convolve2d(image, sobel_x, mode="same"))
# ...and a flipped Sobel kernel is the negated one.
assert np.allclose(gx, -convolve2d(image, sobel_x, mode="same"))
assert gx.shape == (64, 64) and blur.shape == (30, 30)
print(f"image {image.shape} -> Sobel with padding 1: {gx.shape}")
print(f"image {image.shape} -> 5x5 blur with stride 2: {blur.shape}")
print(
    f"edge strength: inside the square {magnitude[20, 18]:.2f}, "
    f"on its left edge {magnitude[20, 10]:.2f}"
)
assert magnitude[20, 10] > 10 * magnitude[20, 18]  # edge vs flat

# The same function on a batch of colour images with 8 learned-style filters.
batch = rng.normal(size=(4, 3, 32, 32))
filters = rng.normal(size=(8, 3, 3, 3))
out = conv2d(batch, filters, stride=2, padding=1)
print(f"batch {batch.shape} * filters {filters.shape} -> {out.shape}")
assert out.shape == (4, 8, 16, 16)

fig, axes = plt.subplots(1, 4, figsize=(10, 2.9))
panels = [
    (image, "input"),
    (gx, "Sobel x (vertical edges)"),
    (magnitude, "gradient magnitude"),
    (blur, "5x5 blur, stride 2"),
]
for ax, (img, title) in zip(axes, panels):
    ax.imshow(img, cmap="gray")
    ax.set_title(title, fontsize=9)
    ax.axis("off")
fig.savefig("conv2d_filters.svg")
plt.close(fig)
