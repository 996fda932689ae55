"""The exception hierarchy: every message says what went wrong with which input."""


class WirecheckError(Exception):
    """Base class of every error wirecheck raises on purpose."""


class InputRejected(WirecheckError):
    """One input cannot become an article; the run goes on and the report lists it."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class UsageError(WirecheckError):
    """The request itself is wrong (no inputs, unknown format): nothing can be done."""
