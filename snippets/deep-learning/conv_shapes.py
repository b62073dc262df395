"""Conv output sizes: formula vs an actual sliding window; then parameter counts."""

import numpy as np


def out_size(n, k, s=1, p=0):
    return (n + 2 * p - k) // s + 1  # floor((n + 2p - k) / s) + 1


def conv2d(x, w, s=1, p=0):
    """Naive single-channel 2-D convolution (cross-correlation, as libraries do)."""
    x = np.pad(x, p)
    k = w.shape[0]
    rows = range(0, x.shape[0] - k + 1, s)
    cols = range(0, x.shape[1] - k + 1, s)
    return np.array([[np.sum(x[i:i + k, j:j + k] * w) for j in cols] for i in rows])


rng = np.random.default_rng(0)
print(f"{'n':>4} {'k':>2} {'s':>2} {'p':>2}   formula   sliding window")
cases = [(32, 3, 1, 1), (32, 5, 1, 0), (224, 7, 2, 3), (112, 3, 2, 1), (28, 2, 2, 0),
         (8, 3, 2, 0)]
for n, k, s, p in cases:
    y = conv2d(rng.normal(size=(n, n)), rng.normal(size=(k, k)), s, p)
    print(f"{n:>4} {k:>2} {s:>2} {p:>2}   {out_size(n, k, s, p):>7}   "
          f"{y.shape[0]:>3} x {y.shape[1]}")
    assert y.shape == (out_size(n, k, s, p),) * 2, "formula = window"

# VGG16: 13 conv layers (3x3, padding 1) in 5 blocks, each ending in a 2x2 max pool
cfg = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M",
       512, 512, 512, "M", 512, 512, 512, "M"]
c_in, size, conv_params = 3, 224, 0
for v in cfg:
    if v == "M":
        size = out_size(size, 2, 2)
    else:
        conv_params += (3 * 3 * c_in + 1) * v  # k*k*C_in weights + 1 bias, per filter
        c_in = v
fc_params = (size * size * c_in + 1) * 4096 + (4096 + 1) * 4096 + (4096 + 1) * 1000
print(f"\nVGG16: final feature map {size}x{size}x{c_in}")
print(f"  conv layers  {conv_params:>12,}")
print(f"  dense layers {fc_params:>12,}")
print(f"  total        {conv_params + fc_params:>12,}")
total = conv_params + fc_params
first_dense = (size * size * c_in + 1) * 4096
print(f"  in millions: conv {conv_params / 1e6:.0f}, dense {fc_params / 1e6:.0f} "
      f"(the first {first_dense / 1e6:.0f}), total {total / 1e6:.0f}; dense share {fc_params / total:.0%}")
assert round(total / 1e6) == 138 and fc_params > 0.85 * total, "dense layers hold ~90 %"

# first VGG layer vs a dense layer with the same input and output shapes
n_in, n_out = 224 * 224 * 3, 224 * 224 * 64
print(f"\n3x3 conv, 3 -> 64 channels:      {(3 * 3 * 3 + 1) * 64:>17,} parameters")
print(f"dense, same input/output shape: {(n_in + 1) * n_out:>17,} parameters")
