"""What temperature, top-k and top-p do to a next-token distribution."""

import numpy as np

from mlref.llm import sample_token, sampling_probs

# A peaked head and a long tail: 5 plausible continuations and 995 junk tokens.
rng = np.random.default_rng(0)
logits = np.concatenate([[4.0, 3.5, 3.0, 2.0, 1.5], rng.normal(-4.0, 1.0, size=995)])


def describe(p):
    nz = p[p > 0]
    entropy = abs(-(nz * np.log2(nz)).sum())
    return f"kept {len(nz):>4}  top-1 {p.max():.3f}  tail mass {p[5:].sum():.3f}  entropy {entropy:4.2f} bits"


settings = {
    "greedy (T=0)": dict(temperature=0),
    "T=0.5": dict(temperature=0.5),
    "T=1.0": dict(temperature=1.0),
    "T=1.5": dict(temperature=1.5),
    "top-k=5": dict(top_k=5),
    "top-p=0.9": dict(top_p=0.9),
    "top-p=0.8": dict(top_p=0.8),
    "T=1.5, top-p=0.9": dict(temperature=1.5, top_p=0.9),
}
for name, kw in settings.items():
    print(f"{name:<17} {describe(sampling_probs(logits, **kw))}")

# At T=1 about a fifth of the draws land in the junk tail.
plain = sampling_probs(logits)
draws = np.array([sample_token(logits, rng) for _ in range(5000)])
print(f"\nshare of 5000 draws at T=1 from the 995-token tail: {np.mean(draws >= 5):.3f}")
assert abs(np.mean(draws >= 5) - plain[5:].sum()) < 0.02
assert sampling_probs(logits, top_p=0.8)[5:].sum() == 0  # the nucleus stops inside the head
assert 0 < sampling_probs(logits, top_p=0.9)[5:].sum() < plain[5:].sum()  # p=0.9 reaches into the tail
assert sampling_probs(logits, temperature=1.5)[5:].sum() > 3 * plain[5:].sum()
assert sampling_probs(logits, temperature=0).max() == 1.0
