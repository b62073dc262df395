"""IoU, greedy non-maximum suppression and average precision on toy boxes."""

import numpy as np


def iou(box, boxes):
    """IoU of one box with many; boxes are (x1, y1, x2, y2)."""
    x1 = np.maximum(box[0], boxes[:, 0])
    y1 = np.maximum(box[1], boxes[:, 1])
    x2 = np.minimum(box[2], boxes[:, 2])
    y2 = np.minimum(box[3], boxes[:, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area = lambda b: (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    return inter / (area(box) + area(boxes) - inter)


def nms(boxes, scores, threshold=0.5):
    """Keep the best box, drop every box overlapping it by more than threshold, repeat."""
    order = np.argsort(-scores)
    keep = []
    while order.size:
        best, rest = order[0], order[1:]
        keep.append(int(best))
        order = rest[iou(boxes[best], boxes[rest]) <= threshold]
    return keep


# two objects in an image, and a detector's raw, overlapping predictions
truth = np.array([[10, 10, 50, 50], [60, 20, 100, 60]], dtype=float)
pred = np.array([[12, 10, 52, 48], [8, 12, 48, 52], [14, 14, 54, 54],   # three on object 0
                 [62, 24, 98, 64], [55, 15, 95, 55],                    # two on object 1
                 [30, 60, 50, 80]], dtype=float)                        # a false alarm
scores = np.array([0.95, 0.90, 0.60, 0.85, 0.70, 0.40])

print(f"IoU of [0,0,2,2] with [1,1,3,3]: {iou(np.array([0, 0, 2, 2.]), np.array([[1, 1, 3, 3.]]))[0]:.4f} (= 1/7)")
assert np.isclose(iou(np.array([0, 0, 2, 2.]), np.array([[1, 1, 3, 3.]]))[0], 1 / 7)

keep = nms(pred, scores, threshold=0.5)
print("kept after NMS at IoU 0.5:", keep, "scores", scores[keep])
assert keep == [0, 3, 5]  # one box per object, plus the false alarm


def average_precision(pred, scores, truth, iou_threshold):
    """Area under the precision-recall curve (all-point interpolation, as in VOC 2010+)."""
    order = np.argsort(-scores)
    matched, tp = set(), []
    for i in order:
        overlaps = iou(pred[i], truth)
        j = int(np.argmax(overlaps))
        hit = overlaps[j] >= iou_threshold and j not in matched
        matched |= {j} if hit else set()
        tp.append(hit)
    tp = np.array(tp)
    recall = np.cumsum(tp) / len(truth)
    precision = np.cumsum(tp) / np.arange(1, len(tp) + 1)
    precision = np.maximum.accumulate(precision[::-1])[::-1]  # interpolated envelope
    return float(np.sum(np.diff(np.r_[0, recall]) * precision))


kept_pred, kept_scores = pred[keep], scores[keep]
print("IoU of kept boxes with their objects:",
      np.round([iou(kept_pred[0], truth)[0], iou(kept_pred[1], truth)[1]], 3))
ap50 = average_precision(kept_pred, kept_scores, truth, 0.5)
ap_coco = np.mean([average_precision(kept_pred, kept_scores, truth, t)
                   for t in np.arange(0.5, 0.96, 0.05)])
ap_raw = average_precision(pred, scores, truth, 0.5)
print(f"AP@0.5 after NMS = {ap50:.3f};  AP@[0.5:0.95] (COCO style) = {ap_coco:.3f}")
print(f"AP@0.5 without NMS = {ap_raw:.3f} (duplicates count as false positives)")
assert ap50 == 1.0 and ap_coco < ap50   # both objects found, but boxes are not tight
assert ap_raw < ap50
