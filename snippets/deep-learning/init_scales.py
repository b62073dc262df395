"""Activation scale through a 50-layer ReLU network under three initializations."""

import numpy as np

depth, width = 50, 256
x = np.random.default_rng(0).normal(size=(1000, width))  # unit-variance inputs

inits = {
    "N(0, 0.01^2)": 0.01,
    "Xavier, var 1/n": np.sqrt(1 / width),   # 2/(n_in + n_out) with n_in = n_out
    "He, var 2/n": np.sqrt(2 / width),
    "N(0, 0.1^2)": 0.1,
}
print("RMS of the activations after layer ...")
print(f"{'initialization':<17}" + "".join(f"{l:>11}" for l in (1, 10, 25, 50)))
final = {}
for name, std in inits.items():
    rng = np.random.default_rng(1)
    a, rms = x, []
    for _ in range(depth):
        a = np.maximum(0, a @ rng.normal(0, std, size=(width, width)))
        rms.append(np.sqrt(np.mean(a**2)))
    print(f"{name:<17}" + "".join(f"{rms[l - 1]:>11.2e}" for l in (1, 10, 25, 50)))
    final[name] = rms[-1]
assert final["N(0, 0.01^2)"] < final["Xavier, var 1/n"] < 1e-6, "the signal vanishes"
assert 0.5 < final["He, var 2/n"] < 2, "only He keeps the scale"
assert final["N(0, 0.1^2)"] > 100, "the signal explodes"
