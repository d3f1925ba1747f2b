from collections import defaultdict, deque


def fewest_moves(start: str, target: str, words: list[str]) -> int:
    if start == target:
        return 0
    allowed = set(words)
    if target not in allowed:
        return -1
    buckets = defaultdict(list)
    for word in allowed:
        for i in range(len(word)):
            buckets[word[:i] + "*" + word[i + 1 :]].append(word)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for i in range(len(word)):
            pattern = word[:i] + "*" + word[i + 1 :]
            for nxt in buckets.pop(pattern, ()):  # each bucket is scanned once
                if nxt == target:
                    return moves + 1
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, moves + 1))
    return -1
