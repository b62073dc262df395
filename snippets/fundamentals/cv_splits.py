"""Which rows each cross-validation scheme puts in the validation fold, on 24
time-ordered rows with an imbalanced label and 6 groups (say, 6 patients)."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap
from sklearn.model_selection import (
    GroupKFold, KFold, StratifiedKFold, TimeSeriesSplit
)

n = 24
y = np.array([0] * 16 + [1] * 8)  # one third positives, all at the end
groups = np.repeat(np.arange(6), 4)
schemes = {
    "KFold(4), no shuffle": KFold(4),
    "KFold(4), shuffled": KFold(4, shuffle=True, random_state=0),
    "StratifiedKFold(4)": StratifiedKFold(4, shuffle=True, random_state=0),
    "GroupKFold(3)": GroupKFold(3),
    "TimeSeriesSplit(4)": TimeSeriesSplit(4),
}

fig, axes = plt.subplots(len(schemes), 1, figsize=(8, 7.5), sharex=True)
cmap = ListedColormap(["#dddddd", "tab:blue", "tab:orange"])  # unused, train, val
for ax, (name, cv) in zip(axes, schemes.items()):
    g = groups if "Group" in name else None  # only GroupKFold uses the groups
    splits = list(cv.split(np.zeros((n, 1)), y, g))
    grid = np.zeros((len(splits), n))
    positives = []
    for i, (train, val) in enumerate(splits):
        grid[i, train], grid[i, val] = 1, 2
        positives.append(int(y[val].sum()))
        if name.startswith("GroupKFold"):
            assert not set(groups[train]) & set(groups[val]), "one fold per group"
        if name.startswith("TimeSeriesSplit"):
            assert train.max() < val.min(), "training rows precede validation rows"
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=2, aspect="auto")
    ax.scatter(np.flatnonzero(y), np.full(8, -0.75), marker="v", s=14, color="black",
               clip_on=False)
    ax.set_yticks(range(len(splits)), [f"fold {i + 1}" for i in range(len(splits))],
                  fontsize=7)
    ax.set_title(name, fontsize=10, loc="left")
    ax.grid(False)
    print(f"{name:<22} positives per validation fold: {positives}")
    if name == "KFold(4), no shuffle":
        assert 0 in positives, "sorted, unshuffled: empty folds"
    if name == "StratifiedKFold(4)":
        assert positives == [2, 2, 2, 2], "stratified: 2 positives in every fold"
axes[-1].set_xlabel("row index (time order). Blue: train, orange: validation, "
                   "grey: unused; triangles mark the positive rows")
axes[-1].set_xticks(range(0, n, 4))
fig.tight_layout()
fig.savefig("cv_splits.svg")
plt.close(fig)
print("GroupKFold: each group's 4 rows always fall in the same fold")
print("TimeSeriesSplit: training rows always precede validation rows")
