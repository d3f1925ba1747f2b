import numpy as np


def nms(boxes: list[list[float]], scores: list[float], iou_threshold: float) -> list[int]:
    if not boxes:
        return []
    B = np.asarray(boxes, dtype=float)
    x1, y1, x2, y2 = B.T
    area = (x2 - x1) * (y2 - y1)
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    keep = []
    while order.size:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        w = np.clip(np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]), 0, None)
        h = np.clip(np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]), 0, None)
        inter = w * h
        union = area[i] + area[rest] - inter
        iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        order = rest[iou <= iou_threshold]
    return keep
