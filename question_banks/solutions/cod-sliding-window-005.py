def scrambled_copies(tape: str, tag: str) -> list[int]:
    m = len(tag)
    if m > len(tape):
        return []
    need = [0] * 26
    for ch in tag:
        need[ord(ch) - 97] += 1
    have = [0] * 26
    matched = sum(1 for c in need if c == 0)  # letters whose window count equals the tag's

    def change(letter: int, delta: int) -> None:
        nonlocal matched
        if have[letter] == need[letter]:
            matched -= 1
        have[letter] += delta
        if have[letter] == need[letter]:
            matched += 1

    starts = []
    for i, ch in enumerate(tape):
        change(ord(ch) - 97, 1)
        if i >= m:
            change(ord(tape[i - m]) - 97, -1)
        if i >= m - 1 and matched == 26:
            starts.append(i - m + 1)
    return starts
