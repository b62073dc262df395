"""Why divide by sqrt(d_k): raw dot products grow with d_k and saturate softmax."""

import numpy as np

rng = np.random.default_rng(0)
n_keys, n_trials = 16, 2000


def softmax(s):
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def summary(scores):
    """Mean largest weight, and mean size of the softmax Jacobian diag(p) - p p^T,
    which scales every gradient flowing back into the scores."""
    p = softmax(scores)
    jac = np.einsum("ti,ij->tij", p, np.eye(n_keys)) - np.einsum("ti,tj->tij", p, p)
    return p.max(axis=1).mean(), np.linalg.norm(jac, axis=(1, 2)).mean()


print(f"{'':>15} | {'unscaled q.k':^21} | {'q.k / sqrt(d_k)':^21}".rstrip())
cols = f" {'max weight':>10} {'grad size':>10} |"
head = f"{'d_k':>5} {'std(q.k)':>9} |" + cols * 2
print(head.rstrip(" |"))
raw_runs, scaled_runs = [], []
for d_k in (4, 16, 64, 256, 1024):
    q = rng.normal(size=(n_trials, 1, d_k))  # components with variance 1
    k = rng.normal(size=(n_trials, n_keys, d_k))
    s = (q * k).sum(axis=-1)  # raw scores, shape (n_trials, n_keys)
    assert np.isclose(s.std(), np.sqrt(d_k), rtol=0.05), "var(q.k) = d_k"
    row = f"{d_k:>5} {s.std():>9.1f} |"
    for scores, runs in ((s, raw_runs), (s / np.sqrt(d_k), scaled_runs)):
        top, grad = summary(scores)
        runs.append((top, grad))
        row += f" {top:>10.2f} {grad:>10.3f} |"
    print(row.rstrip(" |"))
raw_top, raw_grad = np.array(raw_runs).T
scaled_top, scaled_grad = np.array(scaled_runs).T
assert np.all(np.diff(raw_top) > 0) and np.all(np.diff(raw_grad) < 0)
assert np.ptp(scaled_top) < 0.02 and np.ptp(scaled_grad) < 0.02, "scaled stays constant"
assert raw_grad[-1] < scaled_grad[-1] / 5, "a sixth at d_k = 1024"
