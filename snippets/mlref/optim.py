r"""First-order optimizers: gradient descent with momentum, RMSprop and Adam.

Each optimizer is a small object holding its state (velocity, running
averages, step count). ``step(params, grad)`` returns the updated parameters
without modifying its inputs, so the same object works for any array shape;
the state is created on the first call. The update rules follow the usual
deep-learning conventions (those of PyTorch), with $\eta$ the learning rate
and $g_t$ the gradient at step $t$.

Examples
--------
>>> import numpy as np
>>> from mlref.optim import Adam, minimize
>>> grad = lambda w: 2 * w  # gradient of sum(w ** 2)
>>> path = minimize(grad, np.array([3.0, -2.0]), Adam(lr=0.1), n_steps=500)
>>> bool(np.abs(path[-1]).max() < 1e-2)
True
"""

from __future__ import annotations

from typing import Callable

import numpy as np


def _check_positive(**values: float) -> None:
    for name, value in values.items():
        if not value > 0:
            raise ValueError(f"{name} must be positive, got {value}")


def _check_unit_interval(**values: float) -> None:
    for name, value in values.items():
        if not 0 <= value < 1:
            raise ValueError(f"{name} must be in [0, 1), got {value}")


class SGD:
    r"""Gradient descent, optionally with heavy-ball or Nesterov momentum.

    Without momentum: $\theta_{t} = \theta_{t-1} - \eta\, g_t$.
    With momentum $\mu$, a velocity accumulates past gradients:

    $$v_t = \mu v_{t-1} + g_t, \qquad \theta_t = \theta_{t-1} - \eta\, v_t$$

    so a gradient that keeps its sign is amplified up to $1/(1-\mu)$ times
    (10 times for $\mu = 0.9$), and one that flips sign largely cancels.
    Nesterov momentum steps with $g_t + \mu v_t$ instead of $v_t$, a look-ahead
    that damps overshooting.

    Whether this is batch, mini-batch or stochastic gradient descent depends
    only on how many examples the caller averages into ``grad``.

    Parameters
    ----------
    lr : float
        Learning rate $\eta > 0$.
    momentum : float
        $\mu$ in [0, 1); 0 gives plain gradient descent.
    nesterov : bool
        Use Nesterov momentum (needs ``momentum > 0``).
    """

    def __init__(self, lr: float = 0.01, momentum: float = 0.0, nesterov: bool = False):
        _check_positive(lr=lr)
        _check_unit_interval(momentum=momentum)
        if nesterov and momentum == 0:
            raise ValueError("nesterov=True needs momentum > 0")
        self.lr, self.momentum, self.nesterov = lr, momentum, nesterov
        self.velocity: np.ndarray | None = None

    def step(self, params: np.ndarray, grad: np.ndarray) -> np.ndarray:
        """Return the parameters after one update with gradient ``grad``."""
        params, grad = np.asarray(params, dtype=float), np.asarray(grad, dtype=float)
        if self.momentum == 0:
            return params - self.lr * grad
        if self.velocity is None:
            self.velocity = np.zeros_like(params)
        self.velocity = self.momentum * self.velocity + grad
        direction = grad + self.momentum * self.velocity if self.nesterov else self.velocity
        return params - self.lr * direction


class RMSprop:
    r"""Gradient descent with a per-parameter step size (Hinton, 2012).

    Keeps an exponential moving average of squared gradients and divides each
    step by its square root:

    $$s_t = \rho s_{t-1} + (1-\rho)\, g_t^2, \qquad
    \theta_t = \theta_{t-1} - \eta\, \frac{g_t}{\sqrt{s_t} + \epsilon}$$

    A parameter with consistently large gradients takes smaller steps, one
    with small gradients larger steps, so the effective step is roughly
    $\eta$ in every coordinate regardless of the gradient's scale.

    Parameters
    ----------
    lr : float
        Learning rate $\eta > 0$.
    rho : float
        Decay of the squared-gradient average, in [0, 1).
    eps : float
        Added to the denominator to avoid division by zero.
    """

    def __init__(self, lr: float = 0.01, rho: float = 0.9, eps: float = 1e-8):
        _check_positive(lr=lr, eps=eps)
        _check_unit_interval(rho=rho)
        self.lr, self.rho, self.eps = lr, rho, eps
        self.sq_avg: np.ndarray | None = None

    def step(self, params: np.ndarray, grad: np.ndarray) -> np.ndarray:
        """Return the parameters after one update with gradient ``grad``."""
        params, grad = np.asarray(params, dtype=float), np.asarray(grad, dtype=float)
        if self.sq_avg is None:
            self.sq_avg = np.zeros_like(params)
        self.sq_avg = self.rho * self.sq_avg + (1 - self.rho) * grad**2
        return params - self.lr * grad / (np.sqrt(self.sq_avg) + self.eps)


