"""FlashAttention's core trick: attention computed block by block with an online
softmax, never holding the full n x n score matrix, and exactly equal to the original."""

import numpy as np

from mlref.nn import scaled_dot_product_attention

rng = np.random.default_rng(0)
n, d, block = 1024, 64, 128
Q, K, V = (rng.normal(size=(n, d)) for _ in range(3))


def tiled_attention(Q, K, V, block):
    out = np.empty_like(Q)
    for i in range(0, len(Q), block):  # one block of queries (kept in fast on-chip memory)
        q = Q[i:i + block] / np.sqrt(Q.shape[1])
        m = np.full(len(q), -np.inf)  # running max of the scores, per query
        l = np.zeros(len(q))  # running softmax denominator
        acc = np.zeros((len(q), V.shape[1]))  # running numerator @ V
        for j in range(0, len(K), block):  # stream key/value blocks past it
            s = q @ K[j:j + block].T  # only a block x block tile of scores
            m_new = np.maximum(m, s.max(axis=1))
            correction = np.exp(m - m_new)  # rescale what was summed under the old max
            p = np.exp(s - m_new[:, None])
            l = l * correction + p.sum(axis=1)
            acc = acc * correction[:, None] + p @ V[j:j + block]
            m = m_new
        out[i:i + block] = acc / l[:, None]
    return out


reference, _ = scaled_dot_product_attention(Q, K, V)
tiled = tiled_attention(Q, K, V, block)
print(f"max |tiled - reference| = {np.abs(tiled - reference).max():.1e}")
assert np.allclose(tiled, reference, atol=1e-12)

print(f"largest score array held: {block}x{block} = {block * block:,} values "
      f"instead of {n}x{n} = {n * n:,}")
# The n x n matrix the standard kernel writes to GPU memory, per head, in fp16:
for ctx in (4_096, 32_768, 131_072):
    print(f"context {ctx:>7,}: full score matrix per head = {ctx * ctx * 2 / 2**30:6.2f} GiB")
