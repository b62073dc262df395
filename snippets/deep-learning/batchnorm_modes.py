"""Batch norm in training vs inference mode, with layer norm for contrast."""

import numpy as np

rng = np.random.default_rng(0)
np.set_printoptions(precision=3, suppress=True)
n_features, eps, momentum = 4, 1e-5, 0.1
gamma, beta = np.ones(n_features), np.zeros(n_features)  # learned scale and shift
run_mean, run_var = np.zeros(n_features), np.ones(n_features)


def batch_norm(x, training):
    global run_mean, run_var
    if training:  # statistics of this mini-batch, per feature (axis 0)
        mu, var = x.mean(axis=0), x.var(axis=0)
        n = len(x)
        run_mean = (1 - momentum) * run_mean + momentum * mu
        run_var = (1 - momentum) * run_var + momentum * var * n / max(n - 1, 1)
    else:         # inference: frozen running averages from training
        mu, var = run_mean, run_var
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


def layer_norm(x):  # statistics of each example, across its features (axis 1)
    mu, var = x.mean(axis=1, keepdims=True), x.var(axis=1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps)


# the layer's inputs: feature means 5, 0, -2, 10 and standard deviations 3, 1, 0.5, 4
def make_batch(size):
    return rng.normal([5, 0, -2, 10], [3, 1, 0.5, 4], size=(size, n_features))


# a "training run": 200 mini-batches of 32 update the running statistics
for _ in range(200):
    batch_norm(make_batch(32), training=True)
print("running mean:", run_mean)
print("running var: ", run_var)

assert np.allclose(run_mean, [5, 0, -2, 10], atol=0.3), "running means track the data"

x = np.array([[8.0, 1.0, -2.0, 12.0]])  # one fixed example
outs = []
for trial in range(3):  # same example, different batch-mates, training mode
    out = batch_norm(np.vstack([x, make_batch(7)]), training=True)[0]
    outs.append(out)
    print(f"train mode, batch {trial + 1}:", out)
assert not np.allclose(outs[0], outs[1]), "batch-mates matter"
alone = batch_norm(x, training=False)[0]
print("eval mode (any batch): ", alone)
assert np.allclose(batch_norm(np.vstack([x, make_batch(7)]), training=False)[0], alone)
print("layer norm (any batch):", layer_norm(x)[0])
single = batch_norm(x, training=True)[0]
print("train mode, batch of 1:", single)
assert np.allclose(single, beta), "a batch of one normalizes to beta"
