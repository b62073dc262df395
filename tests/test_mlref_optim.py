"""Tests for mlref.optim: hand-computed steps, scikit-learn's own optimizers
(the ones MLPClassifier uses), and convergence on a quadratic."""

import numpy as np
import pytest

from mlref.optim import SGD, Adam, RMSprop, minimize

try:  # private module: used only as an independent reference
    from sklearn.neural_network._stochastic_optimizers import AdamOptimizer, SGDOptimizer
except ImportError:  # pragma: no cover
    AdamOptimizer = SGDOptimizer = None

needs_sklearn_optimizers = pytest.mark.skipif(
    AdamOptimizer is None, reason="scikit-learn's private optimizers moved"
)

pytestmark = pytest.mark.unit


def random_gradients(n_steps=20, shape=(3, 2), seed=0):
    rng = np.random.default_rng(seed)
    return [rng.normal(scale=rng.uniform(0.1, 10), size=shape) for _ in range(n_steps)]


def run(optimizer, x0, grads):
    x = np.asarray(x0, dtype=float)
    for g in grads:
        x = optimizer.step(x, g)
    return x


def test_plain_sgd_step_is_lr_times_gradient():
    x = np.array([1.0, -2.0])
    g = np.array([0.5, 4.0])
    np.testing.assert_allclose(SGD(lr=0.1).step(x, g), [0.95, -2.4])


def test_momentum_by_hand():
    # constant gradient 1, lr 0.1, momentum 0.9: velocities 1, 1.9, 2.71
    opt = SGD(lr=0.1, momentum=0.9)
    x = np.array([0.0])
    steps = []
    for _ in range(3):
        new = opt.step(x, np.array([1.0]))
        steps.append(float(x[0] - new[0]))
        x = new
    np.testing.assert_allclose(steps, [0.1, 0.19, 0.271])


def test_momentum_amplifies_constant_gradient_up_to_one_over_one_minus_mu():
    opt = SGD(lr=1.0, momentum=0.9)
    x = np.zeros(1)
    for _ in range(300):
        prev, x = x, opt.step(x, np.ones(1))
    np.testing.assert_allclose(prev - x, [10.0], rtol=1e-6)


@needs_sklearn_optimizers
@pytest.mark.parametrize("nesterov", [False, True])
def test_sgd_momentum_matches_scikit_learn(nesterov):
    grads = random_gradients()
    x0 = np.ones((3, 2))
    ours = run(SGD(lr=0.05, momentum=0.8, nesterov=nesterov), x0, grads)
    params = [x0.copy()]
    ref = SGDOptimizer(params, learning_rate_init=0.05, momentum=0.8, nesterov=nesterov)
    for g in grads:
        ref.update_params(params, [g])
    np.testing.assert_allclose(ours, params[0], rtol=1e-12, atol=1e-12)


def test_rmsprop_first_step_by_hand():
    # s_1 = (1 - rho) g^2, so the step is lr * g / (sqrt(1 - rho) |g|)
    x = np.zeros(2)
    g = np.array([3.0, -0.001])
    new = RMSprop(lr=0.01, rho=0.9, eps=1e-12).step(x, g)
    np.testing.assert_allclose(-new, 0.01 * np.sign(g) / np.sqrt(0.1), rtol=1e-6)


def test_rmsprop_matches_explicit_loop():
    grads = random_gradients(seed=1)
    x, s = np.zeros((3, 2)), np.zeros((3, 2))
    for g in grads:
        s = 0.95 * s + 0.05 * g**2
        x = x - 0.02 * g / (np.sqrt(s) + 1e-8)
    np.testing.assert_allclose(run(RMSprop(lr=0.02, rho=0.95), np.zeros((3, 2)), grads), x)


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e3])
def test_adam_first_step_is_about_lr_whatever_the_gradient_scale(scale):
    new = Adam(lr=0.01).step(np.zeros(3), scale * np.array([1.0, -2.0, 0.5]))
    np.testing.assert_allclose(-new, 0.01 * np.array([1.0, -1.0, 1.0]), rtol=1e-4)


@needs_sklearn_optimizers
def test_adam_matches_scikit_learn():
    # scikit-learn folds the bias correction into the learning rate, which
    # moves epsilon slightly; with gradients far above epsilon they agree.
    grads = random_gradients(n_steps=50, seed=2)
    x0 = np.ones((3, 2))
    ours = run(Adam(lr=0.01, beta1=0.9, beta2=0.999, eps=1e-8), x0, grads)
    params = [x0.copy()]
    ref = AdamOptimizer(params, learning_rate_init=0.01, beta_1=0.9, beta_2=0.999, epsilon=1e-8)
    for g in grads:
        ref.update_params(params, [g])
    np.testing.assert_allclose(ours, params[0], rtol=1e-6)


def test_adamw_decay_with_zero_gradient_is_geometric():
    opt = Adam(lr=0.1, weight_decay=0.5)
    x = np.array([2.0, -4.0])
    for _ in range(10):
        x = opt.step(x, np.zeros(2))
    np.testing.assert_allclose(x, np.array([2.0, -4.0]) * 0.95**10)


@pytest.mark.parametrize(
    "optimizer",
    [SGD(lr=0.05), SGD(lr=0.02, momentum=0.9), SGD(lr=0.02, momentum=0.9, nesterov=True), Adam(lr=0.05)],
)
def test_converges_on_ill_conditioned_quadratic(optimizer):
    A = np.diag([1.0, 10.0])
    path = minimize(lambda w: A @ w, np.array([5.0, 2.0]), optimizer, n_steps=2000)
    assert np.abs(path[-1]).max() < 1e-4


def test_minimize_returns_the_path_starting_at_x0():
    path = minimize(lambda w: 2 * w, [1.0, 1.0], SGD(lr=0.25), n_steps=3)
    assert path.shape == (4, 2)
    np.testing.assert_allclose(path[:, 0], [1.0, 0.5, 0.25, 0.125])


def test_step_does_not_modify_inputs():
    x, g = np.array([1.0, 2.0]), np.array([0.1, 0.2])
    for opt in (SGD(lr=0.1, momentum=0.9), RMSprop(), Adam()):
        opt.step(x, g)
    np.testing.assert_array_equal(x, [1.0, 2.0])
    np.testing.assert_array_equal(g, [0.1, 0.2])


@pytest.mark.parametrize(
    "make",
    [
        lambda: SGD(lr=0),
        lambda: SGD(lr=0.1, momentum=1.0),
        lambda: SGD(lr=0.1, nesterov=True),
        lambda: RMSprop(rho=-0.1),
        lambda: Adam(beta2=1.0),
        lambda: Adam(weight_decay=-1),
    ],
)
def test_rejects_bad_hyperparameters(make):
    with pytest.raises(ValueError):
        make()


def test_minimize_rejects_negative_steps():
    with pytest.raises(ValueError):
        minimize(lambda w: w, [1.0], SGD(lr=0.1), n_steps=-1)
