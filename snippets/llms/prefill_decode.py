"""Roofline estimate for Llama-2-7B on one A100-80GB: prefill is compute-bound,
decode is memory-bound until the batch is large, and the KV cache eats the gain."""

from mlref.llm import kv_cache_bytes

N = 6.74e9  # parameters
weight_bytes = 2 * N  # fp16
peak_flops = 312e12  # A100 dense bf16/fp16 tensor-core peak
bandwidth = 2.039e12  # A100-80GB SXM HBM2e, bytes/s
ridge = peak_flops / bandwidth
print(f"ridge point: {ridge:.0f} FLOPs per byte read")


def step_time(tokens_in_step, bytes_read):
    """Roofline: the slower of doing the math and reading the bytes (ideal, no overlap losses)."""
    compute = 2 * N * tokens_in_step / peak_flops  # ~2 FLOPs per parameter per token
    memory = bytes_read / bandwidth
    return max(compute, memory), compute, memory


t, c, m = step_time(2000, weight_bytes)
print(f"\nprefill of a 2,000-token prompt: compute {c * 1e3:.1f} ms vs weight reads {m * 1e3:.1f} ms "
      f"-> compute-bound, {2000 / t:,.0f} tokens/s")
assert c > m

ctx = 2048  # tokens already in each sequence's cache
print(f"\ndecode, {ctx} tokens of context per sequence:")
print(f"{'batch':>5} {'FLOPs/byte':>10} {'ms/step':>8} {'bound':>8} {'tokens/s':>9} {'memory used':>12}")
for batch in (1, 8, 32, 64, 128):
    kv = kv_cache_bytes(32, 32, 128, ctx, batch=batch)
    t, c, m = step_time(batch, weight_bytes + kv)
    intensity = 2 * N * batch / (weight_bytes + kv)
    used = (weight_bytes + kv) / 1e9
    fits = "" if used < 80 else "  > 80 GB!"
    print(f"{batch:>5} {intensity:>10.1f} {t * 1e3:>8.2f} {'compute' if c > m else 'memory':>8} {batch / t:>9,.0f}"
          f" {used:>9.0f} GB{fits}")
    if batch == 1:
        assert m > 100 * c and 1 / t < bandwidth / weight_bytes  # under 151 tokens/s for one sequence
