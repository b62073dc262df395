"""BLEU (clipped n-gram precision, geometric mean, brevity penalty) and ROUGE on toy sentences."""

import math
from collections import Counter


def ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def modified_precision(cand, refs, n):
    """Candidate n-gram counts clipped by the maximum count in any one reference."""
    cand_counts = ngrams(cand, n)
    max_ref = Counter()
    for ref in refs:
        for g, c in ngrams(ref, n).items():
            max_ref[g] = max(max_ref[g], c)
    clipped = sum(min(c, max_ref[g]) for g, c in cand_counts.items())
    return clipped, max(sum(cand_counts.values()), 1)


def bleu(cand, refs, max_n=4):
    precisions = [modified_precision(cand, refs, n) for n in range(1, max_n + 1)]
    if any(num == 0 for num, _ in precisions):
        return 0.0, precisions, None            # log(0): unsmoothed BLEU is zero
    log_p = sum(math.log(num / den) for num, den in precisions) / max_n
    c = len(cand)
    r = min((abs(len(ref) - c), len(ref)) for ref in refs)[1]  # closest reference length
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_p), precisions, bp


def rouge_n_recall(cand, ref, n):
    overlap = sum((ngrams(cand, n) & ngrams(ref, n)).values())
    return overlap / sum(ngrams(ref, n).values())


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


refs = ["the cat is sitting on the mat".split(), "there is a cat on the mat".split()]
candidates = {
    "near copy": "the cat is sitting on a mat",
    "repeated word": "the the the the the the the",
    "too short": "the cat is sitting",
    "paraphrase": "a kitten sits upon the rug",
    "scrambled": "mat the on sitting is cat the",
}
print(f"{'candidate':<14} {'p1':>5} {'p2':>5} {'p3':>5} {'p4':>5} {'BP':>5} {'BLEU':>6}"
      f" {'ROUGE-1 R':>9} {'ROUGE-L F':>9}")
scores = {}
for name, text in candidates.items():
    cand = text.split()
    score, precisions, bp = bleu(cand, refs)
    ref = refs[0]
    r1 = rouge_n_recall(cand, ref, 1)
    l = lcs(cand, ref)
    rl = 0.0 if l == 0 else 2 * (l / len(cand)) * (l / len(ref)) / (l / len(cand) + l / len(ref))
    scores[name] = (score, precisions, bp, r1, rl)
    ps = " ".join(f"{num / den:>5.2f}" for num, den in precisions)
    bp_txt = "  -  " if bp is None else f"{bp:>5.2f}"
    print(f"{name:<14} {ps} {bp_txt} {score:>6.3f} {r1:>9.2f} {rl:>9.2f}")

# clipping: "the" occurs at most twice in a reference, so 2 of 7 unigrams count
assert scores["repeated word"][1][0] == (2, 7)
# a prefix of a reference has perfect precision; only the brevity penalty lowers it
assert scores["too short"][1] == [(4, 4), (3, 3), (2, 2), (1, 1)]
assert math.isclose(scores["too short"][0], math.exp(1 - 7 / 4))
# a correct paraphrase scores zero; changing one word of a reference keeps 0.67
assert scores["paraphrase"][0] == 0.0 < scores["near copy"][0]
# word salad keeps every unigram: ROUGE-1 recall is perfect, BLEU is zero
assert scores["scrambled"][3] == 1.0 and scores["scrambled"][0] == 0.0
