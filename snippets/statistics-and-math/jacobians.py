"""Sigmoid and softmax Jacobians from the board formulas, checked by central differences."""

import numpy as np

rng = np.random.default_rng(0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z):
    e = np.exp(z - z.max())            # shifting by max(z) changes nothing, avoids overflow
    return e / e.sum()


def numerical_jacobian(f, z, h=1e-6):
    J = np.zeros((f(z).size, z.size))
    for j in range(z.size):
        step = np.zeros_like(z); step[j] = h
        J[:, j] = (f(z + step) - f(z - step)) / (2 * h)
    return J


z = rng.normal(size=4)

# sigmoid acts elementwise: its Jacobian is diagonal, sigma(z)(1 - sigma(z))
s = sigmoid(z)
J_sig = np.diag(s * (1 - s))
err_sig = np.abs(J_sig - numerical_jacobian(sigmoid, z)).max()
print(f"sigmoid Jacobian: max |analytic - numerical| = {err_sig:.1e}")
assert err_sig < 1e-9
print("largest possible sigmoid slope, at z = 0:", sigmoid(0.0) * (1 - sigmoid(0.0)))

# softmax: dp_i/dz_j = p_i (delta_ij - p_j), i.e. J = diag(p) - p p^T
p = softmax(z)
J_soft = np.diag(p) - np.outer(p, p)
err_soft = np.abs(J_soft - numerical_jacobian(softmax, z)).max()
print(f"softmax Jacobian: max |analytic - numerical| = {err_soft:.1e}")
print("softmax Jacobian:\n", np.round(J_soft, 4))
assert err_soft < 1e-9
assert np.allclose(J_soft, J_soft.T)              # symmetric
assert np.allclose(J_soft.sum(axis=0), 0)         # columns sum to 0: probabilities sum to 1
assert np.allclose(J_soft @ np.ones(4), 0)        # adding a constant to z changes nothing

# composed with cross-entropy L = -log p_y, the chain rule collapses to p - onehot(y)
y = 2
onehot = np.eye(4)[y]
grad_chain = J_soft.T @ (-onehot / p)             # dL/dz = J^T dL/dp
grad_numeric = numerical_jacobian(lambda v: np.array([-np.log(softmax(v)[y])]), z)[0]
print("dL/dz via Jacobian:", np.round(grad_chain, 4), " p - onehot:", np.round(p - onehot, 4))
assert np.allclose(grad_chain, p - onehot) and np.allclose(grad_numeric, p - onehot, atol=1e-8)