class Adam:
    r"""Adam (Kingma and Ba, 2015): momentum plus RMSprop scaling, with bias
    correction; AdamW when ``weight_decay > 0``.

    $$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t, \qquad
    v_t = \beta_2 v_{t-1} + (1-\beta_2) g_t^2$$

    $$\hat m_t = \frac{m_t}{1-\beta_1^t}, \qquad \hat v_t = \frac{v_t}{1-\beta_2^t},
    \qquad \theta_t = \theta_{t-1} - \eta\, \frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}$$

    The averages start at zero, so without the correction the first steps
    would be biased toward zero; with it the very first step is
    $\eta\, g_1 / (\lvert g_1\rvert + \epsilon)$, about $\eta$ in size whatever
    the gradient's scale.

    ``weight_decay`` $\lambda$ applies decoupled weight decay (Loshchilov and
    Hutter, 2019): $\theta \leftarrow \theta - \eta\lambda\theta$ each step,
    outside the adaptive scaling. Adding $\lambda\lVert\theta\rVert^2$ to the
    loss instead would be divided by $\sqrt{\hat v_t}$ like every other
    gradient, which is why the two differ for Adam.

    Parameters
    ----------
    lr : float
        Learning rate $\eta > 0$.
    beta1, beta2 : float
        Decay rates of the first and second moment averages, in [0, 1).
    eps : float
        Added to the denominator to avoid division by zero.
    weight_decay : float
        Decoupled weight decay $\lambda \ge 0$.
    """

    def __init__(
        self,
        lr: float = 0.001,
        beta1: float = 0.9,
        beta2: float = 0.999,
        eps: float = 1e-8,
        weight_decay: float = 0.0,
    ):
        _check_positive(lr=lr, eps=eps)
        _check_unit_interval(beta1=beta1, beta2=beta2)
        if weight_decay < 0:
            raise ValueError(f"weight_decay must be >= 0, got {weight_decay}")
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.weight_decay = weight_decay
        self.m: np.ndarray | None = None
        self.v: np.ndarray | None = None
        self.t = 0

    def step(self, params: np.ndarray, grad: np.ndarray) -> np.ndarray:
        """Return the parameters after one update with gradient ``grad``."""
        params, grad = np.asarray(params, dtype=float), np.asarray(grad, dtype=float)
        if self.m is None:
            self.m, self.v = np.zeros_like(params), np.zeros_like(params)
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * grad
        self.v = self.beta2 * self.v + (1 - self.beta2) * grad**2
        m_hat = self.m / (1 - self.beta1**self.t)
        v_hat = self.v / (1 - self.beta2**self.t)
        decayed = params * (1 - self.lr * self.weight_decay)
        return decayed - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


def minimize(
    grad_fn: Callable[[np.ndarray], np.ndarray],
    x0,
    optimizer: SGD | RMSprop | Adam,
    n_steps: int,
) -> np.ndarray:
    """Run ``n_steps`` updates from ``x0`` and return the whole path.

    Parameters
    ----------
    grad_fn : callable
        Maps parameters to the gradient of the objective at that point.
    x0 : array_like
        Starting parameters.
    optimizer : SGD, RMSprop or Adam
        A fresh optimizer (its state carries over between calls).
    n_steps : int
        Number of updates, >= 0.

    Returns
    -------
    ndarray of shape (n_steps + 1, *x0.shape)
        ``path[0]`` is ``x0``; ``path[t]`` the parameters after ``t`` updates.
    """
    if n_steps < 0:
        raise ValueError(f"n_steps must be >= 0, got {n_steps}")
    x = np.asarray(x0, dtype=float)
    path = [x]
    for _ in range(n_steps):
        x = optimizer.step(x, grad_fn(x))
        path.append(x)
    return np.array(path)
