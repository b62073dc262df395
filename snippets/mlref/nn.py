"""Neural-network building blocks in NumPy: softmax and cross-entropy, batch
normalization, 2-D convolution, and scaled dot-product and multi-head attention.

Forward passes only (plus the softmax cross-entropy gradient): these are the
pieces interviewers ask you to write from scratch, vectorized, with the
numerical-stability details that separate a correct answer from a nearly
correct one.
"""

from __future__ import annotations

import numpy as np


def softmax(z, axis: int = -1) -> np.ndarray:
    r"""Softmax $\mathrm{softmax}(z)_i = e^{z_i} / \sum_j e^{z_j}$ along ``axis``.

    Subtracts the maximum first. The result is mathematically unchanged
    (the factor $e^{-\max z}$ cancels) but the largest exponent is
    $e^0 = 1$, so logits of 1000 do not overflow to ``inf``.

    Parameters
    ----------
    z : array-like
        Logits.
    axis : int
        Axis that sums to 1 in the output.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(z, axis: int = -1) -> np.ndarray:
    r"""Logarithm of [`softmax`][mlref.nn.softmax], computed as $z - \mathrm{logsumexp}(z)$.

    Never takes the log of a probability that has underflowed to 0, so it
    stays finite where ``np.log(softmax(z))`` returns ``-inf``.
    """
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def _check_labels(logits: np.ndarray, labels) -> np.ndarray:
    labels = np.asarray(labels)
    if logits.ndim != 2 or labels.shape != (len(logits),):
        raise ValueError(
            f"need logits (n, k) and labels (n,), got {logits.shape} and {labels.shape}"
        )
    if len(labels) == 0:
        raise ValueError("need at least one sample")
    if (
        not np.issubdtype(labels.dtype, np.integer)
        or labels.min() < 0
        or labels.max() >= logits.shape[1]
    ):
        raise ValueError(f"labels must be integers in [0, {logits.shape[1] - 1}]")
    return labels


def cross_entropy(logits, labels) -> float:
    r"""Mean cross-entropy of integer class labels under softmax(logits).

    $L = -\frac{1}{n}\sum_i \log \mathrm{softmax}(z_i)_{y_i}$, computed from
    [`log_softmax`][mlref.nn.log_softmax] so that a confident wrong prediction costs a large
    finite number rather than ``inf``.

    Parameters
    ----------
    logits : array of shape (n, k)
        Unnormalized scores.
    labels : int array of shape (n,)
        Class indices in ``[0, k)``.
    """
    logits = np.asarray(logits, dtype=float)
    labels = _check_labels(logits, labels)
    return float(-log_softmax(logits)[np.arange(len(labels)), labels].mean())


def cross_entropy_grad(logits, labels) -> np.ndarray:
    r"""Gradient of [`cross_entropy`][mlref.nn.cross_entropy] with respect to the logits.

    The softmax and the log cancel into $\frac{1}{n}(\mathrm{softmax}(z) - \mathrm{onehot}(y))$,
    which is why frameworks fuse the two into one loss.

    Returns
    -------
    ndarray of shape (n, k)
    """
    logits = np.asarray(logits, dtype=float)
    labels = _check_labels(logits, labels)
    grad = softmax(logits)
    grad[np.arange(len(labels)), labels] -= 1.0
    return grad / len(labels)


class BatchNorm:
    r"""Batch normalization (Ioffe and Szegedy, 2015), forward pass.

    Training: normalize each channel with the mean $\mu_B$ and (biased)
    variance $\sigma_B^2$ of the current batch, then scale and shift,
    $y = \gamma\,(x - \mu_B)/\sqrt{\sigma_B^2 + \epsilon} + \beta$, and update
    exponential moving averages of the statistics. Inference: use the
    moving averages instead, so a prediction does not depend on the other
    rows in the batch and a batch of one works.

    The running variance stores the unbiased batch variance
    ($\times\, m/(m-1)$ for $m$ values per channel), as PyTorch does.

    Parameters
    ----------
    num_features : int
        Number of channels $C$: inputs have shape (N, C) or (N, C, ...)
        with the statistics taken over every axis except axis 1.
    momentum : float
        Weight of the new batch in the moving average,
        ``running = (1 - momentum) * running + momentum * batch``.
    eps : float
        Added to the variance before the square root.

    Attributes
    ----------
    gamma, beta : ndarray of shape (C,)
        Learned scale and shift, initialized to 1 and 0.
    running_mean, running_var : ndarray of shape (C,)
        Moving averages used at inference, initialized to 0 and 1.
    """

    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5):
        self.momentum = momentum
        self.eps = eps
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)

    def __call__(self, x, training: bool) -> np.ndarray:
        """Normalize ``x`` of shape (N, C, ...) with batch (training) or running statistics."""
        x = np.asarray(x, dtype=float)
        if x.ndim < 2 or x.shape[1] != len(self.gamma):
            raise ValueError(f"expected shape (N, {len(self.gamma)}, ...), got {x.shape}")
        axes = (0, *range(2, x.ndim))  # every axis except the channel axis
        shape = (1, -1) + (1,) * (x.ndim - 2)  # broadcast (C,) against x
        if training:
            m = x.size // x.shape[1]  # values per channel
            if m < 2:
                raise ValueError("training needs more than one value per channel")
            mean = x.mean(axis=axes)
            var = x.var(axis=axes)
            self.running_mean = (1 - self.momentum) * self.running_mean + self.momentum * mean
            self.running_var = (1 - self.momentum) * self.running_var + self.momentum * var * m / (
                m - 1
            )
        else:
            mean, var = self.running_mean, self.running_var
        x_hat = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + self.eps)
        return self.gamma.reshape(shape) * x_hat + self.beta.reshape(shape)


def conv2d(x, weight, bias=None, stride: int = 1, padding: int = 0) -> np.ndarray:
    r"""2-D convolution as deep-learning frameworks define it (cross-correlation:
    the kernel is not flipped).

    $y[n, o, i, j] = b_o + \sum_{c, u, v} x[n, c, i s + u, j s + v]\, w[o, c, u, v]$

    with output size $\lfloor (H + 2p - k_h)/s \rfloor + 1$ per spatial axis.
    Vectorized with ``sliding_window_view`` (a view of every window, no copy)
    and one ``einsum``; cost $O(N\, C_{out}\, C_{in}\, H_{out} W_{out}\, k_h k_w)$.

    Parameters
    ----------
    x : array of shape (N, C_in, H, W), or (H, W) for one grey image
    weight : array of shape (C_out, C_in, k_h, k_w), or (k_h, k_w) with a 2-D ``x``
    bias : array of shape (C_out,), optional
    stride : int
        Step between windows, >= 1.
    padding : int
        Zeros added on every side of each spatial axis, >= 0.

    Returns
    -------
    ndarray of shape (N, C_out, H_out, W_out), or (H_out, W_out) for 2-D inputs
    """
    x = np.asarray(x, dtype=float)
    weight = np.asarray(weight, dtype=float)
    single = x.ndim == 2
    if single:
        if weight.ndim != 2:
            raise ValueError("a 2-D image needs a 2-D kernel")
        x, weight = x[None, None], weight[None, None]
    if x.ndim != 4 or weight.ndim != 4 or x.shape[1] != weight.shape[1]:
        raise ValueError(f"incompatible shapes x {x.shape} and weight {weight.shape}")
    if stride < 1 or padding < 0:
        raise ValueError("stride must be >= 1 and padding >= 0")
    kh, kw = weight.shape[2:]
    if padding:
        x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    if x.shape[2] < kh or x.shape[3] < kw:
        raise ValueError("kernel is larger than the padded input")
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))
    windows = windows[:, :, ::stride, ::stride]  # (N, C_in, H_out, W_out, kh, kw)
    out = np.einsum("ncijuv,ocuv->noij", windows, weight, optimize=True)
    if bias is not None:
        out += np.asarray(bias, dtype=float)[None, :, None, None]
    return out[0, 0] if single else out


def causal_mask(length: int) -> np.ndarray:
    """Boolean (length, length) mask that lets position i attend to positions 0..i only."""
    return np.tril(np.ones((length, length), dtype=bool))


def scaled_dot_product_attention(q, k, v, mask=None) -> tuple[np.ndarray, np.ndarray]:
    r"""$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\big(QK^\top/\sqrt{d_k}\big)\,V$.

    Dividing by $\sqrt{d_k}$ keeps the scores' variance near 1 when the
    entries of $q$ and $k$ have unit variance; without it the softmax
    saturates for large $d_k$ and its gradients vanish. Leading axes
    (batch, heads) broadcast. Cost $O(L_q L_k d)$ time and $O(L_q L_k)$
    memory for the weights.

    Parameters
    ----------
    q : array of shape (..., L_q, d_k)
    k : array of shape (..., L_k, d_k)
    v : array of shape (..., L_k, d_v)
    mask : bool array broadcastable to (..., L_q, L_k), optional
        True where a query may attend to a key (PyTorch's convention for
        boolean masks). Masked scores are set to $-\infty$ before the
        softmax. Every query must keep at least one key.

    Returns
    -------
    output : ndarray of shape (..., L_q, d_v)
    weights : ndarray of shape (..., L_q, L_k)
        Attention weights; each row sums to 1.
    """
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        mask = np.broadcast_to(np.asarray(mask, dtype=bool), scores.shape)
        if not mask.any(axis=-1).all():
            raise ValueError("mask leaves a query with no key to attend to")
        scores = np.where(mask, scores, -np.inf)
    weights = softmax(scores, axis=-1)
    return weights @ v, weights


def multi_head_attention(query, key, value, w_q, w_k, w_v, w_o, n_heads: int, mask=None):
    r"""Multi-head attention (Vaswani et al., 2017), without biases.

    Projects the inputs, splits the model dimension into ``n_heads`` heads
    of size $d_h = d_{model}/h$, runs [`scaled_dot_product_attention`][mlref.nn.scaled_dot_product_attention]
    on all heads at once, concatenates the heads and applies the output
    projection: $\mathrm{MHA} = \mathrm{concat}(\mathrm{head}_1, \dots, \mathrm{head}_h)\,W_O$.
    Self-attention passes the same array as ``query``, ``key`` and ``value``.

    Parameters
    ----------
    query : array of shape (B, L_q, d_model) or (L_q, d_model)
    key, value : arrays of shape (B, L_k, d_model) or (L_k, d_model)
    w_q, w_k, w_v, w_o : arrays of shape (d_model, d_model)
        Projection matrices, applied as ``x @ w``.
    n_heads : int
        Number of heads; must divide d_model.
    mask : bool array broadcastable to (B, n_heads, L_q, L_k), optional
        True where attention is allowed; a (L_q, L_k) mask applies to
        every sequence and head.

    Returns
    -------
    output : ndarray, same shape as ``query``
    weights : ndarray of shape (B, n_heads, L_q, L_k), or (n_heads, L_q, L_k) unbatched
    """
    query, key, value = (np.asarray(a, dtype=float) for a in (query, key, value))
    unbatched = query.ndim == 2
    if unbatched:
        query, key, value = query[None], key[None], value[None]
    batch, _, d_model = query.shape
    if d_model % n_heads:
        raise ValueError(f"n_heads={n_heads} does not divide d_model={d_model}")
    d_head = d_model // n_heads

    def split_heads(x: np.ndarray) -> np.ndarray:  # (B, L, d_model) -> (B, h, L, d_head)
        return x.reshape(batch, -1, n_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = split_heads(query @ w_q), split_heads(key @ w_k), split_heads(value @ w_v)
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    concat = heads.transpose(0, 2, 1, 3).reshape(batch, -1, d_model)
    out = concat @ w_o
    return (out[0], weights[0]) if unbatched else (out, weights)
