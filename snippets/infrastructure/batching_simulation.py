"""Dynamic batching on one GPU: throughput and latency against batch size.

Requests arrive as a Poisson process. A batch of k requests takes
4 ms + 0.5 ms * k on the GPU (a fixed cost per launch plus a cost per item).
Dynamic batching: whenever the GPU is free, it takes everything waiting, up
to max_batch. Static batching: it waits until exactly `batch` have arrived.
"""

import numpy as np

FIXED, PER_ITEM = 4e-3, 0.5e-3


def service(k):
    return FIXED + PER_ITEM * k


def simulate(rate, max_batch, n=20_000, static=False):
    rng = np.random.default_rng(0)      # the same arrival pattern every run
    arrivals = np.cumsum(rng.exponential(1 / rate, n))
    latency = np.empty(n)
    sizes = []
    free, i = 0.0, 0
    while i < n:
        if static:                      # wait for a full batch
            k = min(max_batch, n - i)
            start = max(free, arrivals[i + k - 1])
        else:                           # take whatever is waiting
            start = max(free, arrivals[i])
            waiting = np.searchsorted(arrivals, start, side="right") - i
            k = min(max_batch, waiting)
        free = start + service(k)
        latency[i:i + k] = free - arrivals[i:i + k]
        sizes.append(k)
        i += k
    throughput = n / (free - arrivals[0])
    return throughput, np.mean(sizes), np.percentile(latency, [50, 99]) * 1e3


rate = 1000.0
print(f"Dynamic batching, {rate:.0f} requests/s offered")
print("max batch  capacity/s  served/s  mean batch    p50 ms    p99 ms")
rows = {}
for b in [1, 2, 4, 8, 16, 32, 64]:
    tput, mean_b, (p50, p99) = simulate(rate, b)
    rows[b] = (tput, p99)
    print(f"{b:9d}  {b / service(b):10.0f}  {tput:8.0f}  {mean_b:10.1f}"
          f"  {p50:8.1f}  {p99:8.1f}")

# Batch size 1 cannot keep up: the queue grows for the whole run
assert rows[1][0] < 0.25 * rate and rows[1][1] > 1000
# Once capacity exceeds the load, everything offered is served quickly ...
assert all(abs(rows[b][0] - rate) < 0.05 * rate for b in [16, 32, 64])
assert rows[16][1] < 50
# ... and a larger cap no longer matters: batches only grow with the queue
assert abs(rows[64][1] - rows[32][1]) < 5

print(f"\nStatic batching (wait for a full batch), {rate:.0f} requests/s")
print("batch  p50 ms  p99 ms")
static = {}
for b in [8, 16, 32, 64]:
    _, _, (p50, p99) = simulate(rate, b, static=True)
    static[b] = p99
    print(f"{b:5d}  {p50:6.1f}  {p99:6.1f}")
assert static[64] > 2 * static[16]      # filling a batch costs waiting time

print("\nLoad sweep, dynamic batching with max batch 16 (capacity 1,333/s)")
print("load/s  load/capacity  p50 ms  p99 ms")
sweep = []
for load in [200, 600, 1000, 1200, 1300]:
    _, _, (p50, p99) = simulate(load, 16)
    sweep.append(p99)
    print(f"{load:6d}  {load / (16 / service(16)):13.0%}  {p50:6.1f}  {p99:6.1f}")
assert sweep == sorted(sweep)           # the tail grows with utilization
assert sweep[-1] > 3 * sweep[2]         # and sharply near saturation
