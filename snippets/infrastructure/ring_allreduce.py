"""Ring all-reduce simulated on arrays: correctness and bytes sent per GPU.

N workers sit in a ring; each splits its gradient into N chunks.
Reduce-scatter: N-1 steps, each worker passes one chunk to its right
neighbour, which adds it to its own copy; afterwards worker i owns the full
sum of chunk (i+1) mod N. All-gather: N-1 more steps pass the finished
chunks around. Every step moves 1/N of the gradient per worker.
"""

import numpy as np

rng = np.random.default_rng(0)


def ring_allreduce(grads):
    """Sum the workers' gradients; return results and bytes sent per worker."""
    n = len(grads)
    chunks = [np.array_split(g.copy(), n) for g in grads]
    sent = np.zeros(n, dtype=np.int64)
    # Reduce-scatter: at step t worker i sends chunk (i - t) mod n
    for t in range(n - 1):
        msgs = [(i, (i - t) % n, chunks[i][(i - t) % n].copy()) for i in range(n)]
        for i, c, data in msgs:                  # all sends happen at once
            chunks[(i + 1) % n][c] += data
            sent[i] += data.nbytes
    # All-gather: worker i now owns the sum of chunk (i + 1) mod n
    for t in range(n - 1):
        msgs = [(i, (i + 1 - t) % n, chunks[i][(i + 1 - t) % n].copy())
                for i in range(n)]
        for i, c, data in msgs:
            chunks[(i + 1) % n][c] = data
            sent[i] += data.nbytes
    return [np.concatenate(c) for c in chunks], sent


size = 1_200_000                                  # float32 gradient, 4.8 MB
print(" N  bytes sent per GPU  / gradient bytes  2(N-1)/N  central server")
for n in [2, 4, 8, 16, 32]:
    grads = [rng.normal(size=size).astype(np.float32) for _ in range(n)]
    out, sent = ring_allreduce(grads)
    total = np.sum(grads, axis=0, dtype=np.float64)
    for o in out:                                 # every worker has the sum
        assert np.allclose(o, total, rtol=1e-4, atol=1e-4)
    ratio = sent.max() / grads[0].nbytes
    assert np.isclose(ratio, 2 * (n - 1) / n)     # the ring's cost formula
    assert sent.min() == sent.max()               # perfectly balanced
    # A central server receives and sends every worker's full gradient.
    server = 2 * n  # gradient sizes in and out of the one server
    print(f"{n:2d}  {sent.max():>17,}  {ratio:16.3f}  {2 * (n - 1) / n:8.3f}"
          f"  {server:10d}x")

# What it costs for a 7B-parameter model with bf16 gradients on 8 GPUs
grad_bytes = 7e9 * 2
per_gpu = 2 * 7 / 8 * grad_bytes
print(f"7B model, bf16 gradients, 8 GPUs: {per_gpu / 1e9:.1f} GB sent per GPU"
      f" per step,")
print(f"  {per_gpu / 200e9 * 1e3:.0f} ms at an assumed 200 GB/s")
