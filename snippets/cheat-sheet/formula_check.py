"""Every formula on the cheat sheet, computed by hand and checked against a library or a simulation."""

import numpy as np
from scipy import stats
from scipy.special import huber
from sklearn import metrics
from sklearn.linear_model import Ridge

rng = np.random.default_rng(0)
rows = []


def show(value):
    flat = np.round(np.ravel(value), 4)
    return ", ".join(f"{v:g}" for v in flat[:3]) + (", ..." if flat.size > 3 else "")


def check(name, by_formula, reference, tol=1e-9):
    ok = np.allclose(by_formula, reference, rtol=tol, atol=tol)
    rows.append(ok)
    print(f"{'ok ' if ok else 'BAD'} {name:<44} {show(by_formula):>22}  vs {show(reference)}")


# Classification metrics from the confusion counts
y = rng.integers(0, 2, size=400)
score = np.clip(0.35 * y + rng.normal(0.4, 0.25, size=400), 1e-3, 1 - 1e-3)
pred = (score >= 0.5).astype(int)
tp = np.sum((pred == 1) & (y == 1)); fp = np.sum((pred == 1) & (y == 0))
fn = np.sum((pred == 0) & (y == 1)); tn = np.sum((pred == 0) & (y == 0))
p, r = tp / (tp + fp), tp / (tp + fn)
check("precision TP/(TP+FP)", p, metrics.precision_score(y, pred))
check("recall TP/(TP+FN)", r, metrics.recall_score(y, pred))
check("F1 = 2TP/(2TP+FP+FN)", 2 * tp / (2 * tp + fp + fn), metrics.f1_score(y, pred))
b = 2.0
check("F-beta (beta=2)", (1 + b**2) * p * r / (b**2 * p + r), metrics.fbeta_score(y, pred, beta=b))
pos, neg = score[y == 1], score[y == 0]
pairs = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
check("ROC AUC = P(score+ > score-)", pairs, metrics.roc_auc_score(y, score))
ll = -np.mean(y * np.log(score) + (1 - y) * np.log(1 - score))
check("log loss", ll, metrics.log_loss(y, score))
check("log loss of a constant 0.5", -np.log(0.5), 0.693147, tol=1e-6)

# Regression metrics
t = rng.normal(size=200); yhat = t + rng.normal(scale=0.5, size=200)
check("RMSE = sqrt(mean squared error)", np.sqrt(np.mean((t - yhat) ** 2)), np.sqrt(metrics.mean_squared_error(t, yhat)))
check("MAE", np.mean(np.abs(t - yhat)), metrics.mean_absolute_error(t, yhat))
r2 = 1 - np.sum((t - yhat) ** 2) / np.sum((t - t.mean()) ** 2)
check("R2 = 1 - SS_res/SS_tot", r2, metrics.r2_score(t, yhat))

# Ranking metrics for one query: relevance of the items in ranked order
rel = np.array([3, 2, 3, 0, 1, 2])
ranks = np.arange(1, len(rel) + 1)
dcg = np.sum(rel / np.log2(ranks + 1)); idcg = np.sum(np.sort(rel)[::-1] / np.log2(ranks + 1))
check("NDCG (linear gain)", dcg / idcg, metrics.ndcg_score([rel], [-ranks]))
hits = (rel > 0).astype(int)
ap = np.sum(np.cumsum(hits) / ranks * hits) / hits.sum()
check("average precision", ap, metrics.average_precision_score(hits, -ranks))

# Softmax: shift invariance, stability, gradient of cross-entropy = p - y
z = np.array([1000.0, 1001.0, 1002.0])
stable = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
check("softmax(z - max z) on logits near 1000", stable, np.exp([-2, -1, 0]) / np.exp([-2, -1, 0]).sum())
z = rng.normal(size=5); onehot = np.eye(5)[2]
softmax = lambda v: np.exp(v - v.max()) / np.exp(v - v.max()).sum()
loss = lambda v: -np.log(softmax(v)[2])
numeric = np.array([(loss(z + 1e-6 * e) - loss(z - 1e-6 * e)) / 2e-6 for e in np.eye(5)])
check("d(CE)/dz = softmax(z) - y", softmax(z) - onehot, numeric, tol=1e-6)
s = 1 / (1 + np.exp(-np.linspace(-6, 6, 1001)))
check("max of sigmoid' = s(1-s)", (s * (1 - s)).max(), 0.25)

# Attention: q.k has variance d_k for unit-variance components, 1 after scaling
d_k = 64
q, k = rng.normal(size=(20000, d_k)), rng.normal(size=(20000, d_k))
dots = np.sum(q * k, axis=1)
check("var(q.k)/d_k ~ 1 (scale by sqrt(d_k))", dots.var() / d_k, 1.0, tol=0.05)

