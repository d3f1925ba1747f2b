def has_pullback(prices: list[int]) -> bool:
    third = None  # best value for day k found so far (below some taller day j to its right)
    stack: list[int] = []  # prices seen so far, strictly decreasing from bottom to top
    for p in reversed(prices):
        if third is not None and p < third:
            return True
        while stack and stack[-1] < p:
            third = stack.pop()  # p can be day j for this popped day k; later pops are larger
        stack.append(p)
    return False
