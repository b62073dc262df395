"""Pieces of LLM inference in NumPy: causal self-attention with a key-value
cache (multi-head, grouped-query or multi-query), the cache's memory size, and
next-token sampling with temperature, top-k and top-p.

The attention itself is [`scaled_dot_product_attention`][mlref.nn.scaled_dot_product_attention]
from `mlref.nn`; what this module adds is the bookkeeping that makes
generation cost one new row of attention per token instead of a whole
recomputation.
"""

from __future__ import annotations

import numpy as np

from mlref.nn import causal_mask, scaled_dot_product_attention, softmax


def kv_cache_bytes(
    n_layers: int,
    n_kv_heads: int,
    head_dim: int,
    seq_len: int,
    batch: int = 1,
    bytes_per_value: float = 2,
) -> float:
    r"""Memory held by a KV cache, in bytes.

    $2 \times \text{layers} \times \text{kv\_heads} \times \text{head\_dim}
    \times \text{seq\_len} \times \text{batch} \times \text{bytes per value}$:
    the leading 2 counts keys and values. With grouped-query or multi-query
    attention ``n_kv_heads`` is the number of key-value heads, not of query
    heads.

    Parameters
    ----------
    n_layers, n_kv_heads, head_dim, seq_len, batch : int
        Model shape and the number of cached tokens per sequence.
    bytes_per_value : float
        2 for fp16 or bf16, 1 for an int8 cache, 0.5 for int4.

    Examples
    --------
    Llama-2-7B (32 layers, 32 heads of size 128) in fp16, one token:

    >>> kv_cache_bytes(32, 32, 128, seq_len=1) / 2**20
    0.5
    """
    for name, value in dict(
        n_layers=n_layers, n_kv_heads=n_kv_heads, head_dim=head_dim, seq_len=seq_len, batch=batch
    ).items():
        if value < 0 or int(value) != value:
            raise ValueError(f"{name} must be a non-negative integer, got {value}")
    if bytes_per_value <= 0:
        raise ValueError("bytes_per_value must be positive")
    return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_value


class CachedSelfAttention:
    r"""One layer of causal self-attention that caches keys and values.

    Supports multi-head (``n_kv_heads == n_heads``), grouped-query
    (``n_kv_heads`` divides ``n_heads``) and multi-query (``n_kv_heads == 1``)
    attention: each key-value head serves ``n_heads // n_kv_heads`` query
    heads. No biases and no positional encoding: RoPE, which would rotate the
    queries and keys, is left out to keep the cache logic in view.

    [`prefill`][mlref.llm.CachedSelfAttention.prefill] processes a prompt in one pass with a causal
    mask and fills the cache; [`step`][mlref.llm.CachedSelfAttention.step] processes one new token,
    computing its query, key and value only and attending over the cache.
    Both give exactly what running [`forward`][mlref.llm.CachedSelfAttention.forward] on the whole
    sequence again would give for those positions.

    Parameters
    ----------
    w_q : array of shape (d_model, n_heads * head_dim)
        Query projection, applied as ``x @ w_q``; fixes ``head_dim``.
    w_k, w_v : arrays of shape (d_model, n_kv_heads * head_dim)
        Key and value projections, one head of ``head_dim`` per key-value head.
    w_o : array of shape (n_heads * head_dim, d_model)
        Output projection applied to the concatenated heads.
    n_heads : int
        Number of query heads.
    n_kv_heads : int, optional
        Number of key-value heads; must divide ``n_heads``. Defaults to
        ``n_heads`` (multi-head attention); 1 gives multi-query attention.

    Attributes
    ----------
    k_cache, v_cache : ndarray of shape (n_kv_heads, t, head_dim)
        Keys and values of the ``t`` tokens seen so far.
    """

    def __init__(self, w_q, w_k, w_v, w_o, n_heads: int, n_kv_heads: int | None = None):
        self.w_q, self.w_k, self.w_v, self.w_o = (np.asarray(w, dtype=float) for w in (w_q, w_k, w_v, w_o))
        self.n_heads = n_heads
        self.n_kv_heads = n_heads if n_kv_heads is None else n_kv_heads
        if n_heads % self.n_kv_heads:
            raise ValueError(f"n_kv_heads={self.n_kv_heads} must divide n_heads={n_heads}")
        if self.w_q.shape[1] % n_heads:
            raise ValueError("w_q's width must be n_heads * head_dim")
        self.head_dim = self.w_q.shape[1] // n_heads
        if self.w_k.shape[1] != self.n_kv_heads * self.head_dim or self.w_v.shape != self.w_k.shape:
            raise ValueError("w_k and w_v must have width n_kv_heads * head_dim")
        self.reset()

    def reset(self) -> None:
        """Empty the cache (start a new sequence)."""
        self.k_cache = np.zeros((self.n_kv_heads, 0, self.head_dim))
        self.v_cache = np.zeros((self.n_kv_heads, 0, self.head_dim))

    def _heads(self, x: np.ndarray, w: np.ndarray, n: int) -> np.ndarray:
        # (t, d_model) @ (d_model, n * head_dim) -> (n, t, head_dim)
        return (x @ w).reshape(len(x), n, self.head_dim).transpose(1, 0, 2)

    def _attend(self, q: np.ndarray, k: np.ndarray, v: np.ndarray, mask=None) -> np.ndarray:
        group = self.n_heads // self.n_kv_heads
        k, v = np.repeat(k, group, axis=0), np.repeat(v, group, axis=0)  # share each K/V head
        out, _ = scaled_dot_product_attention(q, k, v, mask)
        return out.transpose(1, 0, 2).reshape(q.shape[1], -1) @ self.w_o

    def forward(self, x) -> np.ndarray:
        """Causal attention over the whole sequence ``x`` (t, d_model), without the cache."""
        x = np.asarray(x, dtype=float)
        q = self._heads(x, self.w_q, self.n_heads)
        k, v = self._heads(x, self.w_k, self.n_kv_heads), self._heads(x, self.w_v, self.n_kv_heads)
        return self._attend(q, k, v, causal_mask(len(x)))

    def prefill(self, x) -> np.ndarray:
        """Run the prompt ``x`` (t, d_model) in one causal pass and store its keys and values."""
        x = np.asarray(x, dtype=float)
        self.reset()
        self.k_cache = self._heads(x, self.w_k, self.n_kv_heads)
        self.v_cache = self._heads(x, self.w_v, self.n_kv_heads)
        q = self._heads(x, self.w_q, self.n_heads)
        return self._attend(q, self.k_cache, self.v_cache, causal_mask(len(x)))

    def step(self, x_t) -> np.ndarray:
        """Process one new token ``x_t`` (d_model,): append its key and value, attend over the cache.

        No mask is needed: the cache holds only past tokens and this one.
        """
        x_t = np.asarray(x_t, dtype=float).reshape(1, -1)
        self.k_cache = np.concatenate([self.k_cache, self._heads(x_t, self.w_k, self.n_kv_heads)], axis=1)
        self.v_cache = np.concatenate([self.v_cache, self._heads(x_t, self.w_v, self.n_kv_heads)], axis=1)
        q = self._heads(x_t, self.w_q, self.n_heads)
        return self._attend(q, self.k_cache, self.v_cache)[0]


