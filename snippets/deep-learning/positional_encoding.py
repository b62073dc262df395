"""Sinusoidal positional encodings: one code per position, similarity by offset."""

import matplotlib.pyplot as plt
import numpy as np

n_pos, d_model = 64, 64
pos = np.arange(n_pos)[:, None]
# one frequency per (sin, cos) pair of dimensions
freq = 1 / 10000 ** (np.arange(0, d_model, 2) / d_model)
PE = np.zeros((n_pos, d_model))
PE[:, 0::2] = np.sin(pos * freq)
PE[:, 1::2] = np.cos(pos * freq)

wavelengths = 2 * np.pi / freq
print(f"wavelengths from {wavelengths[0]:.1f} to {wavelengths[-1]:,.0f} positions")
print("all positions distinct:", len({tuple(np.round(r, 6)) for r in PE}) == n_pos)
assert len({tuple(np.round(r, 6)) for r in PE}) == n_pos
sim = PE @ PE.T
for k in (1, 4, 16):
    dots = np.diag(sim, k)  # PE[p] . PE[p + k] for every p
    lo, hi = dots.min(), dots.max()
    print(f"offset {k:>2}: PE[p].PE[p+k] = {lo:.3f} to {hi:.3f} over all p")
    assert np.isclose(lo, hi), "the dot product depends only on the offset"

# PE[p + k] is a fixed rotation of PE[p]: each (sin, cos) pair turns by k * freq
k = 5
R = np.zeros((d_model, d_model))
for i, w in enumerate(freq):
    c, s = np.cos(k * w), np.sin(k * w)
    R[2 * i:2 * i + 2, 2 * i:2 * i + 2] = [[c, -s], [s, c]]
print(f"PE[p+{k}] == PE[p] @ R for every p:", np.allclose(PE[:-k] @ R, PE[k:]))
assert np.allclose(PE[:-k] @ R, PE[k:]), "a shift by k is a fixed rotation"

fig, axes = plt.subplots(1, 2, figsize=(9, 3.6))
im = axes[0].imshow(PE, cmap="RdBu", aspect="auto", vmin=-1, vmax=1)
axes[0].set_xlabel("encoding dimension")
axes[0].set_ylabel("position")
axes[0].set_title("sinusoidal encodings")
fig.colorbar(im, ax=axes[0])
axes[1].plot(sim[20], marker=".")
axes[1].axvline(20, color="gray", lw=0.8)
axes[1].set_xlabel("position")
axes[1].set_title("dot product with position 20")
axes[0].grid(False)
fig.tight_layout()
fig.savefig("positional_encoding.svg")
plt.close(fig)
