"""A fake Discord for end-to-end tests: REST under /api/v10 and a gateway websocket, served on 127.0.0.1."""

from .errors import DiscordError
from .harness import Harness
from .human import Human
from .interactions import InteractionRecord
from .models import Channel, Message, User
from .process import BotProcess, LogRecord
from .ratelimit import RateLimitRule
from .rest import Call
from .server import FakeDiscord

__all__ = [
    "BotProcess",
    "Call",
    "Channel",
    "DiscordError",
    "FakeDiscord",
    "Harness",
    "Human",
    "InteractionRecord",
    "LogRecord",
    "Message",
    "RateLimitRule",
    "User",
]
