"""The tailnet policy file (spec tag ``policy-file``): ``ts.policy_file``, alias ``ts.policy``.

The policy file is HuJSON: JSON with comments and trailing commas. :meth:`PolicyFile.get`
returns the text as stored (comments kept), its parsed form and its ETag; :meth:`PolicyFile.edit`
is a read-modify-write with ``If-Match`` that survives concurrent writers.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from functools import cached_property, partial
from types import TracebackType
from typing import Any, overload

import httpx
import json5
from merge3 import Merge3

from tailscale_sdk_generated.api.policy_file import (
    preview_policy_rule_matches,
    set_policy_file,
    validate_policy_file,
)
from tailscale_sdk_generated.models.policy_preview import PolicyPreview
from tailscale_sdk_generated.models.policy_test import PolicyTest
from tailscale_sdk_generated.models.policy_test_request import PolicyTestRequest
from tailscale_sdk_generated.models.policy_validation import PolicyValidation
from tailscale_sdk_generated.types import UNSET, File, path_segment

from .. import _validate as check
from .._core import (
    Async,
    AsyncRunner,
    Call,
    M,
    Raw,
    Resource,
    Sync,
    SyncRunner,
    call,
    operation,
)
from ..errors import PreconditionFailedError

__all__ = ["AsyncPolicyEdit", "PolicyDocument", "PolicyDraft", "PolicyEdit", "PolicyFile"]

_PREVIEW_FOR = check.rule("previewPolicyRuleMatches.previewFor")


class PolicyDocument:
    """One version of the policy file: ``text`` (HuJSON as stored), ``data`` and ``etag``."""

    def __init__(self, text: str, etag: str | None) -> None:
        self.text = text
        self.etag = etag

    @cached_property
    def data(self) -> dict[str, Any]:
        """The parsed policy file (comments dropped)."""
        return parse_hujson(self.text)

    def __repr__(self) -> str:
        return f"PolicyDocument(etag={self.etag!r}, {len(self.text)} characters)"


def parse_hujson(text: str) -> dict[str, Any]:
    """Parse HuJSON (JSON with comments and trailing commas) into a dict."""
    try:
        value = json5.loads(text)
    except ValueError as exc:
        raise ValueError(f"the policy file is not valid HuJSON: {exc}") from None
    if not isinstance(value, dict):
        raise ValueError(f"a policy file is a JSON object, not {type(value).__name__}")
    return value


def _as_text(policy: str | Mapping[str, Any] | PolicyDocument) -> str:
    if isinstance(policy, PolicyDocument):
        return policy.text
    if isinstance(policy, str):
        parse_hujson(policy)  # fail here, not with a 400 after a round trip
        return policy
    if isinstance(policy, Mapping):
        return json.dumps(policy, indent=2) + "\n"
    raise TypeError(f"policy must be HuJSON text or a mapping, not {type(policy).__name__}")


def _upload(text: str) -> File:
    return File(payload=io.BytesIO(text.encode()), mime_type="application/hujson")


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, indent=2) + "\n"


class PolicyDraft:
    """The policy file during :meth:`PolicyFile.edit`.

    Change ``text`` to keep comments and formatting, or change ``data`` (the file is then
    written back as plain JSON, without comments); not both.
    """

    def __init__(self, base: PolicyDocument) -> None:
        self.base = base
        self.text = base.text
        self.data: dict[str, Any] = parse_hujson(base.text)  # a copy of its own

    def __repr__(self) -> str:
        return f"PolicyDraft(etag={self.base.etag!r})"


class _Change:
    """What an edit changed, rendered so that it can be re-applied on a newer version."""

    def __init__(self, draft: PolicyDraft) -> None:
        text_changed = draft.text != draft.base.text
        data_changed = draft.data != draft.base.data
        if text_changed and data_changed:
            raise ValueError("change either the policy text or its data, not both")
        self.as_text = text_changed
        self.wanted = draft.text if text_changed else _dump(draft.data)
        self.changed = text_changed or data_changed

    def render(self, document: PolicyDocument) -> str:
        return document.text if self.as_text else _dump(document.data)


def _merge(base: str, ours: str, theirs: str) -> str | None:
    """Three-way merge of our edit onto their newer version; None on a conflict.

    Lines both sides inserted at the same place (and nothing else) are kept, theirs first:
    two people adding entries to one section is the common case, and HuJSON's trailing
    commas make such additions independent. The result must still parse.
    """
    merged: list[str] = []
    groups = Merge3(base.splitlines(True), ours.splitlines(True), theirs.splitlines(True))
    for kind, *lines in groups.merge_groups():
        if kind != "conflict":
            merged.extend(lines[0])
        elif not lines[0]:  # (base, ours, theirs): both only inserted
            merged.extend(lines[2])
            merged.extend(lines[1])
        else:
            return None
    text = "".join(merged)
    try:
        parse_hujson(text)
    except ValueError:
        return None
    return text


def _read(tailnet: str) -> Raw[PolicyDocument]:
    # The generated getPolicyFile expects JSON; this one call asks for HuJSON instead.
    def document(response: httpx.Response) -> PolicyDocument:
        return PolicyDocument(response.text, response.headers.get("ETag"))

    path = f"/tailnet/{path_segment(tailnet, 'tailnet')}/acl"
    return Raw("GET", path, {"Accept": "application/hujson"}, document)


def _write(tailnet: str, text: str, if_match: str | None) -> Call[PolicyDocument]:
    def document(parsed: None, response: httpx.Response) -> PolicyDocument:
        return PolicyDocument(text, response.headers.get("ETag"))

    send = partial(
        set_policy_file.sync_detailed,
        tailnet,
        body=_upload(text),
        if_match=UNSET if if_match is None else check.entity_tag(if_match, "if_match"),
    )
    # The document written is `text` itself: the body that echoes it is never read.
    return Call(send, document, parse=False)


class _Commit:
    """Writing an edit back: what to write over which ETag, and merging it onto newer versions."""

    def __init__(self, tailnet: str, draft: PolicyDraft, attempts: int) -> None:
        self.change = _Change(draft)
        self.tailnet, self.attempts, self.written = tailnet, attempts, 0
        self.base, self.ours = self.change.render(draft.base), self.change.wanted
        self.etag = draft.base.etag

    def write(self) -> Call[PolicyDocument]:
        self.written += 1
        return _write(self.tailnet, self.ours, self.etag)

    def reread(self, stale: PreconditionFailedError) -> Raw[PolicyDocument]:
        """After a 412: read the newer version, or raise ``stale`` when out of attempts."""
        if self.written == self.attempts:
            stale.add_note(f"the policy file kept changing; gave up after {self.attempts} writes")
            raise stale
        return _read(self.tailnet)

    def rebase(self, stale: PreconditionFailedError, newer: PolicyDocument) -> None:
        """Merge the edit onto ``newer``, or raise ``stale`` when they change the same lines."""
        theirs = self.change.render(newer)
        merged = _merge(self.base, self.ours, theirs)
        if merged is None:
            stale.add_note("the edit conflicts with a concurrent change to the same lines")
            raise stale
        self.base, self.ours, self.etag = theirs, merged, newer.etag


class PolicyEdit:
    """``with ts.policy.edit() as draft:`` read, change ``draft``, written back on exit.

    The write carries ``If-Match``. If someone else wrote in between (412), the file is read
    again and the change is merged onto it (a three-way merge of the text), up to
    ``attempts`` writes; a change that overlaps theirs raises
    :class:`~tailscale_sdk.errors.PreconditionFailedError`. ``result`` holds the version
    written (None if nothing changed). An exception inside the block writes nothing.
    """

    def __init__(self, runner: SyncRunner, tailnet: str, attempts: int) -> None:
        self._runner, self._tailnet, self._attempts = runner, tailnet, attempts
        self._draft: PolicyDraft | None = None
        self.result: PolicyDocument | None = None

    def __enter__(self) -> PolicyDraft:
        self._draft = PolicyDraft(self._runner.run(_read(self._tailnet)))
        return self._draft

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None and self._draft is not None:
            commit, run = _Commit(self._tailnet, self._draft, self._attempts), self._runner.run
            while commit.change.changed:
                try:
                    self.result = run(commit.write())
                    return
                except PreconditionFailedError as stale:
                    commit.rebase(stale, run(commit.reread(stale)))


class AsyncPolicyEdit:
    """``async with ts.policy.edit() as draft:``; see :class:`PolicyEdit`."""

    def __init__(self, runner: AsyncRunner, tailnet: str, attempts: int) -> None:
        self._runner, self._tailnet, self._attempts = runner, tailnet, attempts
        self._draft: PolicyDraft | None = None
        self.result: PolicyDocument | None = None

    async def __aenter__(self) -> PolicyDraft:
        self._draft = PolicyDraft(await self._runner.run(_read(self._tailnet)))
        return self._draft

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None and self._draft is not None:
            commit, run = _Commit(self._tailnet, self._draft, self._attempts), self._runner.run
            while commit.change.changed:
                try:
                    self.result = await run(commit.write())
                    return
                except PreconditionFailedError as stale:
                    commit.rebase(stale, await run(commit.reread(stale)))


def _tests(
    tests: Iterable[PolicyTestRequest | PolicyTest | Mapping[str, Any]],
) -> list[PolicyTestRequest]:
    # A PolicyTest (read from a policy file) is sent as the strict request twin of itself.
    items = [
        t if isinstance(t, PolicyTestRequest) else PolicyTestRequest.from_dict(_as_mapping(t))
        for t in tests
    ]
    if not items:
        raise ValueError("tests must not be empty")
    return items


def _as_mapping(test: PolicyTest | Mapping[str, Any]) -> Mapping[str, Any]:
    return test.to_dict() if isinstance(test, PolicyTest) else test


class PolicyFile(Resource[M]):
    """The tailnet policy file: access rules, groups, tags and tests."""

    @operation("getPolicyFile")
    def get(self, *, tailnet: str | None = None) -> Raw[PolicyDocument]:
        """Get the policy file: HuJSON text (comments kept), parsed ``data`` and ``etag``."""
        return _read(self._tailnet(tailnet))

    @operation("setPolicyFile")
    def set(
        self,
        policy: str | Mapping[str, Any] | PolicyDocument,
        *,
        if_match: str | None = None,
        tailnet: str | None = None,
    ) -> Call[PolicyDocument]:
        """Replace the policy file; ``if_match``: the ETag you read, or ``"ts-default"``.

        A bare tag is sent quoted (``abc`` as ``"abc"``); a quoted or weak (``W/"abc"``) one,
        and ``*``, as given.
        """
        return _write(self._tailnet(tailnet), _as_text(policy), if_match)

    @operation("validatePolicyFile")
    def validate(
        self,
        policy: str | Mapping[str, Any] | PolicyDocument | None = None,
        *,
        tests: Iterable[PolicyTestRequest | PolicyTest | Mapping[str, Any]] | None = None,
        tailnet: str | None = None,
    ) -> Call[PolicyValidation]:
        """Check a candidate policy file, or run ``tests`` on the stored one (changes nothing)."""
        body: list[PolicyTestRequest] | File
        if tests is not None and policy is None:
            body = _tests(tests)
        elif policy is not None and tests is None:
            body = _upload(_as_text(policy))
        else:
            raise ValueError("pass either a policy file or tests, not both or neither")
        return call(partial(validate_policy_file.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("previewPolicyRuleMatches")
    def preview(
        self,
        policy: str | Mapping[str, Any] | PolicyDocument,
        *,
        user: str | None = None,
        ip_port: str | None = None,
        tailnet: str | None = None,
    ) -> Call[PolicyPreview]:
        """Show which rules of ``policy`` apply to a ``user`` or to an ``ip_port`` destination."""
        if (user is None) == (ip_port is None):
            raise ValueError("pass exactly one of user= and ip_port=")
        send = partial(
            preview_policy_rule_matches.sync_detailed,
            self._tailnet(tailnet),
            body=_upload(_as_text(policy)),
            type_="user" if user is not None else "ipport",
            preview_for=check.conform(
                check.text(user if user is not None else ip_port, "preview_for"),
                _PREVIEW_FOR,
                "preview_for",
            ),
        )
        return call(send)

    @overload
    def edit(
        self: PolicyFile[Sync], *, attempts: int = 5, tailnet: str | None = None
    ) -> PolicyEdit: ...
    @overload
    def edit(
        self: PolicyFile[Async], *, attempts: int = 5, tailnet: str | None = None
    ) -> AsyncPolicyEdit: ...
    def edit(
        self, *, attempts: int = 5, tailnet: str | None = None
    ) -> PolicyEdit | AsyncPolicyEdit:
        """Read, change and write back the policy file safely (``with``/``async with``)."""
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise ValueError(f"attempts must be a positive int, not {attempts!r}")
        runner = self._runner
        if isinstance(runner, AsyncRunner):
            return AsyncPolicyEdit(runner, self._tailnet(tailnet), attempts)
        return PolicyEdit(runner, self._tailnet(tailnet), attempts)
