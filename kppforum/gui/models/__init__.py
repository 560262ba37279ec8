"""Qt item models over the services (no SQL here: every read and write is a service call)."""


class Writing:
    """``with self.writing:`` around a model's own service call. The commit announces its
    Change while the call runs (``ctx.changed``); the model's screen sees ``model.writing`` true
    then and skips it: the model is already current, and no reset under an open editor."""

    def __init__(self) -> None:
        self.active = False

    def __enter__(self) -> None:
        self.active = True

    def __exit__(self, *exc: object) -> None:
        self.active = False

    def __bool__(self) -> bool:
        return self.active
