def mirror_words(words: list[int]) -> list[int]:
    mirrored = []
    for word in words:
        result = 0
        for _ in range(32):  # exactly 32 steps, so leading zeros become trailing zeros
            result = (result << 1) | (word & 1)
            word >>= 1
        mirrored.append(result)
    return mirrored
