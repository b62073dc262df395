"""Byte-pair encoding from scratch: learn merges on a tiny corpus, then tokenize."""

from collections import Counter

corpus = (
    "the lower the newer the lowest newest widest wider low low lower new new "
    "newer the widest low lowest newest the new lower"
).split()

# Start from characters; "_" marks the end of a word so merges do not cross words.
words = Counter(tuple(w) + ("_",) for w in corpus)


def pair_counts(words):
    counts = Counter()
    for symbols, freq in words.items():
        for pair in zip(symbols, symbols[1:]):
            counts[pair] += freq
    return counts


def merge(words, pair):
    out = Counter()
    for symbols, freq in words.items():
        s, i = [], 0
        while i < len(symbols):
            if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
                s.append(symbols[i] + symbols[i + 1])
                i += 2
            else:
                s.append(symbols[i])
                i += 1
        out[tuple(s)] += freq
    return out


merges = []
for step in range(18):
    counts = pair_counts(words)
    best = max(counts, key=lambda p: (counts[p], p))  # most frequent pair, ties broken alphabetically
    merges.append(best)
    words = merge(words, best)
    print(f"merge {step + 1:>2}: {best[0]!r:>7} + {best[1]!r:<6} (seen {counts[best]}x)")


def encode(word):
    symbols = tuple(word) + ("_",)
    for pair in merges:  # apply merges in the order they were learned
        symbols = next(iter(merge(Counter({symbols: 1}), pair)))
    return list(symbols)


print()
for w in ["the", "lowest", "newer", "slower", "widen", "2048"]:
    toks = encode(w)
    print(f"{w:>7} -> {len(toks)} tokens {toks}")

assert encode("the") == ["the_"]  # the most frequent word became one token
assert encode("slower") == ["s", "lower_"]  # an unseen word is built from learned pieces
assert len(encode("2048")) == 5  # unseen digits fall back to single characters
