"""InfoNCE with in-batch negatives (van den Oord et al., 2018): train a linear
query encoder so each query's own document outranks the other documents in the batch."""

import numpy as np

from mlref.nn import log_softmax, softmax

rng = np.random.default_rng(0)
n, d_raw, d = 256, 32, 16
docs_raw = rng.normal(size=(n, d_raw))
# Queries see their document through a distortion the encoder has to undo.
M = rng.normal(size=(d_raw, d_raw)) / np.sqrt(d_raw)
queries_raw = docs_raw @ M + 1.0 * rng.normal(size=(n, d_raw))
P_doc = rng.normal(size=(d_raw, d)) / np.sqrt(d_raw)  # fixed document encoder


def normalize(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def info_nce(W, tau, batch):
    """Mean loss, gradient w.r.t. W and recall@1 for one batch (row i's positive is doc i)."""
    q_lin = queries_raw[batch] @ W
    q, k = normalize(q_lin), normalize(docs_raw[batch] @ P_doc)
    logits = q @ k.T / tau  # (B, B): the diagonal holds the positives
    loss = -np.mean(np.diag(log_softmax(logits)))
    g_logits = (softmax(logits) - np.eye(len(batch))) / len(batch)
    g_q = g_logits @ k / tau
    norms = np.linalg.norm(q_lin, axis=1, keepdims=True)  # back through the normalization
    g_lin = (g_q - q * np.sum(g_q * q, axis=1, keepdims=True)) / norms
    recall1 = np.mean(np.argmax(logits, axis=1) == np.arange(len(batch)))
    return loss, queries_raw[batch].T @ g_lin, recall1


tau, B = 0.1, 64
W = rng.normal(size=(d_raw, d)) / np.sqrt(d_raw)
all_idx = np.arange(n)
loss0, _, r0 = info_nce(W, tau, all_idx)
print(f"untrained: loss {loss0:.2f} (uniform scores would give log 256 = {np.log(n):.2f}), recall@1 {r0:.0%}")
for step in range(1500):
    batch = rng.choice(n, size=B, replace=False)
    _, g, _ = info_nce(W, tau, batch)
    W -= 0.5 * g
loss1, _, r1 = info_nce(W, tau, all_idx)
print(f"trained:   loss {loss1:.2f}, recall@1 among all 256 documents {r1:.0%}")
assert loss0 > np.log(n), "untrained, worse than uniform scores"
assert loss1 < loss0 - 2 and r1 > r0 + 0.5

# Gradient check on a small batch.
E = np.zeros_like(W); E[3, 5] = 1e-6
small = np.arange(8)
num = (info_nce(W + E, tau, small)[0] - info_nce(W - E, tau, small)[0]) / 2e-6
assert abs(num - info_nce(W, tau, small)[1][3, 5]) < 1e-6

# Temperature: the same similarities scored at different tau.
tau_loss = {t: info_nce(W, t, all_idx)[0] for t in (1.0, 0.1, 0.02)}
for t, loss_t in tau_loss.items():
    print(f"tau = {t:<4}: loss of the trained encoder {loss_t:.2f}")
assert tau_loss[1.0] > tau_loss[0.1] > tau_loss[0.02], "cosines in [-1, 1] need a small tau"
