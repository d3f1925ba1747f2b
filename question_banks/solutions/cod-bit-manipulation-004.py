def scanned_once(scans: list[int]) -> int:
    result = 0
    for bit in range(32):
        count = sum((x >> bit) & 1 for x in scans)  # copies of a tripled id add 0 or 3
        if count % 3:
            result |= 1 << bit
    return result - (1 << 32) if result >> 31 else result  # bit 31 set: the id is negative
