"""Inverted dropout keeps expected activations unchanged: nothing to rescale later."""

import numpy as np

rng = np.random.default_rng(0)
np.set_printoptions(precision=3, suppress=True)
p_drop = 0.5
h = rng.uniform(0.5, 2.0, size=6)  # activations of one hidden layer for one input
w = rng.normal(size=6)             # weights of a sigmoid output unit
n_masks = 100_000
masks = rng.random((n_masks, h.size)) >= p_drop  # True = unit kept

plain = masks * h                    # drop only, no rescaling
inverted = masks * h / (1 - p_drop)  # drop, then scale the survivors by 1/(1-p)
print("activations h:             ", h)
print("mean over masks, plain:    ", plain.mean(axis=0), "= (1-p) h")
print("mean over masks, inverted: ", inverted.mean(axis=0), "= h")
print(f"fraction of units kept: {masks.mean():.3f}")
assert np.allclose(plain.mean(axis=0), (1 - p_drop) * h, rtol=0.02)
assert np.allclose(inverted.mean(axis=0), h, rtol=0.02), "keeps the mean"

sigmoid = lambda z: 1 / (1 + np.exp(-z))
mc = sigmoid(inverted @ w)  # predictions of 100,000 random thinned networks
print(f"\nweight-scaling inference sigmoid(w.h): {sigmoid(h @ w):.3f}")
print(f"average of the thinned networks:       {mc.mean():.3f}  (std {mc.std():.3f})")
assert abs(sigmoid(h @ w) - mc.mean()) > 0.05, "only an approximation"
