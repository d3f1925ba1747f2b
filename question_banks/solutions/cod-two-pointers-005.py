def longest_mirrored(read: str) -> str:
    n = len(read)
    best_lo, best_len = 0, 0
    for centre in range(2 * n - 1):
        # Even centres sit on a letter, odd centres between two letters.
        lo, hi = centre // 2, centre // 2 + centre % 2
        while lo >= 0 and hi < n and read[lo] == read[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        if length > best_len:
            best_lo, best_len = lo + 1, length
    return read[best_lo : best_lo + best_len]