# Bias-variance: expected squared error = bias^2 + variance + noise
sigma, x_train, x0 = 0.3, np.linspace(0, 3, 20), 2.5
fits, errors = [], []
for _ in range(4000):
    coef = np.polyfit(x_train, np.sin(x_train) + rng.normal(0, sigma, 20), deg=1)
    f_hat = np.polyval(coef, x0)
    fits.append(f_hat)
    errors.append((np.sin(x0) + rng.normal(0, sigma) - f_hat) ** 2)
fits = np.array(fits)
decomposed = (fits.mean() - np.sin(x0)) ** 2 + fits.var() + sigma**2
check("E[(y - f_hat)^2] = bias^2 + var + noise", np.mean(errors), decomposed, tol=0.05)

# Losses: Huber, KL identity, mean and median as minimizers
r = np.linspace(-3, 3, 13)
check("Huber, delta=1", np.where(np.abs(r) <= 1, 0.5 * r**2, np.abs(r) - 0.5), huber(1.0, r))
pd_, qd = np.array([0.2, 0.5, 0.3]), np.array([0.1, 0.6, 0.3])
check("H(p,q) = H(p) + KL(p||q)", -np.sum(pd_ * np.log(qd)), stats.entropy(pd_) + stats.entropy(pd_, qd))
data, grid = rng.exponential(size=301), np.linspace(0, 3, 30001)
best_sq = grid[np.argmin([np.mean((data - c) ** 2) for c in grid])]
best_abs = grid[np.argmin([np.mean(np.abs(data - c)) for c in grid])]
check("argmin of squared error = mean", best_sq, data.mean(), tol=1e-3)
check("argmin of absolute error = median", best_abs, np.median(data), tol=1e-3)

# Closed forms and gradients
X = rng.normal(size=(50, 3)); yr = X @ np.array([1.0, -2.0, 0.5]) + rng.normal(size=50)
lam = 2.0
check("ridge (X'X + lambda I)^-1 X'y", np.linalg.solve(X.T @ X + lam * np.eye(3), X.T @ yr),
      Ridge(alpha=lam, fit_intercept=False).fit(X, yr).coef_, tol=1e-6)
yb, w = (yr > 0).astype(float), rng.normal(size=3)
nll = lambda v: -np.mean(yb * np.log(1 / (1 + np.exp(-X @ v))) + (1 - yb) * np.log(1 - 1 / (1 + np.exp(-X @ v))))
numeric = np.array([(nll(w + 1e-6 * e) - nll(w - 1e-6 * e)) / 2e-6 for e in np.eye(3)])
check("logistic gradient X'(sigmoid(Xw) - y)/n", X.T @ (1 / (1 + np.exp(-X @ w)) - yb) / 50, numeric, tol=1e-6)
q_drop = 0.3
mask = (rng.random(1_000_000) >= q_drop) / (1 - q_drop)
check("inverted dropout keeps the mean", mask.mean(), 1.0, tol=0.01)
g = np.array([0.003, -40.0]); m, v = 0.1 * g, 0.001 * g**2  # Adam, step t = 1
check("Adam's first step = lr * sign(g)", 1e-3 * (m / 0.1) / (np.sqrt(v / 0.001) + 1e-8), 1e-3 * np.sign(g), tol=1e-5)

# Statistics: Bayes' theorem for a rare condition
sens = spec = 0.99; prior = 0.001
check("P(condition | positive), 99 % test, 1/1000", sens * prior / (sens * prior + (1 - spec) * (1 - prior)), 0.0902, tol=1e-3)

# Statistics: A/B sample size per arm, alpha 0.05 two-sided, power 0.8
z_sum = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
check("n per arm = 2(z_a/2 + z_b)^2 sigma^2/delta^2", 2 * z_sum**2, 15.70, tol=1e-3)

# Convolution output size: floor((W - K + 2P)/S) + 1, e.g. the ResNet stem
check("conv out: W=224, K=7, P=3, S=2", (224 - 7 + 2 * 3) // 2 + 1, 112)

# Trees: Gini and entropy of a 30/70 node
pk = np.array([0.3, 0.7])
check("Gini = 1 - sum p^2", 1 - np.sum(pk**2), 0.42)
check("entropy = -sum p log2 p", -np.sum(pk * np.log2(pk)), stats.entropy(pk, base=2))

print(f"\n{sum(rows)} of {len(rows)} formulas agree")
assert all(rows), "a formula disagrees with its reference: see the BAD rows"
