def rooms_opened(keys: list[list[int]]) -> int:
    opened = [False] * len(keys)
    opened[0] = True
    stack = [0]
    count = 1
    while stack:
        room = stack.pop()
        for key in keys[room]:
            if not opened[key]:
                opened[key] = True
                count += 1
                stack.append(key)
    return count
