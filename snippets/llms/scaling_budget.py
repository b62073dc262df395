"""Compute-optimal sizing: C = 6 N D and the Chinchilla rule D = 20 N
(Hoffmann et al., 2022), applied to a budget."""

import numpy as np


def chinchilla_optimal(compute, tokens_per_param=20.0):
    """N and D with 6*N*D = compute and D = tokens_per_param * N."""
    n = np.sqrt(compute / (6 * tokens_per_param))
    return n, tokens_per_param * n


# 1. Gopher's budget (5.76e23 FLOPs) gives back Chinchilla's 70 B params on 1.4 T tokens.
c_gopher = 5.76e23
n, d = chinchilla_optimal(c_gopher)
print(f"Gopher/Chinchilla budget {c_gopher:.2e} FLOPs -> N = {n / 1e9:.1f} B, D = {d / 1e12:.2f} T tokens")
assert abs(n / 1e9 - 70) < 1 and abs(d / 1e12 - 1.4) < 0.02

# 2. GPT-3 (175 B params, 300 B tokens) was far from compute-optimal.
c_gpt3 = 6 * 175e9 * 300e9
n, d = chinchilla_optimal(c_gpt3)
print(f"GPT-3 budget {c_gpt3:.2e} FLOPs: {300e9 / 175e9:.1f} tokens/param; "
      f"optimal would be N = {n / 1e9:.0f} B on D = {d / 1e12:.2f} T")

# 3. A budget: 1,024 GPUs for 30 days at 312 TFLOP/s peak (A100 bf16) and 40 % utilization.
gpus, days, peak, mfu = 1024, 30, 312e12, 0.40
c = gpus * days * 86400 * peak * mfu
n, d = chinchilla_optimal(c)
print(f"\n1,024 A100s x 30 days at 40% MFU = {c:.2e} FLOPs -> N = {n / 1e9:.0f} B, D = {d / 1e12:.2f} T tokens")
assert abs(6 * n * d - c) / c < 1e-12

# 4. The other direction: a 7B model on 2T tokens (Llama 2; Touvron et al. (2023) report
#    184,320 A100-hours for it).
c7 = 6 * 7e9 * 2e12
gpu_hours = c7 / (peak * mfu) / 3600
print(f"7 B params x 2 T tokens = {c7:.2e} FLOPs = {gpu_hours / 1e3:.0f} k A100-hours at 40% MFU "
      f"({2e12 / 7e9:.0f} tokens/param: 'over-trained' for cheaper inference)")
assert abs(gpu_hours - 184_320) / 184_320 < 0.05
