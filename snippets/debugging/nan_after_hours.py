"""A loss that goes NaN late in training, caused by one rare bad batch.

Logistic regression trained by SGD on a stream of 20,000 batches; batch
13,337 carries one infinite feature value (a ratio whose denominator was 0
upstream). Three
runs: unguarded; with a per-step finite check that logs and skips; and the
same check used to find the culprit batch by its index."""

import numpy as np

rng = np.random.default_rng(0)
d, steps, bad_step, lr = 5, 20_000, 13_337, 0.05
w_true = rng.normal(size=d)


def batch(step):
    """Deterministic per step, so any batch can be replayed from its index."""
    r = np.random.default_rng(step)
    X = r.normal(size=(32, d))
    y = (r.random(32) < 1 / (1 + np.exp(-X @ w_true))).astype(float)
    if step == bad_step:
        X[7, 2] = np.inf  # one corrupted value
    return X, y


def loss_and_grad(w, X, y):
    z = X @ w
    # log(1 + e^z) - y z, written stably; inf - inf -> NaN for the bad row
    loss = np.mean(np.logaddexp(0, z) - y * z)
    grad = X.T @ (1 / (1 + np.exp(-z)) - y) / len(y)
    return loss, grad


def train(guard: bool):
    w = np.zeros(d)
    first_bad, skipped = None, []
    with np.errstate(all="ignore"):
        for step in range(steps):
            X, y = batch(step)
            loss, grad = loss_and_grad(w, X, y)
            if not (np.isfinite(loss) and np.isfinite(grad).all()):
                first_bad = step if first_bad is None else first_bad
                if guard:
                    skipped.append(step)  # log the index, skip the update
                    continue
            w -= lr * grad
    return w, first_bad, skipped


w_plain, first_bad, _ = train(guard=False)
print(f"unguarded: first non-finite loss at step {first_bad:,}; "
      f"final weights finite? {np.isfinite(w_plain).all()}")
w_guard, _, skipped = train(guard=True)
print(f"guarded:   skipped steps {skipped}; final weights finite? "
      f"{np.isfinite(w_guard).all()}, error vs truth {np.linalg.norm(w_guard - w_true):.2f}")

# Replay the logged batch and inspect it.
X, _ = batch(skipped[0])
row, col = np.argwhere(~np.isfinite(X))[0]
print(f"replayed batch {skipped[0]:,}: non-finite value at row {row}, feature {col}")
assert first_bad == bad_step and skipped == [bad_step]
assert not np.isfinite(w_plain).all() and np.isfinite(w_guard).all()
assert (row, col) == (7, 2)
