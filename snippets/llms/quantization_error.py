"""Round-to-nearest absmax quantization of a weight matrix: int8 vs int4,
per-tensor vs per-channel vs per-group scales, and what activation outliers do."""

import numpy as np

rng = np.random.default_rng(0)
d_in, d_out = 1024, 1024
W = rng.normal(0, 0.02, size=(d_in, d_out))
W[rng.integers(0, d_in, 8), rng.integers(0, d_out, 8)] = 0.5  # a few outlier weights


def quantize(w, bits, group=None, axis_channel=False):
    """Symmetric absmax quantization; returns the dequantized matrix."""
    qmax = 2 ** (bits - 1) - 1  # 127 for int8, 7 for int4
    if group:  # one scale per `group` consecutive input rows of each column
        g = w.reshape(-1, group, w.shape[1])
        scale = np.abs(g).max(axis=1, keepdims=True) / qmax
        return (np.round(g / scale) * scale).reshape(w.shape)
    scale = np.abs(w).max(axis=0, keepdims=True) if axis_channel else np.abs(w).max()
    scale = scale / qmax
    return np.round(w / scale) * scale


def rel_err(a, b):
    return np.linalg.norm(a - b) / np.linalg.norm(b)


X = rng.normal(size=(64, d_in))  # activations
Y = X @ W
print(f"{'scheme':<27} {'bits/weight':>11} {'weight err':>10} {'output err':>10}")
results = {}
for name, bits, kw in [
    ("int8 per-tensor", 8, {}),
    ("int8 per-channel", 8, dict(axis_channel=True)),
    ("int4 per-channel", 4, dict(axis_channel=True)),
    ("int4 groups of 128", 4, dict(group=128)),
    ("int4 groups of 32", 4, dict(group=32)),
]:
    Wq = quantize(W, bits, **kw)
    # scale overhead: one fp16 scale per group (per-channel: per column)
    overhead = 16 / kw["group"] if "group" in kw else 0
    results[name] = rel_err(X @ Wq, Y)
    print(f"{name:<27} {bits + overhead:>11.2f} {rel_err(Wq, W):>10.4f} {results[name]:>10.4f}")

assert results["int8 per-channel"] < results["int8 per-tensor"]
assert results["int4 groups of 32"] < results["int4 groups of 128"] < results["int4 per-channel"]

# Activation quantization: one outlier feature (as in LLM.int8(), Dettmers et al., 2022)
# stretches the per-token int8 scale and erases the small activations.
X_out = X.copy()
X_out[:, 7] *= 60
W8 = quantize(W, 8, axis_channel=True)
for label, acts in [("no outlier feature", X), ("one outlier feature x60", X_out)]:
    s = np.abs(acts).max(axis=1, keepdims=True) / 127  # per-token scale
    Xq = np.round(acts / s) * s
    err = rel_err(Xq @ W8, acts @ W)
    print(f"W8A8, {label:<24} output err {err:.4f}")
    results[label] = err
assert results["one outlier feature x60"] > 5 * results["no outlier feature"]
