"""GPU memory for training (mixed-precision Adam, ZeRO stages) and inference.

Training state per parameter with mixed-precision Adam (Rajbhandari et al.,
2020, ZeRO): 2 bytes of 16-bit weights + 2 bytes of 16-bit gradients + 12
bytes of fp32 optimizer state (master weights, Adam m and v) = 16 bytes.
ZeRO shards that state over the N data-parallel GPUs: stage 1 the optimizer
state, stage 2 also the gradients, stage 3 also the weights.
"""

GB = 1e9
WEIGHTS, GRADS, OPTIM = 2, 2, 12  # bytes per parameter


def training_bytes_per_gpu(n_params, n_gpus, stage):
    """Model state (no activations) held by one GPU under ZeRO `stage`."""
    w = WEIGHTS / n_gpus if stage >= 3 else WEIGHTS
    g = GRADS / n_gpus if stage >= 2 else GRADS
    o = OPTIM / n_gpus if stage >= 1 else OPTIM
    return n_params * (w + g + o)


assert WEIGHTS + GRADS + OPTIM == 16

# 1. The ZeRO paper's worked example: 7.5B parameters on 64 GPUs
print("Model state per GPU, 7.5B parameters, 64 data-parallel GPUs")
paper = {0: 120.0, 1: 31.4, 2: 16.6, 3: 1.9}  # GB, Figure 1 of the paper
for stage, expected in paper.items():
    got = training_bytes_per_gpu(7.5e9, 64, stage) / GB
    assert abs(got - expected) < 0.05, (stage, got)
    name = ["plain DP", "ZeRO-1", "ZeRO-2", "ZeRO-3"][stage]
    print(f"  {name:8s} {got:6.1f} GB")

# 2. What fits on one 80 GB GPU (model state only, before activations)
for stage, n in [(0, 1), (1, 8), (2, 8), (3, 8), (3, 64)]:
    per_param = training_bytes_per_gpu(1, n, stage)
    print(f"stage {stage}, {n:2d} GPUs: {per_param:5.2f} B/param per GPU"
          f" -> {80 / per_param:5.3g}B parameters fit in 80 GB")
assert 80 / 16 == 5.0  # plain data parallelism: a 5B model fills 80 GB

# 3. Activations of one GPT-style layer, 16-bit, Korthikanti et al. (2022):
#    s*b*h*(34 + 5*a*s/h) bytes; the 5as/h term is the attention matrix,
#    which fused (flash) attention never stores; full recomputation keeps
#    only the layer input, 2*s*b*h bytes.
s, b, h, a, layers = 4096, 1, 4096, 32, 32   # a 7B-class model, one sequence
naive = layers * s * b * h * (34 + 5 * a * s / h) / GB
fused = layers * s * b * h * 34 / GB
ckpt = layers * 2 * s * b * h / GB
print("activations, 32 layers x 4096 tokens:")
print(f"  {naive:.1f} GB stored naively, {fused:.1f} GB with fused attention,"
      f" {ckpt:.2f} GB recomputing")
assert ckpt < fused < naive

# 4. Inference: weights plus KV cache, Llama-2-70B (80 layers, 8 KV heads of
#    dimension 128, grouped-query attention), fp16
n_layers, kv_heads, head_dim, fp16 = 80, 8, 128, 2
kv_per_token = 2 * n_layers * kv_heads * head_dim * fp16  # K and V
assert kv_per_token == 320 * 1024
weights = 69e9 * fp16 / GB
per_seq = kv_per_token * 4096 / 2**30
print(f"Llama-2-70B: weights {weights:.0f} GB in fp16; KV cache "
      f"{kv_per_token // 1024} KiB per token,")
print(f"  {per_seq:.2f} GiB per 4,096-token sequence, {64 * per_seq:.0f} GiB"
      f" for 64 of them")
mha = 2 * n_layers * 64 * head_dim * fp16  # if all 64 heads kept K and V
print(f"without GQA (64 KV heads) it would be {mha // 1024} KiB per token")
assert mha == 8 * kv_per_token
