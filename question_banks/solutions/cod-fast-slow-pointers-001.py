def find_reissued_code(codes: list[int]) -> int:
    # Treat i -> codes[i] as a linked structure; index 0 is never a target, so it is the tail start.
    slow = fast = 0
    while True:
        slow = codes[slow]
        fast = codes[codes[fast]]
        if slow == fast:
            break
    slow = 0
    while slow != fast:
        slow = codes[slow]
        fast = codes[fast]
    return slow
