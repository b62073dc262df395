"""Back-of-envelope GPU count for serving a 70B model (Llama-2-70B shape).

Assumptions (state them in the interview): 35 requests/s at peak, 1,000
prompt tokens and 300 output tokens each, fp16 weights, replicas of 4 x
H100 SXM 80 GB with tensor parallelism; 70 % of peak HBM bandwidth and 50 %
of peak FLOP/s achieved; a GPU-hour costs $2.50 (an assumption: prices vary
several-fold between providers and contracts).
"""

GB, KiB = 1e9, 1024
params = 69e9
weights = params * 2                                   # fp16 bytes
kv_token = 2 * 80 * 8 * 128 * 2                        # K,V x layers x heads x dim x fp16
assert kv_token == 320 * KiB

gpus, hbm, bw, flops = 4, 80e9, 3.35e12, 989e12        # per replica, per GPU
eff_bw, eff_flops = 0.7 * bw * gpus, 0.5 * flops * gpus
rate, prompt, out = 35.0, 1000, 300                    # peak load, tokens

# 1. Memory: weights once per replica, KV cache for every sequence in flight
kv_budget = gpus * hbm * 0.9 - weights                 # 10 % for activations
max_seqs = int(kv_budget // (kv_token * (prompt + out)))
print(f"weights {weights / GB:.0f} GB; KV budget {kv_budget / GB:.0f} GB per "
      f"replica,")
print(f"  room for {max_seqs} sequences of {prompt + out} tokens")

# 2. A decode step reads all weights plus the batch's KV cache (memory-bound)
def step_time(batch):
    return (weights + batch * (prompt + out / 2) * kv_token) / eff_bw


print(f"decode step: {step_time(1) * 1e3:.1f} ms at batch 1, "
      f"{step_time(128) * 1e3:.1f} ms at batch 128")


def replica_load(req_rate, prompt_tokens):
    """Per replica: prefill share of each second, sequences in flight, TPOT.

    Prefill is compute-bound and takes P seconds of every second; decode
    steps fill the rest, so a user's time per output token is
    step / (1 - P). Little's law gives the batch: C = rate * out * TPOT.
    """
    busy = req_rate * 2 * params * prompt_tokens / eff_flops
    seqs = 1.0
    for _ in range(100):                      # fixed point of C
        tpot = step_time(seqs) / (1 - busy)
        seqs = req_rate * out * tpot
    return busy, seqs, tpot


def plan(total_rate, prompt_tokens, tpot_target=0.040):
    """Fewest replicas whose TPOT stays under target (50 ms SLO - headroom)."""
    for r in range(1, 50):
        busy, seqs, tpot = replica_load(total_rate / r, prompt_tokens)
        if busy < 0.8 and tpot <= tpot_target and seqs <= max_seqs:
            return r, busy, seqs, tpot


fleet = {}
for label, p_tok in [("no prefix cache", prompt), ("600-token prefix cached", 400)]:
    r, busy, seqs, tpot = plan(rate, p_tok)
    r_avg = plan(rate / 3, p_tok)[0]          # daily average = peak / 3
    tokens_h = rate / 3 * (prompt + out) * 3600
    cost = (r_avg + 1) * gpus * 2.50 / (tokens_h / 1e6)  # +1 spare replica
    print(f"{label}:")
    print(f"  peak: {r} replicas ({r * gpus} GPUs), each {busy:.0%} busy with"
          f" prefill,")
    print(f"        {seqs:.0f} sequences in flight, {tpot * 1e3:.0f} ms per"
          f" output token")
    print(f"  average load: {r_avg} replica(s) + 1 spare -> ${cost:.2f} per"
          f" million tokens")
    assert tpot < 0.05 and seqs <= max_seqs
    fleet[p_tok] = r, cost
assert fleet[400][0] < fleet[prompt][0] and fleet[400][1] < fleet[prompt][1], "prefix caching pays"
