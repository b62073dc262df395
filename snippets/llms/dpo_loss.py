"""The DPO loss (Rafailov et al., 2023) and its gradient on a toy policy:
L = -log sigmoid(beta * [(log pi(y_w) - log ref(y_w)) - (log pi(y_l) - log ref(y_l))])."""

import numpy as np

from mlref.nn import log_softmax


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# A "policy" over 6 whole responses to one prompt, parametrized by logits theta.
ref_theta = np.array([1.0, 0.5, 0.2, 0.0, -0.5, -1.0])
y_w, y_l, beta = 2, 0, 0.1  # the labeller preferred response 2 over response 0


def dpo(theta):
    logp, logref = log_softmax(theta), log_softmax(ref_theta)
    margin = beta * ((logp[y_w] - logref[y_w]) - (logp[y_l] - logref[y_l]))
    loss = -np.log(sigmoid(margin))
    # d loss / d theta = -beta * sigmoid(-margin) * (grad log pi(y_w) - grad log pi(y_l)),
    # and grad_theta log softmax(theta)[y] = onehot(y) - softmax(theta): the softmax terms cancel.
    grad = -beta * sigmoid(-margin) * (np.eye(len(theta))[y_w] - np.eye(len(theta))[y_l])
    return loss, grad, margin


theta = ref_theta.copy()
loss, grad, _ = dpo(theta)
eps = 1e-6
numeric = np.array([(dpo(theta + eps * e)[0] - dpo(theta - eps * e)[0]) / (2 * eps) for e in np.eye(6)])
assert np.allclose(grad, numeric, atol=1e-8)
print(f"at the reference policy: loss = {loss:.4f} (= log 2), gradient matches finite differences")
assert abs(loss - np.log(2)) < 1e-12

print(f"\n{'step':>5} {'loss':>7} {'margin m':>9} {'weight sigma(-m)':>17} {'p(y_w)':>7} {'p(y_l)':>7}")
weights = []
for step in range(0, 1001):
    loss, grad, margin = dpo(theta)
    if step in (0, 10, 50, 200, 1000):
        p = np.exp(log_softmax(theta))
        weights.append(sigmoid(-margin))
        print(f"{step:>5} {loss:>7.4f} {margin:>9.3f} {sigmoid(-margin):>17.3f} {p[y_w]:>7.3f} {p[y_l]:>7.3f}")
    theta -= 0.5 * grad

p, p_ref = np.exp(log_softmax(theta)), np.exp(log_softmax(ref_theta))
others = [i for i in range(6) if i not in (y_w, y_l)]
print(f"\nimplicit reward beta*log(pi/ref): y_w {beta * np.log(p[y_w] / p_ref[y_w]):+.3f}, "
      f"y_l {beta * np.log(p[y_l] / p_ref[y_l]):+.3f}, others {np.round(beta * np.log(p[others] / p_ref[others]), 3)}")
assert p[y_w] > p_ref[y_w] and p[y_l] < p_ref[y_l]
assert np.all(np.diff(weights) < 0), "the weight sigma(-m) falls: the update slows by itself"
assert np.all(p[others] < p_ref[others]), "unlabelled responses lose probability too"
