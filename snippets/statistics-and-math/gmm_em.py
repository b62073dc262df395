"""A two-dimensional Gaussian mixture fitted by EM from scratch, against scikit-learn; then k-means vs GMM."""

import numpy as np
from scipy.stats import multivariate_normal
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score
from sklearn.mixture import GaussianMixture

rng = np.random.default_rng(0)
# three elongated, overlapping clusters: a multimodal distribution
true_means = np.array([[0.0, 0.0], [3.0, 3.0], [0.0, 4.0]])
true_covs = np.array([[[3.0, 0.0], [0.0, 0.1]],
                      [[0.1, 0.0], [0.0, 2.0]],
                      [[1.0, 0.8], [0.8, 1.0]]])
sizes = [300, 200, 100]
X = np.vstack([rng.multivariate_normal(m, c, n) for m, c, n in zip(true_means, true_covs, sizes)])
labels = np.repeat([0, 1, 2], sizes)


def em(X, means, n_iter=500, tol=1e-10):
    n, d = X.shape
    K = len(means)
    weights, covs = np.full(K, 1 / K), np.array([np.cov(X.T)] * K)
    prev = -np.inf
    for it in range(n_iter):
        # E-step: responsibilities r_ik = P(component k | x_i)
        dens = np.column_stack([w * multivariate_normal(m, c).pdf(X)
                                for w, m, c in zip(weights, means, covs)])
        loglik = np.log(dens.sum(1)).mean()
        r = dens / dens.sum(1, keepdims=True)
        # M-step: weighted maximum likelihood for each component
        nk = r.sum(0)
        weights = nk / n
        means = (r.T @ X) / nk[:, None]
        covs = np.array([((r[:, k, None] * (X - means[k])).T @ (X - means[k])) / nk[k]
                         + 1e-6 * np.eye(d) for k in range(K)])
        assert loglik >= prev - 1e-9         # EM never decreases the likelihood
        if loglik - prev < tol:
            break
        prev = loglik
    return weights, means, covs, r, loglik, it


init = X[rng.choice(len(X), 3, replace=False)]
w, mu, cov, resp, ll, iters = em(X, init.copy())
sk = GaussianMixture(3, covariance_type="full", means_init=init, tol=1e-10,
                     max_iter=1000, reg_covar=1e-6, random_state=0).fit(X)
order = np.argsort(mu[:, 0] * 10 + mu[:, 1])
sk_order = np.argsort(sk.means_[:, 0] * 10 + sk.means_[:, 1])
print(f"EM from scratch: {iters} iterations, mean log-likelihood {ll:.4f}")
print(f"scikit-learn:    {sk.n_iter_} iterations, mean log-likelihood {sk.score(X):.4f}")
print("weights (ours):   ", np.round(w[order], 3))
print("weights (sklearn):", np.round(sk.weights_[sk_order], 3))
print("means (ours):\n", np.round(mu[order], 2))
assert abs(ll - sk.score(X)) < 1e-4
assert np.allclose(mu[order], sk.means_[sk_order], atol=1e-2)
assert np.allclose(w[order], sk.weights_[sk_order], atol=1e-3)

# hard vs soft assignment: k-means assumes round, equal clusters
km = KMeans(3, n_init=10, random_state=0).fit(X)
ari_km = adjusted_rand_score(labels, km.labels_)
ari_gmm = adjusted_rand_score(labels, sk.predict(X))
uncertain = (resp.max(1) < 0.9).mean()
print(f"adjusted Rand index: k-means {ari_km:.2f}, Gaussian mixture {ari_gmm:.2f}")
print(f"points the mixture assigns with less than 90 % confidence: {uncertain:.1%}")
assert ari_gmm > ari_km + 0.2
