"""mlref.nn against SciPy, scikit-learn and loop implementations."""

import numpy as np
import pytest
from scipy.signal import correlate2d
from scipy.special import log_softmax as scipy_log_softmax
from scipy.special import softmax as scipy_softmax
from sklearn.metrics import log_loss

from mlref.nn import (
    BatchNorm,
    causal_mask,
    conv2d,
    cross_entropy,
    cross_entropy_grad,
    log_softmax,
    multi_head_attention,
    scaled_dot_product_attention,
    softmax,
)

pytestmark = pytest.mark.unit

rng = np.random.default_rng(0)


# --- softmax and cross-entropy ------------------------------------------------


def test_softmax_matches_scipy_on_any_axis():
    z = rng.normal(size=(4, 5, 3))
    for axis in (0, 1, -1):
        np.testing.assert_allclose(softmax(z, axis=axis), scipy_softmax(z, axis=axis))
        np.testing.assert_allclose(log_softmax(z, axis=axis), scipy_log_softmax(z, axis=axis))


def test_softmax_hand_computed_and_stable():
    np.testing.assert_allclose(softmax([0.0, np.log(3.0)]), [0.25, 0.75])
    with np.errstate(over="raise"):
        p = softmax([1000.0, 1000.0, 0.0])
    np.testing.assert_allclose(p, [0.5, 0.5, 0.0])
    assert np.isfinite(log_softmax([1000.0, 0.0])).all()


def test_cross_entropy_matches_sklearn_log_loss():
    logits = rng.normal(size=(20, 4))
    labels = np.arange(20) % 4
    expected = log_loss(labels, scipy_softmax(logits, axis=1), labels=range(4))
    assert cross_entropy(logits, labels) == pytest.approx(expected, rel=1e-10)


def test_cross_entropy_hand_computed_and_finite_when_confident_and_wrong():
    # Uniform over 4 classes: loss is log 4.
    assert cross_entropy(np.zeros((3, 4)), [0, 1, 3]) == pytest.approx(np.log(4))
    # Wrong by a margin of 1000: loss is ~1000, not inf.
    assert cross_entropy([[1000.0, 0.0]], [1]) == pytest.approx(1000.0)


def test_cross_entropy_grad_matches_finite_differences():
    logits = rng.normal(size=(5, 3))
    labels = np.array([0, 2, 1, 1, 0])
    grad = cross_entropy_grad(logits, labels)
    h = 1e-6
    numeric = np.zeros_like(logits)
    for idx in np.ndindex(*logits.shape):
        step = np.zeros_like(logits)
        step[idx] = h
        numeric[idx] = (cross_entropy(logits + step, labels) - cross_entropy(logits - step, labels)) / (2 * h)
    np.testing.assert_allclose(grad, numeric, atol=1e-8)


@pytest.mark.parametrize("labels", [[0, 3], [0.0, 1.0], [-1, 0], [0]])
def test_cross_entropy_rejects_bad_labels(labels):
    with pytest.raises(ValueError):
        cross_entropy(np.zeros((2, 3)), labels)


# --- batch normalization ------------------------------------------------------


def test_batchnorm_training_normalizes_each_feature():
    x = rng.normal(loc=[5.0, -2.0, 0.0], scale=[3.0, 0.5, 10.0], size=(64, 3))
    bn = BatchNorm(3)
    y = bn(x, training=True)
    np.testing.assert_allclose(y.mean(axis=0), 0.0, atol=1e-12)
    # Exactly sqrt(var / (var + eps)): eps pulls the spread slightly below 1.
    np.testing.assert_allclose(y.std(axis=0), np.sqrt(x.var(0) / (x.var(0) + 1e-5)), rtol=1e-12)
    bn.gamma, bn.beta = np.array([2.0, 1.0, 1.0]), np.array([0.0, 3.0, 0.0])
    y = bn(x, training=True)
    np.testing.assert_allclose(y.mean(axis=0), [0.0, 3.0, 0.0], atol=1e-12)
    np.testing.assert_allclose(y.std(axis=0), [2.0, 1.0, 1.0], atol=1e-4)


