"""Fine-tuning offline: pretrain a NumPy MLP on a large source task, then adapt
it to a small target task (new head on a frozen body, then all layers at a
lower learning rate).
"""

import matplotlib.pyplot as plt
import numpy as np

from mlref.nn import cross_entropy_grad

rng = np.random.default_rng(0)

# Both tasks see 30-D measurements of the same hidden 2-D state z (a fixed
# nonlinear map plus noise). Source: which of 16 grid cells z lies in.
# Target: which of 3 rings around the origin z lies in.
MIX1, BIAS1, MIX2 = (
    rng.normal(size=(2, 16)),
    rng.normal(size=16),
    rng.normal(size=(16, 30)) / 4,
)


def observe(z, rng):
    return np.tanh(z @ MIX1 + BIAS1) @ MIX2 + rng.normal(0, 0.05, (len(z), 30))


def source_task(n, rng):
    z = rng.uniform(-2, 2, (n, 2))
    return observe(z, rng), (
        np.floor(z[:, 0] + 2) * 4 + np.floor(z[:, 1] + 2)
    ).astype(int)


def target_task(n, rng):
    z = rng.uniform(-2, 2, (n, 2))
    return observe(z, rng), np.digitize(np.hypot(z[:, 0], z[:, 1]), [1.0, 1.8])


def init(n_out, rng, hidden=128, n_in=30):
    return {
        "W1": rng.normal(0, np.sqrt(2 / n_in), (n_in, hidden)),
        "b1": np.zeros(hidden),
        "W2": rng.normal(0, np.sqrt(1 / hidden), (hidden, n_out)),
        "b2": np.zeros(n_out),
    }


def forward(params, X):
    # One ReLU hidden layer, then a linear output layer (the head).
    h = np.maximum(X @ params["W1"] + params["b1"], 0.0)
    return h, h @ params["W2"] + params["b2"]


def train(params, X, y, lr, epochs, trainable, rng, batch=16):
    """Mini-batch SGD on cross-entropy; only arrays named in trainable move."""
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            idx = order[start : start + batch]
            h, logits = forward(params, X[idx])
            # Gradient of the mean cross-entropy: (softmax - onehot) / batch.
            g = cross_entropy_grad(logits, y[idx])
            gh = (g @ params["W2"].T) * (h > 0)
            grads = {
                "W2": h.T @ g,
                "b2": g.sum(0),
                "W1": X[idx].T @ gh,
                "b1": gh.sum(0),
            }
            for name in trainable:
                params[name] -= lr * grads[name]
    return params


def accuracy(params, X, y):
    return np.mean(forward(params, X)[1].argmax(1) == y)


ALL, HEAD = ("W1", "b1", "W2", "b2"), ("W2", "b2")
X_src, y_src = source_task(5000, rng)
pretrained = train(init(16, rng), X_src, y_src, 0.05, 40, ALL, rng, batch=32)
print(
    "pretrained on 5000 source examples: "
    f"source accuracy {accuracy(pretrained, X_src, y_src):.3f}"
)

# Held-out target data, shared by every comparison.
X_test, y_test = target_task(3000, rng)
sizes, results = (30, 100, 300, 1000), {
    "from scratch": [],
    "frozen body, new head": [],
    "fine-tuned": [],
}
for n in sizes:
    scores = {name: [] for name in results}
    for seed in range(3):  # three draws of the small target training set
        r = np.random.default_rng(seed + 1)
        X_small, y_small = target_task(n, r)
        epochs = max(20, 6000 // n)
        scratch = train(init(3, r), X_small, y_small, 0.05, epochs, ALL, r)
        # Keep the body, swap in a fresh 3-way head, train only the head...
        model = {
            "W1": pretrained["W1"].copy(),
            "b1": pretrained["b1"].copy(),
            **{k: v for k, v in init(3, r).items() if k in HEAD},
        }
        model = train(model, X_small, y_small, 0.02, epochs, HEAD, r)
        scores["frozen body, new head"].append(accuracy(model, X_test, y_test))
        # ...then unfreeze everything at a lower rate (scratch uses 0.05).
        model = train(model, X_small, y_small, 0.005, epochs, ALL, r)
        scores["fine-tuned"].append(accuracy(model, X_test, y_test))
        scores["from scratch"].append(accuracy(scratch, X_test, y_test))
    for name in results:
        results[name].append(np.mean(scores[name]))

print("\ntarget accuracy on 3000 held-out examples (mean of 3 draws)")
print(f"{'target examples':24s}" + "".join(f"{n:>8d}" for n in sizes))
for name, accs in results.items():
    print(f"{name:24s}" + "".join(f"{a:8.3f}" for a in accs))

scratch, frozen, tuned = (np.array(accs) for accs in results.values())
assert min(tuned[0], frozen[0]) > scratch[0], "30 examples: pretraining wins"
assert np.all(tuned[1:] > frozen[1:]), "unfreezing improves on the frozen body"
assert tuned[-1] - scratch[-1] < tuned[0] - scratch[0], "the gain shrinks"

fig, ax = plt.subplots(figsize=(6, 3.4))
for name, accs in results.items():
    ax.plot(sizes, accs, marker="o", label=name)
ax.set_xscale("log")
ax.set_xticks(sizes, [str(n) for n in sizes])
ax.set_xlabel("labelled target examples")
ax.set_ylabel("target test accuracy")
ax.legend()
fig.savefig("fine_tuning_curve.svg")
plt.close(fig)
