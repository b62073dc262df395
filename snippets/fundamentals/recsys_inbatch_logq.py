"""In-batch negatives and the logQ correction, stripped to item scores.

Users are ignored, so the best possible model scores each item by its log
popularity (what a full softmax learns). Training with in-batch negatives
samples negatives in proportion to popularity, which cancels popularity out
of the scores; subtracting log q (the item's sampling probability) from
each logit during training restores it (Yi et al., 2019)."""

import numpy as np

rng = np.random.default_rng(0)
n_items, batch, steps, lr = 200, 128, 4_000, 0.1
p = 1 / np.arange(1, n_items + 1)  # Zipf popularity
p /= p.sum()
log_q = np.log(p)  # in-batch sampling probability is proportional to p


def train(correct: bool) -> np.ndarray:
    s = np.zeros(n_items)
    for _ in range(steps):
        items = rng.choice(n_items, size=batch, p=p)  # positives = negatives pool
        logits = s[items] - (log_q[items] if correct else 0.0)
        w = np.exp(logits - logits.max())
        w /= w.sum()  # softmax over the batch's items (same for every row)
        grad = np.zeros(n_items)
        np.add.at(grad, items, batch * w)  # every row pushes all batch items down
        np.add.at(grad, items, -1.0)       # and its own positive up
        s -= lr * grad / batch
    return s - s.mean()


full = np.log(p) - np.log(p).mean()  # the full-softmax optimum
print(f"full softmax: score of the top item minus the median item "
      f"{full[0] - np.median(full):.2f}")
results = {}
for name, correct in [("in-batch, no correction", False), ("in-batch + logQ", True)]:
    s = train(correct)
    results[correct] = s
    gap = s[0] - np.median(s)
    corr = (f"{np.corrcoef(s[:50], full[:50])[0, 1]:.2f}" if s.std() > 0
            else "undefined, all scores equal")
    print(f"{name:<24} top minus median {gap:5.2f}, "
          f"corr with log-popularity (50 most popular): {corr}")

assert np.allclose(results[False], 0)  # the gradient cancels exactly: nothing learned
s = results[True]
assert np.corrcoef(s[:50], full[:50])[0, 1] > 0.9
assert abs((s[0] - np.median(s)) - (full[0] - np.median(full))) < 1.0