def test_batchnorm_running_statistics_hand_computed():
    x = np.array([[1.0], [3.0]])  # mean 2, biased var 1, unbiased var 2
    bn = BatchNorm(1, momentum=0.1)
    out = bn(x, training=True)
    np.testing.assert_allclose(out[:, 0], [-1 / np.sqrt(1 + 1e-5), 1 / np.sqrt(1 + 1e-5)])
    np.testing.assert_allclose(bn.running_mean, [0.9 * 0 + 0.1 * 2])
    np.testing.assert_allclose(bn.running_var, [0.9 * 1 + 0.1 * 2])


def test_batchnorm_inference_uses_running_stats_and_is_per_row():
    bn = BatchNorm(2, momentum=0.1)
    data = rng.normal(loc=10.0, scale=2.0, size=(2000, 2))
    for batch in np.split(data, 40):
        bn(batch, training=True)
    x = data[:5]
    one_by_one = np.vstack([bn(row[None], training=False) for row in x])
    np.testing.assert_allclose(bn(x, training=False), one_by_one)
    expected = (x - bn.running_mean) / np.sqrt(bn.running_var + bn.eps)
    np.testing.assert_allclose(bn(x, training=False), expected)
    # The moving averages have converged near the data's statistics.
    np.testing.assert_allclose(bn.running_mean, 10.0, atol=0.3)
    np.testing.assert_allclose(bn.running_var, 4.0, atol=0.8)


def test_batchnorm_4d_uses_batch_and_spatial_axes():
    x = rng.normal(size=(8, 3, 5, 5)) * np.array([1.0, 4.0, 9.0])[None, :, None, None]
    y = BatchNorm(3)(x, training=True)
    np.testing.assert_allclose(y.mean(axis=(0, 2, 3)), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.var(axis=(0, 2, 3)), 1.0, atol=1e-4)


def test_batchnorm_rejects_bad_input():
    with pytest.raises(ValueError):
        BatchNorm(3)(np.ones((4, 2)), training=True)
    with pytest.raises(ValueError):
        BatchNorm(3)(np.ones((1, 3)), training=True)  # one value per channel


# --- convolution --------------------------------------------------------------


def _conv_loops(x, w, stride, padding):
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    n, _, h, wd = x.shape
    o, _, kh, kw = w.shape
    ho, wo = (h - kh) // stride + 1, (wd - kw) // stride + 1
    out = np.zeros((n, o, ho, wo))
    for b in range(n):
        for c in range(o):
            for i in range(ho):
                for j in range(wo):
                    patch = x[b, :, i * stride : i * stride + kh, j * stride : j * stride + kw]
                    out[b, c, i, j] = np.sum(patch * w[c])
    return out


def test_conv2d_single_image_matches_scipy_correlate():
    image, kernel = rng.normal(size=(9, 7)), rng.normal(size=(3, 2))
    np.testing.assert_allclose(conv2d(image, kernel), correlate2d(image, kernel, mode="valid"))
    # A 3x3 kernel with padding 1 keeps the size: scipy's "same" mode.
    square = rng.normal(size=(3, 3))
    np.testing.assert_allclose(conv2d(image, square, padding=1), correlate2d(image, square, mode="same"))


@pytest.mark.parametrize("stride, padding", [(1, 0), (2, 0), (2, 1), (3, 2)])
def test_conv2d_batched_matches_loops(stride, padding):
    x, w, b = rng.normal(size=(2, 3, 8, 9)), rng.normal(size=(4, 3, 3, 3)), rng.normal(size=4)
    out = conv2d(x, w, bias=b, stride=stride, padding=padding)
    expected = _conv_loops(x, w, stride, padding) + b[None, :, None, None]
    np.testing.assert_allclose(out, expected, atol=1e-12)
    assert out.shape[2] == (8 + 2 * padding - 3) // stride + 1


def test_conv2d_hand_computed():
    image = np.arange(16.0).reshape(4, 4)
    out = conv2d(image, np.ones((2, 2)), stride=2)
    np.testing.assert_array_equal(out, [[0 + 1 + 4 + 5, 2 + 3 + 6 + 7], [8 + 9 + 12 + 13, 10 + 11 + 14 + 15]])


def test_conv2d_rejects_bad_shapes():
    with pytest.raises(ValueError):
        conv2d(np.ones((2, 2)), np.ones((3, 3)))
    with pytest.raises(ValueError):
        conv2d(np.ones((1, 2, 5, 5)), np.ones((1, 3, 3, 3)))


