"""Batch normalization forward pass for training and inference (Apple)."""

import numpy as np

from mlref.nn import BatchNorm

np.set_printoptions(precision=2, suppress=True)
rng = np.random.default_rng(0)
# Activations of 4 units with very different means and spreads.
data = rng.normal(
    loc=[5.0, -3.0, 0.0, 100.0], scale=[2.0, 0.5, 1.0, 20.0], size=(6400, 4)
)

bn = BatchNorm(4, momentum=0.1)
# 200 training batches of 32 rows.
for step, batch in enumerate(np.split(data, 200)):
    out = bn(batch, training=True)
    if step == 0:
        assert np.allclose(out.mean(0), 0)
        assert np.allclose(out.std(0), 1, atol=1e-3)
        print("first batch after BN, mean per unit:", out.mean(0))
        print("first batch after BN, std per unit: ", out.std(0))

print("running mean:", bn.running_mean, "| data:", data.mean(0))
print("running var: ", bn.running_var, "| data:", data.var(0))
assert np.all(np.abs(bn.running_mean - data.mean(0)) < 0.1 * data.std(0))
assert np.allclose(bn.running_var, data.var(0), rtol=0.2)

# Inference uses the running statistics: an example's output no longer depends
# on the rest of its batch.
x = data[:3]
together = bn(x, training=False)
alone = np.vstack([bn(row[None], training=False) for row in x])
print("inference, batch of 3 == one at a time:", np.allclose(together, alone))
assert np.allclose(together, alone), "in inference, the batch does not matter"

# In training mode the same row changes with the company it keeps.
row = data[:1]
a = bn(np.vstack([row, data[1:32]]), training=True)[0]
b = bn(np.vstack([row, data[1000:1031]]), training=True)[0]
print("training mode, one row in two batches:", a, b, sep="\n  ")
assert not np.allclose(a, b), "in training mode, batchmates matter"

try:
    bn(row, training=True)
except ValueError as error:
    print("training on a batch of 1:", error)
else:
    raise AssertionError("a batch of 1 should be refused in training mode")
