"""Four kinds of shift, and which monitoring signal can see each one."""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def psi(ref, cur, n_bins=10, floor=1e-4):
    edges = np.quantile(ref, np.linspace(0, 1, n_bins + 1))
    edges[0], edges[-1] = -np.inf, np.inf
    e = np.maximum(np.histogram(ref, edges)[0] / len(ref), floor)
    a = np.maximum(np.histogram(cur, edges)[0] / len(cur), floor)
    return float(np.sum((a - e) * np.log(a / e)))


rng = np.random.default_rng(0)
w_true = np.array([1.5, -1.0, 0.5])


def sample(n, pos_rate=0.5):
    """Class-conditional Gaussians, x | y ~ N(+-w/2, I): P(y=1 | x) = sigmoid(w.x)
    when half the rows are positive; pos_rate moves P(y) but not P(x | y)."""
    y = (rng.random(n) < pos_rate).astype(int)
    X = rng.normal(0, 1, size=(n, 3)) + np.outer(y - 0.5, w_true)
    return X, y


def relabel(X, w=w_true):
    """Fresh labels from P(y = 1 | x) = sigmoid(w.x)."""
    return (rng.random(len(X)) < 1 / (1 + np.exp(-(X @ w)))).astype(int)


n = 20_000
X_ref, y_ref = sample(n)
model = LogisticRegression().fit(X_ref, y_ref)

X_cov = sample(n)[0] + [1.0, 0, 0]   # covariate shift: x0 moves by one sd ...
y_cov = relabel(X_cov)               # ... while P(y | x) stays the same
X_con = sample(n)[0]                 # concept drift: same inputs, but x1's effect
y_con = relabel(X_con, w_true * [1, -1, 1])  # on the outcome reverses sign
X_pri, y_pri = sample(n, pos_rate=0.2)  # prior shift: 50 % -> 20 % positives
X_skw, y_skw = sample(n)
X_skw[:, 1] *= 100                    # skew: serving sends x1 in other units

print(f"{'scenario':<22} {'max input PSI':>13} {'mean score':>10} "
      f"{'positive rate':>13} "
      f"{'accuracy':>8} {'AUC':>6}")
rows = {"no shift (new sample)": sample(n), "covariate shift": (X_cov, y_cov),
        "concept drift": (X_con, y_con), "prior (label) shift": (X_pri, y_pri),
        "training-serving skew": (X_skw, y_skw)}
signals = {}
for name, (X, y) in rows.items():
    p = model.predict_proba(X)[:, 1]
    drift = max(psi(X_ref[:, j], X[:, j]) for j in range(3))
    acc = ((p >= 0.5) == y).mean()
    print(f"{name:<22} {drift:13.3f} {p.mean():10.3f} {y.mean():13.3f} {acc:8.3f} "
          f"{roc_auc_score(y, p):6.3f}")
    signals[name] = drift, p.mean(), y.mean(), acc, roc_auc_score(y, p)
base, cov, con, pri, skw = signals.values()  # psi, mean score, positive rate, acc, AUC
assert cov[0] > 0.25 and cov[3] >= base[3], "covariate: accuracy holds"
assert con[0] < 0.01 and con[4] < base[4] - 0.1, "concept drift: only labels reveal it"
assert abs(pri[4] - base[4]) < 0.01 and pri[1] > pri[2] + 0.1, "prior: miscalibrated"
assert skw[0] > 1, "training-serving skew: an absurd PSI"
