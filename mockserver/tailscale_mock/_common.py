"""What the tag modules share: API errors, the clock, seeded ids, records, ports between tags."""

from __future__ import annotations

import random
import re
import string
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

Record = dict[str, Any]
_ALNUM = string.ascii_letters + string.digits
_RELATIVE = re.compile(r"([+-])(\d+)([dhm])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
RESEND_INTERVAL = 60.0


class ApiError(Exception):
    """A request the API refuses: becomes `{"message": ..., "data": ...}` with `status`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.data = data
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message}
        if self.data is not None:
            body["data"] = self.data
        return body


def not_found(what: str = "not found") -> ApiError:
    return ApiError(404, what)


def rfc3339(moment: datetime) -> str:
    # isoformat, not strftime: strftime("%Y") does not zero-pad years before 1000.
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def wall_clock() -> str:
    """The current time, RFC 3339: what expiries and e-mail times are measured against."""
    return rfc3339(datetime.now(UTC))


class Clock:
    """A tailnet's clock: fixed when `now` is given (tests), else the current time.

    `seeded` is the moment the seed's relative times ("-5d") are measured from.
    """

    def __init__(self, now: datetime | None = None) -> None:
        self.seeded = (now or datetime.now(UTC)).replace(microsecond=0)
        self._fixed = now is not None

    def now(self) -> datetime:
        if self._fixed:
            return self.seeded
        return datetime.now(UTC).replace(microsecond=0)

    def at(self, relative: str) -> str:
        """A seed time: `-5d` is five days before `seeded`, `+30m` thirty minutes after it."""
        return rfc3339(self.seeded + self.offset(relative))

    @staticmethod
    def offset(relative: str) -> timedelta:
        match = _RELATIVE.fullmatch(relative)
        if match is None:
            raise ValueError(f"not a relative seed time (such as -5d or +30m): {relative!r}")
        sign, amount, unit = match.groups()
        delta = timedelta(**{_UNITS[unit]: int(amount)})
        return delta if sign == "+" else -delta


class Ids:
    """Deterministic ids, addresses and secrets for a seed, from two independent streams.

    `network` draws for devices, keys, invites and tokens; `admin` for webhooks, logs and
    integrations. Two streams, so that seeding or creating one kind leaves the others' ids
    as they were.
    """

    def __init__(self, seed: int) -> None:
        self.network = random.Random(seed)
        self.admin = random.Random(f"{seed}/admin")

    def network_id(self, length: int = 10) -> str:
        return _draw(self.network, length)

    def admin_id(self, length: int = 8) -> str:
        return _draw(self.admin, length)

    def admin_uuid(self) -> str:
        return str(uuid.UUID(int=self.admin.getrandbits(128), version=4))


def _draw(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALNUM) for _ in range(length))


class Events(Protocol):
    """Where tags report what happened (the webhooks tag delivers it to subscribers)."""

    def emit(self, event_type: str, message: str, data: Mapping[str, Any]) -> None: ...


class TagOwners(Protocol):
    """Which tags may be applied: those the policy file's `tagOwners` defines."""

    def check_tags(self, tags: Iterable[str]) -> None: ...


class Records(Mapping[str, Record]):
    """A tag's records by id, in creation order; `find` is the lookup that 404s."""

    missing = "not found"

    def __init__(self) -> None:
        self._records: dict[str, Record] = {}

    def __getitem__(self, record_id: str) -> Record:
        return self._records[record_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def find(self, record_id: str) -> Record:
        found = self._records.get(record_id)
        if found is None:
            raise not_found(self.missing)
        return found

    def delete(self, record_id: str) -> None:
        self.find(record_id)
        del self._records[record_id]


class Resends:
    """When each invite's e-mail was last sent: an invite can be resent once a minute."""

    def __init__(self) -> None:
        self._sent: dict[str, float] = {}

    def sent(self, invite_id: str) -> None:
        self._sent[invite_id] = time.monotonic()

    def resend(self, invite: Record) -> None:
        if not invite.get("email"):
            raise ApiError(400, "invite was not created with an email, so it cannot be resent")
        last = self._sent.get(invite["id"])
        now = time.monotonic()
        if last is not None and now - last < RESEND_INTERVAL:
            wait = max(1, int(RESEND_INTERVAL - (now - last) + 0.999))
            raise ApiError(
                429, "invites can be resent once a minute", headers={"Retry-After": str(wait)}
            )
        self._sent[invite["id"]] = now
        invite["lastEmailSentAt"] = wall_clock()
