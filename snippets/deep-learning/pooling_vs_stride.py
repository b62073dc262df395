"""Max vs average pooling, and a strided convolution as a dense convolution then subsampling."""

import numpy as np

rng = np.random.default_rng(0)


def conv2d(x, k, stride=1):
    """Valid cross-correlation of a 2-D map with a 2-D kernel."""
    kh, kw = k.shape
    out_h, out_w = (x.shape[0] - kh) // stride + 1, (x.shape[1] - kw) // stride + 1
    return np.array([[np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * k)
                      for j in range(out_w)] for i in range(out_h)])


def pool(x, size, reduce):
    h, w = x.shape[0] // size, x.shape[1] // size
    return reduce(x[:h * size, :w * size].reshape(h, size, w, size), axis=(1, 3))


# a feature map with one strong, sparse response (an edge detector firing once)
fmap = np.zeros((4, 4)); fmap[1, 2] = 8.0
print("max pool 2x2:\n", pool(fmap, 2, np.max), "\naverage pool 2x2:\n", pool(fmap, 2, np.mean))
assert pool(fmap, 2, np.max)[0, 1] == 8.0 and pool(fmap, 2, np.mean)[0, 1] == 2.0

# moving the response within its window changes neither output: local shift tolerance
shifted = np.zeros((4, 4)); shifted[0, 3] = 8.0
assert (pool(shifted, 2, np.max) == pool(fmap, 2, np.max)).all()

# backward pass: max routes the whole gradient to the winner, average spreads it evenly
window = np.array([[1.0, 5.0], [2.0, 3.0]])
grad_max = (window == window.max()).astype(float)          # d max / d inputs
grad_avg = np.full_like(window, 1 / window.size)            # d mean / d inputs
print("gradient through max:", grad_max.ravel(), " through average:", grad_avg.ravel())

# a stride-2 convolution computes exactly every other output of the stride-1 convolution
x = rng.normal(size=(9, 9))
k = rng.normal(size=(3, 3))
dense, strided = conv2d(x, k, 1), conv2d(x, k, 2)
print(f"stride 1 output {dense.shape}, stride 2 output {strided.shape}: "
      f"{strided.size} of {dense.size} positions computed")
assert np.allclose(strided, dense[::2, ::2])
