"""mlref.llm: the KV cache against full recomputation and mlref.nn, and the sampler's filters."""

import numpy as np
import pytest

from mlref.llm import CachedSelfAttention, kv_cache_bytes, sample_token, sampling_probs
from mlref.nn import causal_mask, multi_head_attention

pytestmark = pytest.mark.unit

rng = np.random.default_rng(0)


def _weights(d_model, n_heads, n_kv_heads, head_dim):
    w_q = rng.normal(size=(d_model, n_heads * head_dim)) / np.sqrt(d_model)
    w_k = rng.normal(size=(d_model, n_kv_heads * head_dim)) / np.sqrt(d_model)
    w_v = rng.normal(size=(d_model, n_kv_heads * head_dim)) / np.sqrt(d_model)
    w_o = rng.normal(size=(n_heads * head_dim, d_model)) / np.sqrt(n_heads * head_dim)
    return w_q, w_k, w_v, w_o


@pytest.mark.parametrize("n_kv_heads", [4, 2, 1])
def test_cache_matches_full_recomputation(n_kv_heads):
    attn = CachedSelfAttention(*_weights(16, 4, n_kv_heads, 4), n_heads=4, n_kv_heads=n_kv_heads)
    x = rng.normal(size=(9, 16))
    full = attn.forward(x)
    out = [attn.prefill(x[:5])]
    out += [attn.step(x[t])[None] for t in range(5, 9)]
    np.testing.assert_allclose(np.concatenate(out), full, atol=1e-12)
    assert attn.k_cache.shape == (n_kv_heads, 9, 4)


def test_mha_case_matches_mlref_nn():
    w_q, w_k, w_v, w_o = _weights(12, 3, 3, 4)
    x = rng.normal(size=(6, 12))
    ref, _ = multi_head_attention(x, x, x, w_q, w_k, w_v, w_o, n_heads=3, mask=causal_mask(6))
    np.testing.assert_allclose(CachedSelfAttention(w_q, w_k, w_v, w_o, 3).forward(x), ref, atol=1e-12)


def test_gqa_equals_mha_with_shared_kv_weights():
    w_q, w_k, w_v, w_o = _weights(8, 4, 2, 2)
    # MHA whose heads 0,1 share K/V head 0 and heads 2,3 share K/V head 1
    dup = lambda w: np.concatenate([w[:, :2], w[:, :2], w[:, 2:], w[:, 2:]], axis=1)  # noqa: E731
    x = rng.normal(size=(5, 8))
    gqa = CachedSelfAttention(w_q, w_k, w_v, w_o, 4, 2).forward(x)
    mha = CachedSelfAttention(w_q, dup(w_k), dup(w_v), w_o, 4).forward(x)
    np.testing.assert_allclose(gqa, mha, atol=1e-12)


def test_bad_shapes_raise():
    with pytest.raises(ValueError, match="divide"):
        CachedSelfAttention(*_weights(8, 4, 3, 2), n_heads=4, n_kv_heads=3)


def test_kv_cache_bytes_llama2():
    assert kv_cache_bytes(32, 32, 128, 1) == 2**19  # Llama-2-7B: 0.5 MiB per token in fp16
    assert kv_cache_bytes(80, 8, 128, 1) == 320 * 2**10  # Llama-2-70B with GQA: 320 KiB
    assert kv_cache_bytes(32, 32, 128, 4096, batch=2, bytes_per_value=1) == 2 * 2**30
    with pytest.raises(ValueError):
        kv_cache_bytes(32, 32, 128, -1)


def test_sampling_probs_filters():
    logits = np.log([0.5, 0.2, 0.15, 0.1, 0.05])
    np.testing.assert_allclose(sampling_probs(logits), [0.5, 0.2, 0.15, 0.1, 0.05])
    np.testing.assert_allclose(sampling_probs(logits, temperature=0), [1, 0, 0, 0, 0])
    np.testing.assert_allclose(sampling_probs(logits, top_k=2), [5 / 7, 2 / 7, 0, 0, 0])
    # nucleus 0.8: 0.5 + 0.2 = 0.7 < 0.8, so the third token (crossing it) is kept
    np.testing.assert_allclose(sampling_probs(logits, top_p=0.8), [0.5, 0.2, 0.15, 0, 0] / np.float64(0.85))
    np.testing.assert_allclose(sampling_probs(logits, top_p=0.7), [5 / 7, 2 / 7, 0, 0, 0])
    hot, cold = sampling_probs(logits, temperature=2.0), sampling_probs(logits, temperature=0.5)
    assert hot.max() < 0.5 < cold.max()
    np.testing.assert_allclose(cold, np.array([0.5, 0.2, 0.15, 0.1, 0.05]) ** 2 / 0.325)
    for bad in (dict(temperature=-1), dict(top_k=0), dict(top_p=0.0), dict(top_p=1.5)):
        with pytest.raises(ValueError):
            sampling_probs(logits, **bad)


def test_sample_token_frequencies():
    g = np.random.default_rng(1)
    logits = np.log([0.6, 0.3, 0.1])
    draws = [sample_token(logits, g, top_k=2) for _ in range(4000)]
    assert set(draws) == {0, 1}
    assert abs(np.mean(np.array(draws) == 0) - 2 / 3) < 0.03
