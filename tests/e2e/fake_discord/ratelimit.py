"""Optional rate limits: a rule answers 429 with Discord's body and headers once its bucket is spent."""

from __future__ import annotations

import math
import re
import secrets
import time
from dataclasses import dataclass, field


@dataclass
class RateLimitRule:
    """`limit` requests per `per` seconds on routes matching `method` and `path` (a regex on the API path)."""

    method: str
    path: str
    limit: int = 1
    per: float = 1.0
    is_global: bool = False
    scope: str = "user"
    bucket: str = field(default_factory=lambda: secrets.token_hex(16))
    count: int = 0
    reset_at: float = 0.0
    limited: int = 0  # how many requests were answered 429

    def matches(self, method: str, path: str) -> bool:
        """Return whether a request falls in this bucket."""
        return self.method in ("*", method) and re.fullmatch(self.path, path) is not None

    def take(self) -> tuple[bool, dict[str, str], float]:
        """Spend one request: return (allowed, headers, retry_after)."""
        now = time.time()
        if now >= self.reset_at:
            self.count, self.reset_at = 0, now + self.per
        reset_after = max(self.reset_at - now, 0.0)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Reset": f"{self.reset_at:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": self.bucket,
        }
        if self.count >= self.limit:
            self.limited += 1
            headers.update(
                {
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Scope": "global" if self.is_global else self.scope,
                    "Retry-After": str(math.ceil(reset_after)),
                    "Via": "1.1 google",
                }
            )
            if self.is_global:
                headers["X-RateLimit-Global"] = "true"
            return False, headers, reset_after
        self.count += 1
        headers["X-RateLimit-Remaining"] = str(self.limit - self.count)
        return True, headers, 0.0

    def body(self, retry_after: float) -> dict[str, object]:
        """Return the 429 body Discord sends."""
        return {
            "message": "You are being rate limited.",
            "retry_after": round(retry_after, 3),
            "global": self.is_global,
        }