def sampling_probs(logits, temperature: float = 1.0, top_k: int | None = None, top_p: float | None = None) -> np.ndarray:
    r"""The distribution a sampler draws the next token from.

    Applied in the usual order: divide the logits by ``temperature``
    (temperature 0 means greedy: all mass on the arg max), keep the
    ``top_k`` most likely tokens, then keep the smallest set of most likely
    tokens whose probability reaches ``top_p`` (nucleus sampling, Holtzman
    et al., 2020), and renormalize.

    Parameters
    ----------
    logits : array of shape (V,)
    temperature : float
        Non-negative. Below 1 sharpens the distribution, above 1 flattens it.
    top_k : int, optional
        Keep at most this many tokens (ties at the cut-off are broken by index).
    top_p : float, optional
        In (0, 1]; the token that crosses the threshold is kept.

    Returns
    -------
    ndarray of shape (V,)
        Probabilities summing to 1; removed tokens have probability 0.
    """
    logits = np.asarray(logits, dtype=float)
    if logits.ndim != 1 or len(logits) == 0:
        raise ValueError("logits must be a non-empty 1-D array")
    if temperature < 0:
        raise ValueError("temperature must be non-negative")
    if top_k is not None and top_k < 1:
        raise ValueError("top_k must be at least 1")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError("top_p must be in (0, 1]")
    if temperature == 0:
        p = np.zeros_like(logits)
        p[np.argmax(logits)] = 1.0
        return p
    p = softmax(logits / temperature)
    order = np.argsort(-p, kind="stable")
    keep = np.ones(len(p), dtype=bool)
    if top_k is not None:
        keep[order[top_k:]] = False
    if top_p is not None:
        sorted_p = np.where(keep[order], p[order], 0.0)
        cum = np.cumsum(sorted_p)
        # keep tokens until (and including) the one whose cumulative mass reaches top_p
        n_keep = int(np.searchsorted(cum, top_p * cum[-1] - 1e-12) + 1)
        keep[order[n_keep:]] = False
    p = np.where(keep, p, 0.0)
    return p / p.sum()


def sample_token(logits, rng: np.random.Generator, **kwargs) -> int:
    """Draw one token index from [`sampling_probs`][mlref.llm.sampling_probs]``(logits, **kwargs)``."""
    p = sampling_probs(logits, **kwargs)
    return int(rng.choice(len(p), p=p))
