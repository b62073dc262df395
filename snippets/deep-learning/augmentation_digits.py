"""Augmentation helps when it is label-preserving and matches test-time variation, and hurts when not."""

import numpy as np
from sklearn.datasets import load_digits
from sklearn.svm import SVC

rng = np.random.default_rng(0)
digits = load_digits()
images, y = digits.images / 16.0, digits.target
train, test = np.arange(0, 1200), np.arange(1200, len(y))


def shift(img, dy, dx):
    """Translate an 8x8 image by whole pixels, filling with background."""
    out = np.zeros_like(img)
    src = img[max(0, -dy):8 - max(0, dy), max(0, -dx):8 - max(0, dx)]
    out[max(0, dy):max(0, dy) + src.shape[0], max(0, dx):max(0, dx) + src.shape[1]] = src
    return out


def random_shifts(imgs):
    return np.array([shift(im, *rng.integers(-1, 2, size=2)) for im in imgs])


flat = lambda imgs: imgs.reshape(len(imgs), -1)
test_clean = images[test]
test_shifted = random_shifts(images[test])          # the camera is not always centred

train_sets = {
    "no augmentation": (images[train], y[train]),
    "+ random 1-pixel shifts": (np.concatenate([images[train]] + [random_shifts(images[train])
                                                                 for _ in range(4)]),
                                np.tile(y[train], 5)),
    "+ horizontal flips": (np.concatenate([images[train], images[train][:, :, ::-1]]),
                           np.tile(y[train], 2)),
}
print(f"{'training data':<26} {'size':>5} {'clean test':>10} {'shifted test':>12}")
acc = {}
for name, (X_tr, y_tr) in train_sets.items():
    model = SVC().fit(flat(X_tr), y_tr)
    acc[name] = (model.score(flat(test_clean), y[test]), model.score(flat(test_shifted), y[test]))
    print(f"{name:<26} {len(y_tr):>5} {acc[name][0]:>10.3f} {acc[name][1]:>12.3f}")

base, shifts, flips = acc.values()
assert shifts[1] > base[1] + 0.1        # shift augmentation fixes the shifted test set
assert shifts[0] >= base[0]             # ... and costs nothing on the clean one
assert flips[0] < base[0] and flips[1] < base[1]  # a mirrored 3 is not a 3: flips hurt both
