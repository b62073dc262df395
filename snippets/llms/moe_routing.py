"""Mixture of experts: total vs active parameters (Mixtral 8x7B), and top-2
routing with the Switch Transformer load-balancing loss."""

import numpy as np

from mlref.nn import softmax

# Mixtral 8x7B (Jiang et al., 2024): d=4096, 32 layers, SwiGLU experts of width 14336,
# 8 experts with 2 active per token, 32 query heads and 8 KV heads of size 128, vocab 32000.
d, layers, d_ff, n_exp, k, vocab, kv_dim = 4096, 32, 14336, 8, 2, 32000, 8 * 128
attn = 2 * d * d + 2 * d * kv_dim  # W_q, W_o and the smaller W_k, W_v
expert = 3 * d * d_ff  # SwiGLU: gate, up and down projections
router = d * n_exp
embed = 2 * vocab * d  # input embedding and output head
total = layers * (attn + n_exp * expert + router) + embed
active = layers * (attn + k * expert + router) + embed
print(f"one expert: {expert / 1e6:.1f} M parameters per layer")
print(f"total {total / 1e9:.1f} B, active per token {active / 1e9:.1f} B ({active / total:.0%})")
assert round(total / 1e9, 1) == 46.7 and round(active / 1e9, 1) == 12.9

# Top-2 routing of 4096 tokens to 8 experts, and the Switch Transformer auxiliary loss
# (Fedus et al., 2021): n_experts * sum_i f_i * P_i, with f_i the share of assignments
# to expert i and P_i its mean router probability; it equals 1.0 when perfectly balanced.
rng = np.random.default_rng(0)
tokens = rng.normal(size=(4096, 16))
w_router = rng.normal(size=(16, n_exp)) * 0.3
routers = {
    "collapsing router": np.array([3.0, 2.5, 0, 0, 0, 0, 0, 0]),  # learned to favour experts 0 and 1
    "balanced router": np.zeros(n_exp),
}
for name, bias in routers.items():
    probs = softmax(tokens @ w_router + bias)
    top2 = np.argsort(-probs, axis=1)[:, :k]
    f = np.bincount(top2.ravel(), minlength=n_exp) / top2.size
    aux = n_exp * np.sum(f * probs.mean(axis=0))
    print(f"{name:<17} load {np.array2string(f, precision=2)}  aux loss {aux:.2f}")
    routers[name] = (f, aux)
f, aux = routers["collapsing router"]
assert f[:2].sum() > 0.8 and aux > 2.0
f, aux = routers["balanced router"]
assert f.max() < 0.2 and aux < 1.1
