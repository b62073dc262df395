"""The Laplace mechanism: what epsilon buys, and how repeated queries spend it."""

import numpy as np

rng = np.random.default_rng(0)
true_count = 137  # patients with the condition in dataset D
neighbour = 136   # the same dataset without one of them (D')
sensitivity = 1   # one person changes a count by at most 1

header = ["epsilon", "noise scale", "mean |error|", "P(>136.5 | D)",
          "P(>136.5 | D')", "ratio", "e^eps"]
print("{:>7} {:>11} {:>12} {:>14} {:>15} {:>6} {:>6}".format(*header))
for eps in (0.1, 0.5, 1.0, 2.0, 10.0):
    scale = sensitivity / eps
    out_d = true_count + rng.laplace(0, scale, 200_000)
    out_n = neighbour + rng.laplace(0, scale, 200_000)
    p_d, p_n = (out_d > 136.5).mean(), (out_n > 136.5).mean()
    error = np.abs(out_d - true_count).mean()
    print(f"{eps:7.1f} {scale:11.1f} {error:12.2f} {p_d:14.3f} "
          f"{p_n:15.3f} {p_d / p_n:6.2f} {np.exp(eps):6.2f}")
    assert np.isclose(error, scale, rtol=0.02), "the typical error is the noise scale"
    assert p_d / p_n < 1.02 * np.exp(eps), "no test beats the e^epsilon bound"

# Composition: answering the same query k times at epsilon each costs k * epsilon,
# because averaging the answers removes the noise.
eps, k = 0.5, 100
answers = true_count + rng.laplace(0, sensitivity / eps, k)
print(f"\n{k} answers at epsilon={eps}: "
      f"one has mean |error| {sensitivity / eps:.1f}; "
      f"their average is {answers.mean():.1f} (true {true_count}), "
      f"total budget spent {k * eps:.0f}")
assert abs(answers.mean() - true_count) < 1, "averaging removes the noise"
