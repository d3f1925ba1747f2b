def increasing_splits(digits: str) -> list[list[int]]:
    n = len(digits)
    out = []
    pieces = []

    def extend(start: int) -> None:
        if start == n:
            if len(pieces) >= 2:
                out.append(pieces[:])
            return
        # A piece starting with '0' may only be the single digit "0".
        last = n if digits[start] != "0" else start + 1
        for end in range(start + 1, last + 1):
            value = int(digits[start:end])
            if pieces and value <= pieces[-1]:
                continue  # longer pieces are larger, so keep extending
            pieces.append(value)
            extend(end)
            pieces.pop()

    extend(0)
    return out
