"""Pipeline schedules simulated: the bubble and the activations held.

p stages, m micro-batches; a forward takes 1 time unit on a stage, a
backward 2. Each stage runs its own list of tasks in order, each task as
soon as its input is ready. GPipe: all forwards, then all backwards. 1F1B:
a few warm-up forwards, then one forward and one backward alternately.
"""

from fractions import Fraction

FWD, BWD = 1, 2


def orders(p, m, schedule):
    """The task order of every stage: ("F" or "B", micro-batch)."""
    result = []
    for s in range(p):
        if schedule == "gpipe":
            result.append([("F", j) for j in range(m)]
                          + [("B", j) for j in reversed(range(m))])
            continue
        warm = min(p - s - 1, m)
        seq = [("F", j) for j in range(warm)]
        f, b = warm, 0
        while b < m:                       # steady state: 1 forward, 1 backward
            if f < m:
                seq.append(("F", f))
                f += 1
            seq.append(("B", b))
            b += 1
        result.append(seq)
    return result


def simulate(p, m, schedule):
    done = {}                              # (kind, stage, j) -> finish time
    free = [0] * p
    queues = orders(p, m, schedule)
    pos = [0] * p
    held, peak = [0] * p, [0] * p          # activations stored per stage
    while any(pos[s] < len(queues[s]) for s in range(p)):
        progressed = False
        for s in range(p):
            if pos[s] == len(queues[s]):
                continue
            kind, j = queues[s][pos[s]]
            if kind == "F":
                dep = done.get(("F", s - 1, j), None) if s else 0
            else:
                dep = done.get(("B", s + 1, j), None) if s < p - 1 \
                    else done.get(("F", s, j), None)
            if dep is None:
                continue                   # input not ready yet
            start = max(free[s], dep)
            free[s] = start + (FWD if kind == "F" else BWD)
            done[(kind, s, j)] = free[s]
            held[s] += 1 if kind == "F" else -1
            peak[s] = max(peak[s], held[s])
            pos[s] += 1
            progressed = True
        assert progressed, "deadlock"
    makespan = max(free)
    bubble = Fraction(makespan - m * (FWD + BWD), makespan)
    return bubble, peak[0]


print(" p   m  formula   GPipe   1F1B   activations held (GPipe / 1F1B)")
for p, m in [(4, 4), (4, 16), (4, 32), (8, 32), (8, 64)]:
    formula = Fraction(p - 1, m + p - 1)
    gpipe, act_g = simulate(p, m, "gpipe")
    ofob, act_1 = simulate(p, m, "1f1b")
    assert gpipe == formula and ofob == formula   # same bubble, exactly
    assert act_g == m and act_1 == min(p, m)      # 1F1B holds only p
    print(f"{p:2d} {m:3d}  {float(formula):6.1%}  {float(gpipe):6.1%}"
          f"  {float(ofob):6.1%}   {act_g:3d} / {act_1}")