# --- attention ----------------------------------------------------------------


def test_attention_hand_computed():
    # One query equally similar to two keys: output is the mean of the values.
    q = np.array([[1.0, 0.0]])
    k = np.array([[0.0, 1.0], [0.0, -1.0]])
    v = np.array([[2.0, 0.0], [4.0, 8.0]])
    out, weights = scaled_dot_product_attention(q, k, v)
    np.testing.assert_allclose(weights, [[0.5, 0.5]])
    np.testing.assert_allclose(out, [[3.0, 4.0]])


def test_attention_matches_explicit_formula_and_rows_sum_to_one():
    q, k, v = rng.normal(size=(2, 5, 8)), rng.normal(size=(2, 6, 8)), rng.normal(size=(2, 6, 3))
    out, weights = scaled_dot_product_attention(q, k, v)
    expected_w = scipy_softmax(q @ k.transpose(0, 2, 1) / np.sqrt(8), axis=-1)
    np.testing.assert_allclose(weights, expected_w)
    np.testing.assert_allclose(out, expected_w @ v)
    np.testing.assert_allclose(weights.sum(-1), 1.0)


def test_causal_mask_blocks_the_future():
    x = rng.normal(size=(4, 6))
    _, weights = scaled_dot_product_attention(x, x, x, mask=causal_mask(4))
    assert np.all(weights[np.triu_indices(4, k=1)] == 0)
    assert weights[0, 0] == 1.0
    # Changing a later token leaves earlier outputs unchanged.
    y = x.copy()
    y[3] += 5.0
    out_x, _ = scaled_dot_product_attention(x, x, x, mask=causal_mask(4))
    out_y, _ = scaled_dot_product_attention(y, y, y, mask=causal_mask(4))
    np.testing.assert_allclose(out_x[:3], out_y[:3])


def test_fully_masked_query_rejected():
    mask = np.array([[True, False], [False, False]])
    with pytest.raises(ValueError):
        scaled_dot_product_attention(np.ones((2, 2)), np.ones((2, 2)), np.ones((2, 2)), mask=mask)


def _mha_loop(x_q, x_kv, w_q, w_k, w_v, w_o, h):
    d_head = x_q.shape[-1] // h
    heads = []
    for i in range(h):
        cols = slice(i * d_head, (i + 1) * d_head)
        q, k, v = x_q @ w_q[:, cols], x_kv @ w_k[:, cols], x_kv @ w_v[:, cols]
        heads.append(scipy_softmax(q @ k.T / np.sqrt(d_head), axis=-1) @ v)
    return np.concatenate(heads, axis=-1) @ w_o


def test_multi_head_attention_matches_per_head_loop():
    d_model, h = 12, 3
    w = [rng.normal(scale=d_model**-0.5, size=(d_model, d_model)) for _ in range(4)]
    x_q, x_kv = rng.normal(size=(2, 5, d_model)), rng.normal(size=(2, 7, d_model))
    out, weights = multi_head_attention(x_q, x_kv, x_kv, *w, n_heads=h)
    assert out.shape == (2, 5, d_model) and weights.shape == (2, h, 5, 7)
    for b in range(2):
        np.testing.assert_allclose(out[b], _mha_loop(x_q[b], x_kv[b], *w, h), atol=1e-12)
    # Unbatched input gives the same result as a batch of one.
    out0, w0 = multi_head_attention(x_q[0], x_kv[0], x_kv[0], *w, n_heads=h)
    np.testing.assert_allclose(out0, out[0])
    assert w0.shape == (h, 5, 7)


def test_self_attention_is_permutation_equivariant():
    d_model = 8
    w = [rng.normal(size=(d_model, d_model)) for _ in range(4)]
    x = rng.normal(size=(6, d_model))
    perm = rng.permutation(6)
    out, _ = multi_head_attention(x, x, x, *w, n_heads=2)
    out_perm, _ = multi_head_attention(x[perm], x[perm], x[perm], *w, n_heads=2)
    np.testing.assert_allclose(out_perm, out[perm], atol=1e-12)


def test_multi_head_attention_rejects_indivisible_heads():
    w = np.eye(6)
    with pytest.raises(ValueError):
        multi_head_attention(np.ones((2, 6)), np.ones((2, 6)), np.ones((2, 6)), w, w, w, w, n_heads=4)
