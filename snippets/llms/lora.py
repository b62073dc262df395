"""LoRA (Hu et al., 2021): W + (alpha/r) B A with B (d_out x r) and A (r x d_in).
Parameter counts for Llama-2-7B, and a low-rank update learned by gradient descent."""

import numpy as np


def lora_params(d_in, d_out, r):
    return r * (d_in + d_out)


# Llama-2-7B: 32 layers, d = 4096, SwiGLU MLP width 11008, 6.74 B parameters in all.
d, d_ff, layers, total = 4096, 11008, 32, 6.74e9
print(f"one 4096x4096 matrix: full {d * d:,} vs LoRA r=8 {lora_params(d, d, 8):,} "
      f"({lora_params(d, d, 8) / (d * d):.2%})")
for label, mats in [
    ("W_q, W_v only", [(d, d)] * 2),
    ("all attention + MLP", [(d, d)] * 4 + [(d, d_ff), (d, d_ff), (d_ff, d)]),
]:
    for r in (8, 64):
        n = layers * sum(lora_params(i, o, r) for i, o in mats)
        print(f"{label:<20} r={r:<3} {n / 1e6:6.1f} M trainable ({n / total:.2%} of 6.74 B)")
assert lora_params(d, d, 8) == 65_536
assert layers * 2 * lora_params(d, d, 8) == 4_194_304

# Memory to fine-tune 7B: weights + gradients + Adam states, bytes per parameter.
full = total * (2 + 2 + 12)  # bf16 weights and grads, fp32 master weights + 2 Adam moments
qlora = total * 0.5 + 20e6 * (2 + 2 + 12)  # 4-bit frozen base + LoRA adapters (20 M params)
print(f"\nfull fine-tune ~{full / 1e9:.0f} GB of states; QLoRA ~{qlora / 1e9:.1f} GB (+ activations)")

# A low-rank update learned from data: the true change to W has rank 4.
rng = np.random.default_rng(0)
d_in, d_out, r, alpha = 64, 64, 4, 8
W0 = rng.normal(size=(d_out, d_in)) / np.sqrt(d_in)  # frozen pre-trained weight
delta = rng.normal(size=(d_out, r)) @ rng.normal(size=(r, d_in)) / d_in  # rank-4 task shift
X = rng.normal(size=(512, d_in))
Y = X @ (W0 + delta).T
A = rng.normal(size=(r, d_in)) / np.sqrt(d_in)  # random init
B = np.zeros((d_out, r))  # zero init: training starts exactly at the base model
s = alpha / r
assert np.allclose(X @ (W0 + s * B @ A).T, X @ W0.T)

lr = 0.05
for step in range(801):
    err = X @ (W0 + s * B @ A).T - Y  # (n, d_out)
    g = s * err.T @ X / len(X)  # gradient w.r.t. the update B A
    B, A = B - lr * g @ A.T, A - lr * B.T @ g
    if step in (0, 100, 800):
        print(f"step {step:>4}: mse {np.mean(err ** 2):.2e}")
merged = W0 + s * B @ A  # fold the adapter in: no extra latency at inference
rel = np.linalg.norm(merged - (W0 + delta)) / np.linalg.norm(delta)
print(f"relative error of the learned update: {rel:.1e}; rank of s*B@A = {np.linalg.matrix_rank(s * B @ A)}")
assert rel < 1e-2
