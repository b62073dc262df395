"""Where NaNs come from, and a check that names the first bad step and tensor."""

import numpy as np

# 1. The operations that create non-finite values (float32, as on a GPU).
f = np.float32
with np.errstate(all="ignore"):
    cases = {
        "log(0)": np.log(f(0)),
        "0 * log(0)": f(0) * np.log(f(0)),
        "0 / 0": f(0) / f(0),
        "1 / 0": f(1) / f(0),
        "exp(89) in float32": np.exp(f(89)),
        "inf - inf": np.exp(f(89)) - np.exp(f(89)),
        "sqrt(-1)": np.sqrt(f(-1)),
        "sum with one NaN": np.array([1, 2, np.nan], dtype=f).sum(),
    }
for name, value in cases.items():
    print(f"{name:<20} -> {value}")
assert not any(np.isfinite(value) for value in cases.values())

# 2. A two-layer network trained with a learning rate that is too large.
rng = np.random.default_rng(0)
X = rng.normal(size=(256, 10)).astype(f)
y = (X @ rng.normal(size=10) + 0.1 * rng.normal(size=256)).astype(f)[:, None]


def train(lr, steps=200, clip=None):
    W1 = (rng.normal(size=(10, 32)) * np.sqrt(2 / 10)).astype(f)
    W2 = (rng.normal(size=(32, 1)) * np.sqrt(2 / 32)).astype(f)
    for step in range(steps):
        with np.errstate(all="ignore"):  # let the bad values appear, then find them
            h_pre = X @ W1
            h = np.maximum(h_pre, 0)
            out = h @ W2
            loss = np.mean((out - y) ** 2)
            d_out = 2 * (out - y) / len(X)
            gW2 = h.T @ d_out
            d_h = (d_out @ W2.T) * (h_pre > 0)
            gW1 = X.T @ d_h
        # The check: every tensor of this step, in the order the step computes them.
        tensors = {"h_pre": h_pre, "out": out, "loss": loss, "gW2": gW2, "gW1": gW1}
        for name, t in tensors.items():
            if not np.all(np.isfinite(t)):
                return step, name, float(np.max(np.abs(W1)))
        squares = sum(float((g.astype(float) ** 2).sum()) for g in (gW1, gW2))
        grad_norm = np.sqrt(squares)
        log.append((step, float(loss), grad_norm))
        if clip is not None and grad_norm > clip:  # rescale to norm `clip`
            gW1, gW2 = gW1 * f(clip / grad_norm), gW2 * f(clip / grad_norm)
        W1 -= lr * gW1
        W2 -= lr * gW2
    return None, None, float(np.max(np.abs(W1)))


runs = []
for lr, clip in ((0.05, None), (0.5, None), (0.5, 1.0)):
    log = []
    step, name, w_max = train(lr, clip=clip)
    setting = f"lr={lr}" + (f", gradients clipped to norm {clip}" if clip else "")
    if step is None:
        print(f"\n{setting}: 200 steps, all finite, final loss {log[-1][1]:.3f}")
    else:
        print(f"\n{setting}: first non-finite value at step {step}, in '{name}' "
              f"(max |W1| = {w_max:.1e})")
        for s, loss, g in log:
            print(f"  step {s}: loss {loss:.1e}, gradient norm {g:.1e}")
        losses = [loss for _, loss, _ in log]
        assert all(b > 2 * a for a, b in zip(losses, losses[1:])), "early warning"
    runs.append((step, name, log[-1][1]))
(sensible, _, sensible_loss), (diverged, where, _), (clipped, _, clip_loss) = runs
assert sensible is None and clipped is None, "lr 0.05, and clipping, stay finite"
assert diverged is not None and where == "out", "the forward pass overflows first"
assert clip_loss > sensible_loss, "clipping treats the symptom, not the cause"

# 3. Two fixes for the log(0) and division cases.
z = np.array([-40.0, 0.0, 40.0, 40.0], dtype=f)  # logits
label = np.array([1.0, 1.0, 0.0, 1.0], dtype=f)
with np.errstate(all="ignore"):
    p = 1 / (1 + np.exp(-z))
    naive = -(label * np.log(p) + (1 - label) * np.log(1 - p))
stable = np.logaddexp(0, z) - label * z  # the same loss, computed from the logits
print(f"\nBCE from probabilities: {naive}")
print(f"BCE from logits:        {stable}")
assert not np.isfinite(naive).all() and np.allclose(stable, [40, np.log(2), 40, 0])

col = np.full(5, 3.0, dtype=f)  # a constant feature in this batch
with np.errstate(all="ignore"):
    print(f"standardize constant column: {(col - col.mean()) / col.std()}")
print(f"with std + 1e-8:             {(col - col.mean()) / (col.std() + f(1e-8))}")
