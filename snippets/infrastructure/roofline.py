"""Roofline: attainable FLOP/s = min(peak, arithmetic intensity x bandwidth).

Peaks are dense bf16 tensor-core FLOP/s and HBM bandwidth from NVIDIA's
datasheets: A100 80GB SXM (312 TFLOP/s, 2,039 GB/s HBM2e) and H100 SXM
(989 TFLOP/s, 3.35 TB/s HBM3).
"""

import matplotlib.pyplot as plt
import numpy as np

GPUS = {"A100 80GB SXM": (312e12, 2.039e12), "H100 SXM": (989e12, 3.35e12)}


def matmul_intensity(m, k, n, bytes_per=2):
    """FLOPs per byte of C = A @ B, A m-by-k, B k-by-n, each read/written once."""
    flops = 2 * m * k * n
    moved = bytes_per * (m * k + k * n + m * n)
    return flops / moved


def attainable(intensity, peak, bw):
    return min(peak, intensity * bw)


for name, (peak, bw) in GPUS.items():
    print(f"{name}: ridge point {peak / bw:.0f} FLOP/byte")

cases = {  # label: (m, k, n), short label for the figure
    "training matmul 4096x4096x4096": ((4096, 4096, 4096), "4096 cube"),
    "prefill, 512 tokens x 8192x8192 weight": ((512, 8192, 8192), "prefill 512"),
    "decode, batch 1 x 8192x8192 weight": ((1, 8192, 8192), "decode b=1"),
    "decode, batch 64 x 8192x8192 weight": ((64, 8192, 8192), "decode b=64"),
}
peak, bw = GPUS["H100 SXM"]
print(f"\n{'case (H100 SXM, bf16)':34s} FLOP/B  attainable  % peak")
results = {}
for label, (shape, _) in cases.items():
    ai = matmul_intensity(*shape)
    tf = attainable(ai, peak, bw)
    results[label] = (ai, tf)
    print(f"{label.replace(' weight', ''):34s} {ai:6.1f} {tf / 1e12:8.1f} TF"
          f" {100 * tf / peak:7.1f}")

assert results["training matmul 4096x4096x4096"][1] == peak      # compute-bound
assert results["decode, batch 1 x 8192x8192 weight"][0] < 1.01    # ~1 FLOP/byte
assert results["decode, batch 1 x 8192x8192 weight"][1] < 0.01 * peak
# Decode intensity grows about linearly with the batch: weights are shared
ratio = (results["decode, batch 64 x 8192x8192 weight"][0]
         / results["decode, batch 1 x 8192x8192 weight"][0])
assert 60 < ratio < 64

# Whole-model decode is a weight read per step: a lower bound on latency
params, bytes_per = 70e9, 2
for name, (peak_g, bw_g) in GPUS.items():
    for n_gpu in (4, 8):
        t = params * bytes_per / (n_gpu * bw_g)
        print(f"70B fp16, {n_gpu} x {name:13s}: {t * 1e3:4.1f} ms per step,"
              f" <= {1 / t:3.0f} tokens/s per sequence")

fig, ax = plt.subplots(figsize=(6.4, 4.0))
x = np.logspace(-1, 4, 200)
for name, (pk, b) in GPUS.items():
    ax.loglog(x, np.minimum(pk, x * b) / 1e12, label=name)
for label, (ai, tf) in results.items():
    ax.plot(ai, tf / 1e12, "o", color="black")
    offset = (-62, -14) if label.startswith("prefill") else (6, -12)
    ax.annotate(cases[label][1], (ai, tf / 1e12), textcoords="offset points",
                xytext=offset, fontsize=8)
ax.set_xlabel("arithmetic intensity (FLOP per byte of HBM traffic)")
ax.set_ylabel("attainable TFLOP/s (bf16)")
ax.legend(loc="lower right")
fig.tight_layout()
fig.savefig("roofline.svg")
