"""fp16 vs bf16: range, precision, and why fp16 training needs loss scaling.

NumPy has float16 but no bfloat16; bf16 is float32 with the low 16 mantissa
bits rounded away (1 sign, 8 exponent, 7 mantissa bits), emulated here.
"""

import numpy as np


def to_bf16(x):
    """Round float32 values to the nearest bfloat16 (ties to even)."""
    bits = np.asarray(x, dtype=np.float32).view(np.uint32)
    rounded = bits + np.uint32(0x7FFF) + ((bits >> 16) & np.uint32(1))
    return (rounded & np.uint32(0xFFFF0000)).view(np.float32)


f16 = np.finfo(np.float16)
print(f"fp16: max {float(f16.max):.0f}, smallest normal {float(f16.tiny):.1e}, "
      f"step after 1.0 {float(f16.eps):.1e},")
print(f"      smallest subnormal {float(f16.smallest_subnormal):.1e}")
bf16_max = float(np.uint32(0x7F7F0000).view(np.float32))  # largest finite
print(f"bf16: max {bf16_max:.2e}, smallest normal "
      f"{float(np.finfo(np.float32).tiny):.1e}, step after 1.0 {2**-7:.1e}")

# Small gradients, as late in training: many fall below fp16's range
rng = np.random.default_rng(0)
grads = (rng.standard_normal(100_000) * 1e-6).astype(np.float32)
zero16 = np.mean(np.float16(grads) == 0)
zero_bf = np.mean(to_bf16(grads) == 0)
scaled = np.float16(grads * 1024) / np.float32(1024)   # loss scale 2**10
zero_scaled = np.mean(scaled == 0)
print("gradients ~ N(0, 1e-6) flushed to zero:")
print(f"  fp16 {zero16:.1%}, fp16 with loss scale 1024 {zero_scaled:.2%}, "
      f"bf16 {zero_bf:.2%}")
assert zero16 > 0.02 and zero_scaled < 0.001 and zero_bf == 0


def rel_err(y):
    return np.median(np.abs(np.float32(y) - grads) / np.abs(grads))


e16, e_sc, e_bf = rel_err(np.float16(grads)), rel_err(scaled), rel_err(to_bf16(grads))
print(f"median relative error: fp16 {e16:.1%} (subnormal), fp16 scaled "
      f"{e_sc:.3%},")
print(f"  bf16 {e_bf:.3%}")
assert e16 > 10 * e_sc and e16 > 10 * e_bf

# Precision: bf16 has 3 fewer mantissa bits than fp16, so small updates
# to a weight vanish; this is why master weights are kept in fp32.
w = np.float32(1.0)
update = np.float32(1e-3)
print(f"1.0 + 0.001 -> fp16 {float(np.float16(w + update)):.6f}, "
      f"bf16 {float(to_bf16(w + update)):.6f}, fp32 {float(w + update):.6f}")
assert to_bf16(w + update) == 1.0 and np.float16(w + update) != 1.0
