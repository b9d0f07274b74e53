"""Errors the library raises; the CLI turns each into one plain sentence and exit 2."""


class CheckerError(Exception):
    """A problem the user can fix: bad input, bad configuration, an unusable store.

    The message is one plain sentence naming the file (and line, for sources.yaml)
    and what to do. The CLI prints it as it is and exits with code 2.
    """


class InputError(CheckerError):
    """The article to check cannot be read or is not text."""


class SourcesError(CheckerError):
    """sources.yaml is missing, malformed or names something that does not exist."""


class StoreError(CheckerError):
    """The SQLite store cannot be opened or is from a newer version."""


class FetchError(CheckerError):
    """A page could not be fetched or is not usable text."""
