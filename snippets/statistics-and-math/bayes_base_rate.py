"""Bayes' theorem on a screening test: formula, simulation, and the base rate's effect."""

import numpy as np

rng = np.random.default_rng(0)
sensitivity, specificity = 0.95, 0.95  # P(+ | sick), P(- | healthy)


def p_sick_given_positive(prior):
    true_pos = sensitivity * prior
    false_pos = (1 - specificity) * (1 - prior)
    return true_pos / (true_pos + false_pos)


# Simulate one million people with a 1 % prevalence
n, prevalence = 1_000_000, 0.01
sick = rng.random(n) < prevalence
positive = np.where(sick, rng.random(n) < sensitivity, rng.random(n) < 1 - specificity)
print(f"simulation: {(sick & positive).sum():,} sick among {positive.sum():,} positives "
      f"-> P(sick | +) = {sick[positive].mean():.3f}")
print(f"Bayes' theorem: P(sick | +) = {p_sick_given_positive(prevalence):.3f}\n")
assert abs(sick[positive].mean() - p_sick_given_positive(prevalence)) < 0.005

# a second, independent positive test: the first posterior is the new prior
once = p_sick_given_positive(prevalence)
print(f"after a second positive test: P(sick | +, +) = {p_sick_given_positive(once):.3f}\n")

print("same test (95 % sensitive, 95 % specific), different base rates:")
print(f"  {'prevalence':>10}  {'P(sick | +)':>11}  {'false alarms per true case':>26}")
ppvs = []
for prior in (0.001, 0.01, 0.1, 0.5):
    ppv = p_sick_given_positive(prior)
    ppvs.append(ppv)
    print(f"  {prior:>10.1%}  {ppv:>11.3f}  {(1 - ppv) / ppv:>26.1f}")
assert np.all(np.diff(ppvs) > 0) and ppvs[0] < 0.05 and ppvs[-1] > 0.9, "the base rate"
