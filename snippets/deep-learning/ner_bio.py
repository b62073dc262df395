"""BIO tags to entity spans, and why NER is scored by entity-level F1, not token accuracy."""

tokens = "Ada Lovelace met Charles Babbage in London in 1833 .".split()
gold = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"]
pred = ["B-PER", "O", "O", "B-PER", "I-PER", "O", "B-ORG", "O", "O", "O"]


def spans(tags):
    """(type, start, end) for each entity; an I- tag that does not continue an entity starts one."""
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start is not None and not continues:
            out.append((kind, start, i))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, label
    return out


g, p = set(spans(gold)), set(spans(pred))
for kind, s, e in sorted(g, key=lambda t: t[1]):
    print(f"gold {kind}: {' '.join(tokens[s:e])}")
token_acc = sum(a == b for a, b in zip(gold, pred)) / len(gold)
tp = len(g & p)
precision, recall = tp / len(p), tp / len(g)
f1 = 2 * precision * recall / (precision + recall)
print(f"token accuracy {token_acc:.2f}; entity-level precision {precision:.2f}, "
      f"recall {recall:.2f}, F1 {f1:.2f}")
print("matched exactly:", [" ".join(tokens[s:e]) for _, s, e in g & p])
assert token_acc == 0.8 and tp == 1 and round(f1, 2) == 0.33
# "Lovelace" tagged I-PER after O would open a new entity under this lenient decoding
assert spans(["O", "I-PER", "I-PER"]) == [("PER", 1, 3)]
