"""KV-cache size: 2 x layers x kv_heads x head_dim x tokens x batch x bytes."""

from mlref.llm import kv_cache_bytes

KiB, MiB, GiB = 2**10, 2**20, 2**30
# (layers, query heads, kv heads, head_dim, weights in billions): Touvron et al. (2023), Llama 2
models = {
    "Llama-2-7B (MHA)": (32, 32, 32, 128, 6.7),
    "Llama-2-70B (GQA, 8 KV heads)": (80, 64, 8, 128, 69.0),
    "Llama-2-70B if it used MHA": (80, 64, 64, 128, 69.0),
    "Llama-2-70B if it used MQA": (80, 64, 1, 128, 69.0),
}
print(f"{'model, fp16 cache':<31} {'per token':>10} {'4k ctx':>9} {'4k x 32 seqs':>13} {'fp16 weights':>13}")
for name, (layers, _, kv_heads, head_dim, params_b) in models.items():
    per_token = kv_cache_bytes(layers, kv_heads, head_dim, seq_len=1)
    one_seq = kv_cache_bytes(layers, kv_heads, head_dim, seq_len=4096)
    batch = kv_cache_bytes(layers, kv_heads, head_dim, seq_len=4096, batch=32)
    print(f"{name:<31} {per_token / KiB:>6.0f} KiB {one_seq / GiB:>5.2f} GiB {batch / GiB:>9.1f} GiB"
          f" {params_b * 1e9 * 2 / GiB:>9.0f} GiB")

assert kv_cache_bytes(32, 32, 128, 1) == 0.5 * MiB
assert kv_cache_bytes(80, 8, 128, 1) == 320 * KiB
assert kv_cache_bytes(32, 32, 128, 4096, batch=32) == 64 * GiB  # a 7B model's cache outgrows its weights
