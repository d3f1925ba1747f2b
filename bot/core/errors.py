"""Typed domain errors; one handler turns them into friendly ephemeral replies."""


class UserFacingError(Exception):
    """An error whose message is safe and useful to show the member who caused it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
