"""Scaled dot-product and multi-head attention (mlref.nn) on a toy sequence."""

import numpy as np

from mlref.nn import (
    causal_mask,
    multi_head_attention,
    scaled_dot_product_attention,
    softmax,
)

np.set_printoptions(precision=2, suppress=True)
rng = np.random.default_rng(0)

# Causal self-attention over 4 tokens: token i sees tokens 0..i only.
x = rng.normal(size=(4, 8))
out, weights = scaled_dot_product_attention(x, x, x, mask=causal_mask(4))
print("causal attention weights (row = query, column = key):\n", weights)
rows_ok = np.allclose(weights.sum(-1), 1)
print(f"output shape: {out.shape} | rows sum to 1: {rows_ok}")
assert rows_ok and np.allclose(np.triu(weights, k=1), 0), "no future tokens"

# Why divide by sqrt(d_k): a dot product of random unit-variance vectors
# has variance d_k, so unscaled scores grow with the dimension.
d_k = 512
q, k = rng.normal(size=(1000, d_k)), rng.normal(size=(1000, 16, d_k))
scores = np.einsum("nd,nkd->nk", q, k)
print(
    f"\nd_k = {d_k}: score std {scores.std():.1f} unscaled, "
    f"{(scores / np.sqrt(d_k)).std():.2f} scaled"
)
assert np.isclose(scores.std(), np.sqrt(d_k), rtol=0.05), "std sqrt(d_k)"
assert np.isclose((scores / np.sqrt(d_k)).std(), 1, rtol=0.05)
print(
    "mean largest softmax weight over 16 keys: "
    f"unscaled {softmax(scores).max(-1).mean():.2f} (near one-hot), "
    f"scaled {softmax(scores / np.sqrt(d_k)).max(-1).mean():.2f}"
)
assert softmax(scores).max(-1).mean() > 0.9, "unscaled: near one-hot"

# Multi-head self-attention: 2 sequences of 5 tokens, d_model 16, 4 heads.
d_model, heads = 16, 4
w_q, w_k, w_v, w_o = (
    rng.normal(scale=d_model**-0.5, size=(d_model, d_model)) for _ in range(4)
)
tokens = rng.normal(size=(2, 5, d_model))
out, weights = multi_head_attention(
    tokens, tokens, tokens, w_q, w_k, w_v, w_o, n_heads=heads
)
print(
    f"\nmulti-head: input {tokens.shape} -> output {out.shape}\n"
    f"weights {weights.shape}: (batch, head, query, key)"
)

# One head = plain attention on the projections, then the output projection.
single, _ = multi_head_attention(
    tokens, tokens, tokens, w_q, w_k, w_v, w_o, n_heads=1
)
plain, _ = scaled_dot_product_attention(
    tokens @ w_q, tokens @ w_k, tokens @ w_v
)
print(
    "n_heads=1 equals single attention + W_o:",
    np.allclose(single, plain @ w_o),
)
assert np.allclose(single, plain @ w_o)

# Self-attention has no notion of order: permuting tokens permutes the outputs.
perm = np.array([4, 2, 0, 1, 3])
x_perm = tokens[:, perm]
shuffled, _ = multi_head_attention(
    x_perm, x_perm, x_perm, w_q, w_k, w_v, w_o, heads
)
print(
    "permutation-equivariant (why transformers add positional encodings):",
    np.allclose(shuffled, out[:, perm]),
)
assert np.allclose(shuffled, out[:, perm])
