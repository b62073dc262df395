"""ETA baseline: mean travel time per (road segment, 15-min slot of week).

Generated traffic: 200 segments, 10 weeks. Fit on weeks 0-7, validate on
weeks 8-9 (a time split, as in production), compare simpler baselines.
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
n_seg, n_weeks, n_slots = 200, 10, 7 * 96  # 96 quarter-hours a day

# Road segments: class, free-flow speed, length, congestion sensitivity
kind = rng.choice(["highway", "arterial", "local"], n_seg, p=[.2, .4, .4])
free_kmh = pd.Series(kind).map(
    {"highway": 100, "arterial": 60, "local": 40}).to_numpy()
volume = pd.Series(kind).map(
    {"highway": 20, "arterial": 8, "local": 2}).to_numpy()
length_km = rng.uniform(0.3, 2.0, n_seg)
sensitivity = rng.uniform(0.3, 1.5, n_seg) * np.where(kind == "local",
                                                      0.5, 1.0)

# Weekly pattern: two rush hours on weekdays, a midday bump at weekends
slot = np.arange(n_slots)
hour, weekday = (slot % 96) / 4, slot // 96 < 5
rush = (np.exp(-(hour - 8.25) ** 2) +
        np.exp(-(hour - 17.5) ** 2 / 1.5))
profile = np.where(weekday, rush, 0.4 * np.exp(-(hour - 14) ** 2 / 8))
activity = 0.05 + 0.95 * np.clip(np.sin(np.pi * (hour - 5) / 19), 0, 1)

# Simulate (week, segment, slot) records: car count, mean speed and time
rows = []
for week in range(n_weeks):
    weather = rng.lognormal(0, 0.15, (n_seg, 7)).repeat(96, axis=1)
    incident = rng.random((n_seg, n_slots)) < 0.002
    incident |= np.roll(incident, 1, 1) | np.roll(incident, 2, 1)
    slowdown = (1 + sensitivity[:, None] * profile * weather
                + 2.0 * incident)
    mean_speed = free_kmh[:, None] / slowdown
    cars = rng.poisson(volume[:, None] * activity * (1 + profile))
    seg, sl = np.nonzero(cars)
    n = cars[seg, sl]
    # every driver's speed scatters around the slot's mean speed
    speed = rng.lognormal(np.log(np.repeat(mean_speed[seg, sl], n)), 0.25)
    secs = 3600 * np.repeat(length_km[seg], n) / speed
    row = np.repeat(np.arange(n.size), n)
    rows.append(pd.DataFrame({
        "week": week, "segment": seg, "slot": sl, "cars": n,
        "mean_speed": np.bincount(row, speed) / n,  # km/h
        "mean_time": np.bincount(row, secs) / n,    # seconds
    }))
df = pd.concat(rows, ignore_index=True)
train, valid = df[df.week < 8], df[df.week >= 8]
print(f"{len(df):,} (segment, slot) records, {df.cars.sum():,} cars")
print(f"train weeks 0-7: {len(train):,} records, "
      f"validation weeks 8-9: {len(valid):,}")


def car_weighted_mean(frame, keys, col):
    g = (frame.assign(w=frame[col] * frame.cars)
         .groupby(keys)[["w", "cars"]].sum())
    return g.w / g.cars


# Lookup tables built from the training weeks only
free_flow = 3600 * length_km / free_kmh
seg_mean = car_weighted_mean(train, "segment", "mean_time")
hist = car_weighted_mean(train, ["segment", "slot"], "mean_time")
hist_speed = car_weighted_mean(train, ["segment", "slot"], "mean_speed")
by_hour = car_weighted_mean(train.assign(h=train.slot // 4),
                            ["segment", "h"], "mean_time")


def lookup(table, *cols):
    return table.reindex(pd.MultiIndex.from_arrays(cols)).to_numpy()


s, t = valid.segment.to_numpy(), valid.slot.to_numpy()
# fallback for slots never seen in training: hour of week, then free flow
fallback = lookup(by_hour, s, t // 4)
fallback = np.where(np.isnan(fallback), free_flow[s], fallback)
p_hist = lookup(hist, s, t)
missing = np.isnan(p_hist)
p_speed = 3600 * length_km[s] / lookup(hist_speed, s, t)
preds = {
    "free flow (length / free speed)": free_flow[s],
    "segment mean, any time": seg_mean.reindex(s).to_numpy(),
    "historical mean (segment, slot)": np.where(missing, fallback, p_hist),
    "length / mean speed (seg, slot)": np.where(missing, fallback, p_speed),
}
y, w = valid.mean_time.to_numpy(), valid.cars.to_numpy()
print(f"validation slots unseen in training: {missing.mean():.2%}\n")
print(f"{'model (per segment)':33s} {'MAE s':>6s} {'MAPE':>6s} "
      f"{'bias s':>7s} {'p90 s':>6s}")
mae, bias = {}, {}
for name, p in preds.items():
    err = p - y
    mae[name], bias[name] = np.average(abs(err), weights=w), np.average(err, weights=w)
    print(f"{name:33s} {np.average(abs(err), weights=w):6.1f} "
          f"{np.average(abs(err) / y, weights=w):6.1%} "
          f"{np.average(err, weights=w):7.1f} "
          f"{np.quantile(np.repeat(abs(err), w), 0.9):6.1f}")

free, hist_mean = "free flow (length / free speed)", "historical mean (segment, slot)"
speed_based = "length / mean speed (seg, slot)"
assert mae[hist_mean] < 0.5 * mae[free], "the historical mean halves the error"
assert bias[free] < -10 and abs(bias[hist_mean]) < 1, "free flow is optimistic"
assert bias[speed_based] < -3, "Jensen: distance / mean speed underestimates"

# Trips of 15 segments in one validation slot: ETA = sum of segments
truth = np.full((n_weeks, n_seg, n_slots), np.nan)
truth[valid.week, s, t] = y
table = np.full((n_seg, n_slots), np.nan)
table[hist.index.get_level_values(0), hist.index.get_level_values(1)] = hist
table = np.where(np.isnan(table), free_flow[:, None], table)
trips = valid.sample(20_000, replace=True, random_state=0,
                     weights=valid.cars)
segs = rng.integers(0, n_seg, (len(trips), 15))
wk, sl = trips.week.to_numpy()[:, None], trips.slot.to_numpy()[:, None]
true_t = truth[wk, segs, sl]
full = ~np.isnan(true_t).any(axis=1)  # every segment had traffic
true_trip = true_t[full].sum(axis=1)
pred_trip = table[segs, sl][full].sum(axis=1)
ape = abs(pred_trip - true_trip) / true_trip
print(f"\n{full.sum():,} trips, median {np.median(true_trip) / 60:.1f} "
      f"min: MAPE {ape.mean():.1%}, p90 APE {np.quantile(ape, 0.9):.1%}")
segment_mape = np.average(abs(preds[hist_mean] - y) / y, weights=w)
assert ape.mean() < 0.7 * segment_mape, "independent segment errors partly cancel along a route"

# Figure: the most congestion-prone arterial, first validation week
art = np.flatnonzero(kind == "arterial")
k = int(art[np.argmax(sensitivity[art])])
v = valid[(valid.segment == k) & (valid.week == 8)]
fig, ax = plt.subplots(figsize=(9, 3.4))
ax.plot(v.slot / 96, v.mean_time, ".", ms=3, alpha=0.6,
        label="actual, validation week")
ax.plot(slot / 96, table[k], lw=1.5, label="historical mean (segment, slot)")
ax.axhline(free_flow[k], color="gray", ls="--", lw=1, label="free flow")
ax.set_xlabel("day of week (0 = Monday)")
ax.set_ylabel("travel time (s)")
ax.set_title(f"Segment {k}: {length_km[k]:.2f} km arterial road")
ax.legend(loc="upper right", fontsize=8)
fig.savefig("eta_historical_mean.svg")
plt.close(fig)
