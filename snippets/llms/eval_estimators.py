"""Two evaluation details: the unbiased pass@k estimator (Chen et al., 2021) and
removing an LLM judge's position bias by judging both orders."""

import numpy as np
from scipy.special import comb

rng = np.random.default_rng(0)


def pass_at_k(n, c, k):
    """P(at least one of k samples, drawn without replacement from n with c correct, passes)."""
    return 1.0 - comb(n - c, k) / comb(n, k) if n - c >= k else 1.0


# 2,000 problems; each has a true per-sample success rate p; we draw n = 20 samples each.
p = rng.beta(0.5, 1.5, size=2000)
n, k = 20, 5
c = rng.binomial(n, p)
truth = np.mean(1 - (1 - p) ** k)
unbiased = np.mean([pass_at_k(n, ci, k) for ci in c])
plug_in = np.mean(1 - (1 - c / n) ** k)  # tempting but biased
print(f"pass@{k}: true {truth:.3f}, unbiased estimator {unbiased:.3f}, plug-in 1-(1-c/n)^k {plug_in:.3f}")
assert abs(unbiased - truth) < abs(plug_in - truth) and abs(unbiased - truth) < 0.01

# A judge compares answers A and B. Model A is truly better on 55 % of prompts, but the judge
# picks whichever answer it sees first 30 % of the time regardless of quality.
m = 5000
a_better = rng.random(m) < 0.55


def judge(first_is_a):
    lazy = rng.random(m) < 0.30
    return np.where(lazy, first_is_a, a_better)  # True means "A wins"


a_first = judge(np.ones(m, bool))
b_first = judge(np.zeros(m, bool))
consistent = a_first == b_first
print(f"\nwin rate of A, A shown first:  {a_first.mean():.3f}")
print(f"win rate of A, B shown first:  {b_first.mean():.3f}")
print(f"both orders averaged:          {(a_first.astype(float) + b_first) .mean() / 2:.3f}  (truth 0.55, pulled toward 0.5)")
print(f"verdicts that flip with order: {1 - consistent.mean():.3f}")
print(f"A's win rate on order-consistent verdicts only: {a_first[consistent].mean():.3f}")
assert abs(a_first[consistent].mean() - 0.55) < 0.02 and a_first.mean() > 0.6 > 0.5 > b_first.mean()
averaged = (a_first.astype(float) + b_first).mean() / 2
assert 0.5 < averaged < 0.55, "averaging both orders is pulled toward 0.5"
