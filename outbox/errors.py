"""Transport errors, by whose fault and whether retrying can help."""


class TransportError(Exception):
    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class NotConfigured(TransportError):
    """The channel has no settings yet; the entry waits."""
