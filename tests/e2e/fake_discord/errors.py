"""Discord's error responses: JSON error codes and the nested `errors` shape of 50035 Invalid Form Body."""

from __future__ import annotations

from typing import Any


class DiscordError(Exception):
    """An HTTP error answered the way Discord answers it."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        """Return the JSON body Discord sends."""
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


def not_found(code: int, what: str) -> DiscordError:
    """Return 404 Unknown <what> (10003 channel, 10008 message, …)."""
    return DiscordError(404, code, f"Unknown {what}")


UNAUTHORIZED = DiscordError(401, 0, "401: Unauthorized")
UNKNOWN_ROUTE = DiscordError(404, 0, "404: Not Found")
MISSING_ACCESS = DiscordError(403, 50001, "Missing Access")


def missing_permissions() -> DiscordError:
    """Return 403 50013 Missing Permissions."""
    return DiscordError(403, 50013, "Missing Permissions")


def unknown_interaction() -> DiscordError:
    """Return 404 10062: the interaction token expired (not acknowledged within 3 s) or never existed."""
    return DiscordError(404, 10062, "Unknown interaction")


def already_acknowledged() -> DiscordError:
    """Return 400 40060: a second response to one interaction."""
    return DiscordError(400, 40060, "Interaction has already been acknowledged.")


class FormErrors:
    """Collects field errors into Discord's nested shape: {"embeds": {"0": {"title": {"_errors": [...]}}}}."""

    def __init__(self) -> None:
        self.tree: dict[str, Any] = {}

    def add(self, path: tuple[str | int, ...], code: str, message: str) -> None:
        """Record an error at a field path like ("embeds", 0, "title")."""
        node = self.tree
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_length(self, path: tuple[str | int, ...], limit: int) -> None:
        """Record Discord's "Must be N or fewer in length." error."""
        self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def bad_length(self, path: tuple[str | int, ...], low: int, high: int) -> None:
        """Record Discord's "Must be between A and B in length." error."""
        self.add(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")

    def required(self, path: tuple[str | int, ...]) -> None:
        """Record Discord's "This field is required" error."""
        self.add(path, "BASE_TYPE_REQUIRED", "This field is required")

    def __bool__(self) -> bool:
        return bool(self.tree)

    def raise_if_any(self) -> None:
        """Raise 400 50035 Invalid Form Body if any error was recorded."""
        if self.tree:
            raise DiscordError(400, 50035, "Invalid Form Body", self.tree)
