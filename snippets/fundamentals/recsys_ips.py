"""Position bias and inverse propensity scoring on simulated logs.

Click model: P(click) = P(examined | position) * P(relevant | item), with
examination 1/position (a common empirical shape).
Part 1: estimate item relevance from logged clicks, naively and with IPS.
Part 2: evaluate a new ranking policy offline from the old policy's logs.
"""

import numpy as np

rng = np.random.default_rng(0)
n_items, n_slots, n_logs = 10, 5, 400_000
relevance = np.linspace(0.5, 0.05, n_items)  # item 0 is the most relevant
examine = 1 / np.arange(1, n_slots + 1)      # positions 1..5

# Logging policy: mostly the production order (items 0..9 by an old score
# that favours items 5-9), with random swaps so every item visits every slot.
old_score = np.r_[np.linspace(0.3, 0.2, 5), np.linspace(0.9, 0.8, 5)]
noisy = old_score + rng.gumbel(0, 0.12, (n_logs, n_items))
ranking = np.argsort(-noisy, axis=1)[:, :n_slots]            # shown items
clicks = rng.random((n_logs, n_slots)) < examine * relevance[ranking]

# Part 1: naive CTR per item vs IPS (each click weighted by 1 / examination).
shown = np.bincount(ranking.ravel(), minlength=n_items)
naive = np.bincount(ranking.ravel(), weights=clicks.ravel(), minlength=n_items) / shown
ips_w = np.broadcast_to(1 / examine, clicks.shape)
ips = np.bincount(ranking.ravel(), weights=(clicks * ips_w).ravel(), minlength=n_items) / shown
print("item  true relevance  naive CTR  IPS estimate")
for i in (0, 4, 5, 9):
    print(f"{i:>4}  {relevance[i]:14.3f}  {naive[i]:9.3f}  {ips[i]:12.3f}")
rank_corr = lambda a, b: np.corrcoef(np.argsort(np.argsort(a)), np.argsort(np.argsort(b)))[0, 1]
print(f"rank correlation with the truth: naive {rank_corr(naive, relevance):.2f}, "
      f"IPS {rank_corr(ips, relevance):.2f}")
assert np.allclose(ips, relevance, atol=0.02)
assert rank_corr(ips, relevance) > 0.99 and rank_corr(naive, relevance) < 0.95
assert naive[5] > naive[4] and ips[5] < ips[4]  # bias reverses a true order

# Part 2: off-policy evaluation of "always put the item with the highest
# IPS relevance first", from slot-1 logs only (a one-slot bandit).
first = ranking[:, 0]
p_old = np.bincount(first, minlength=n_items) / n_logs        # logging propensity
new_item = int(np.argmax(ips))
reward = clicks[:, 0].astype(float)
weights = (first == new_item) / p_old[first]
ips_value = np.mean(weights * reward)
true_value = examine[0] * relevance[new_item]
support = int((first == new_item).sum())
print(f"slot-1 CTR of the logging policy: {reward.mean():.3f}")
print(f"new policy (item {new_item} first): true CTR {true_value:.3f}, "
      f"IPS estimate {ips_value:.3f}")
print(f"logs that support it: {support:,} of {n_logs:,} "
      f"(propensity {p_old[new_item]:.4f}, weight {1 / p_old[new_item]:.0f} each)")
# Std error of the IPS mean, from the per-log terms.
se = np.std(weights * reward, ddof=1) / np.sqrt(n_logs)
print(f"IPS standard error: {se:.3f}")
assert abs(ips_value - true_value) < 4 * se
