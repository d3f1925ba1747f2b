def shortest_kit_stretch(belt: str, kit: str) -> str:
    need: dict[str, int] = {}
    for ch in kit:
        need[ch] = need.get(ch, 0) + 1
    missing = len(kit)  # units still missing from the window
    best_start, best_len = 0, len(belt) + 1
    left = 0
    for right, ch in enumerate(belt):
        if ch in need:
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            out = belt[left]
            if out in need:
                need[out] += 1
                if need[out] > 0:
                    missing += 1
            left += 1
    return "" if best_len > len(belt) else belt[best_start : best_start + best_len]
