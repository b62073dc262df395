"""Exploration on a 5-armed Bernoulli bandit: greedy, epsilon-greedy, UCB1 and Thompson sampling."""

import numpy as np

true_p = np.array([0.30, 0.45, 0.50, 0.55, 0.60])      # the best arm pays 0.60
T, runs = 5000, 200


def play(policy, rng):
    """Play all runs at once: arrays are (runs, arms)."""
    n, s = np.zeros((runs, 5)), np.zeros((runs, 5))     # pulls and successes per arm
    rows = np.arange(runs)
    regret = np.zeros(runs)
    for t in range(1, T + 1):
        if t <= 5:
            a = np.full(runs, t - 1)                     # pull each arm once
        elif policy == "greedy":
            a = np.argmax(s / n, axis=1)
        elif policy == "epsilon-greedy (0.1)":
            explore = rng.random(runs) < 0.1
            a = np.where(explore, rng.integers(5, size=runs), np.argmax(s / n, axis=1))
        elif policy == "UCB1":                          # optimism under uncertainty
            a = np.argmax(s / n + np.sqrt(2 * np.log(t) / n), axis=1)
        else:                                           # Thompson: sample from Beta posteriors
            a = np.argmax(rng.beta(1 + s, 1 + n - s), axis=1)
        reward = rng.random(runs) < true_p[a]
        n[rows, a] += 1
        s[rows, a] += reward
        regret += true_p.max() - true_p[a]
    return regret.mean(), (n[:, -1] / T).mean()


print(f"{'policy':<22} {'regret after 5000 pulls':>24} {'share on best arm':>18}")
results = {}
for policy in ("greedy", "epsilon-greedy (0.1)", "UCB1", "Thompson sampling"):
    results[policy] = play(policy, np.random.default_rng(0))
    print(f"{policy:<22} {results[policy][0]:>24.1f} {results[policy][1]:>18.1%}")

regret = {policy: r for policy, (r, _) in results.items()}
assert min(regret, key=regret.get) == "Thompson sampling", "Thompson sampling loses the least"
assert max(regret, key=regret.get) == "greedy", "pure greedy locks onto an early winner"
