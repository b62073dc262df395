"""Maximum-entropy inverse RL (Ziebart et al., 2008) on a 5x5 grid: recover a reward from demonstrations."""

import numpy as np
from scipy.special import logsumexp

rng = np.random.default_rng(0)
N, T = 5, 12                                     # grid side, steps per demonstration
S = N * N
moves = [(0, 1), (1, 0), (0, -1), (-1, 0), (0, 0)]   # right, down, left, up, stay


def step(s, a):
    r, c = divmod(s, N)
    dr, dc = moves[a]
    return min(max(r + dr, 0), N - 1) * N + min(max(c + dc, 0), N - 1)


nxt = np.array([[step(s, a) for a in range(5)] for s in range(S)])   # S x A
start = 0

true_reward = np.zeros(S)
true_reward[S - 1] = 2.0                         # goal in the bottom-right corner
true_reward[[7, 12, 17]] = -2.0                  # a hazardous column of cells in the middle


def soft_policies(theta):
    """Soft (log-sum-exp) value iteration backwards in time; one stochastic policy per step."""
    V, policies = np.zeros(S), []
    for _ in range(T - 1):
        Q = theta[:, None] + V[nxt]
        V = logsumexp(Q, axis=1)
        policies.append(np.exp(Q - V[:, None]))
    return policies[::-1]


def expected_visits(theta):
    D = np.zeros(S); D[start] = 1
    visits = D.copy()
    for pi in soft_policies(theta):
        D_next = np.zeros(S)
        np.add.at(D_next, nxt.ravel(), (D[:, None] * pi).ravel())
        D = D_next
        visits += D
    return visits


# 2,000 demonstrations from an expert who is (softly) optimal for the hidden reward
expert = soft_policies(true_reward)
f_expert = np.zeros(S)
for _ in range(2000):
    s = start
    f_expert[s] += 1
    for pi in expert:
        s = nxt[s, rng.choice(5, p=pi[s])]
        f_expert[s] += 1
f_expert /= 2000

theta = np.zeros(S)
for _ in range(1500):
    theta += 0.2 * (f_expert - expected_visits(theta))   # expert counts - model counts
gap = np.abs(f_expert - expected_visits(theta)).sum()
centre = lambda v: v - v.mean()                  # rewards are identified up to a constant
corr = np.corrcoef(theta, true_reward)[0, 1]
with np.printoptions(precision=1, floatmode="fixed"):  # 2.0 and -1.0, not 2. and -1.
    print("true reward:\n", true_reward.reshape(N, N))
    print("recovered reward (centred):\n", np.round(centre(theta).reshape(N, N), 1))
print(f"correlation with the true reward {corr:.2f}; feature-count gap {gap:.4f}")
assert gap < 0.01 and corr > 0.8
assert theta.argmax() == S - 1 and set(np.argsort(theta)[:3]) <= {2, 7, 12, 17, 22}
