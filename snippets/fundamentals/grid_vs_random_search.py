"""Nine trials each: a 3 x 3 grid tries only 3 distinct values of the
hyperparameter that matters; nine random draws try 9 (Bergstra and Bengio,
2012). The response surface is made up: validation score depends strongly on
the learning rate and barely on the weight decay."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)


def val_score(log_lr, log_wd):
    return 0.92 - 0.06 * (log_lr + 2.3) ** 2 - 0.004 * (log_wd + 3) ** 2


lo, hi = (-5, -1), (-6, -1)  # log10 ranges of learning rate and weight decay
grid_lr, grid_wd = np.meshgrid(np.linspace(*lo, 3), np.linspace(*hi, 3))
trials = {
    "grid search (3 x 3)": (grid_lr.ravel(), grid_wd.ravel()),
    "random search (9 draws)": (rng.uniform(*lo, 9), rng.uniform(*hi, 9)),
}

fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
best = {}
a, b = np.meshgrid(np.linspace(*lo, 80), np.linspace(*hi, 80))
for ax, (name, (lr, wd)) in zip(axes, trials.items()):
    scores = val_score(lr, wd)
    i = np.argmax(scores)
    print(f"{name:<24} {len(np.unique(lr))} distinct learning rates, "
          f"best {scores[i]:.3f} at lr = 10^{lr[i]:.2f}")
    best[name] = scores[i]
    levels = np.linspace(0.44, 0.92, 13)
    cs = ax.contourf(a, b, val_score(a, b), levels=levels, cmap="Blues")
    ax.scatter(lr, wd, color="tab:orange", edgecolor="black", zorder=3)
    # rug under the axis: the learning-rate values actually tried
    ax.plot(lr, np.full_like(lr, hi[0] - 0.3), "|", color="tab:red", ms=12, mew=2)
    ax.set_xlim(lo[0] - 0.2, lo[1] + 0.2)
    ax.set_ylim(hi[0] - 0.5, hi[1] + 0.2)
    ax.set_title(f"{name}: best {scores[i]:.3f}", fontsize=10)
    ax.set_xlabel("log10 learning rate (matters)")
axes[0].set_ylabel("log10 weight decay (barely matters)")
fig.colorbar(cs, ax=axes, label="validation score")
print("best possible score: 0.920 at lr = 10^-2.30")
assert best["random search (9 draws)"] > best["grid search (3 x 3)"]
fig.savefig("grid_vs_random_search.svg")
plt.close(fig)
