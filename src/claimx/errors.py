"""One error family for claimx: every message says what went wrong, where, and the fix."""


class ClaimxError(Exception):
    """Base class of every error claimx raises on purpose."""


class InputError(ClaimxError):
    """An input document could not be read (missing, binary, undecodable, malformed)."""


class ResourceError(ClaimxError):
    """A packaged or user-supplied data file is invalid."""


class GoldError(ClaimxError):
    """A gold annotation file is invalid."""
