"""The one error every interface of secret-kb raises for bad input or a failed engine."""

from __future__ import annotations

from typing import Any


class KBError(Exception):
    """Something the knowledge base could not accept or answer.

    ``message`` says what is wrong in one line. For input errors, ``field``
    names the scenario field at fault, ``value`` the value given, and
    ``accepted`` the values that would have been accepted (empty when the
    field is not a vocabulary field). ``kind`` is the ISO error type
    reported by Prolog (``domain_error``, ``existence_error``,
    ``type_error``) or ``engine`` for a failure of the engine itself.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        value: Any = None,
        accepted: tuple[str, ...] = (),
        kind: str = "engine",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value
        self.accepted = tuple(accepted)
        self.kind = kind

    @classmethod
    def from_report(cls, report: dict[str, Any]) -> "KBError":
        """Build the error from the report the knowledge base returns as JSON."""
        return cls(
            report.get("message") or "invalid input",
            field=report.get("field"),
            value=report.get("value"),
            accepted=tuple(report.get("accepted") or ()),
            kind=report.get("type") or "error",
        )

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-ready data (the shape ``secret-kb batch`` writes)."""
        return {
            "type": self.kind,
            "field": self.field,
            "value": self.value,
            "accepted": list(self.accepted),
            "message": self.message,
        }
