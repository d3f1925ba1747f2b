def max_badge_xor(codes: list[int]) -> int:
    bits = 31
    # Binary trie stored in two parallel child arrays; node 0 is the root, -1 means absent.
    zero = [-1]
    one = [-1]
    best = 0
    for code in codes:
        # Insert `code`.
        node = 0
        for b in range(bits - 1, -1, -1):
            kids = one if (code >> b) & 1 else zero
            nxt = kids[node]
            if nxt == -1:
                nxt = len(zero)
                zero.append(-1)
                one.append(-1)
                kids[node] = nxt
            node = nxt
        # Query: walk toward the opposite bit whenever that branch exists.
        node = 0
        value = 0
        for b in range(bits - 1, -1, -1):
            want = zero if (code >> b) & 1 else one
            if want[node] != -1:
                value |= 1 << b
                node = want[node]
            else:
                node = one[node] if (code >> b) & 1 else zero[node]
        best = max(best, value)
    return best
