"""Generation with and without a KV cache: identical outputs, far less work."""

import numpy as np

from mlref.llm import CachedSelfAttention
from mlref.nn import causal_mask, multi_head_attention

rng = np.random.default_rng(0)
d_model, n_heads, prompt_len, new_tokens = 64, 8, 16, 48
w_q, w_k, w_v, w_o = (rng.normal(size=(d_model, d_model)) / np.sqrt(d_model) for _ in range(4))
x = rng.normal(size=(prompt_len + new_tokens, d_model))  # stand-in for the token stream

# Without a cache: every step recomputes attention over the whole prefix.
uncached, rows_projected = [], 0
for t in range(prompt_len, prompt_len + new_tokens + 1):
    out, _ = multi_head_attention(x[:t], x[:t], x[:t], w_q, w_k, w_v, w_o, n_heads, causal_mask(t))
    uncached.append(out[-1])
    rows_projected += t  # Q, K and V computed again for all t tokens

# With a cache: one prefill pass, then one new row of Q, K, V per step.
attn = CachedSelfAttention(w_q, w_k, w_v, w_o, n_heads)
cached = [attn.prefill(x[:prompt_len])[-1]]
cached += [attn.step(x[t]) for t in range(prompt_len, prompt_len + new_tokens)]
rows_cached = prompt_len + new_tokens

assert np.allclose(cached, uncached, atol=1e-10)
assert rows_projected > 20 * rows_cached, "quadratic work without the cache, linear with it"
print(f"max |cached - uncached| = {np.abs(np.array(cached) - np.array(uncached)).max():.1e}")
print(f"token rows projected to Q, K, V: {rows_projected} without cache, {rows_cached} with cache "
      f"({rows_projected / rows_cached:.1f}x fewer)")
print(f"cache holds keys and values of shape {attn.k_cache.shape} (heads, tokens, head_dim) each")
