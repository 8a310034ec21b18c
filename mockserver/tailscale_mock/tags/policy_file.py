"""Tag `policy-file`: the tailnet's HuJSON policy file, its previews and its tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import _policy
from .._common import ApiError, Events
from .._operations import Context, Reply, handles
from .._spec import HUJSON, schema_validator


class PolicyFile(_policy.PolicyFile):
    """The policy file, kept verbatim; other tags check tags against its `tagOwners`."""

    def __init__(self, text: str, *, events: Events) -> None:
        super().__init__(text)
        self._events = events

    def write(self, text: str, parsed: dict[str, Any]) -> None:
        """Replace the policy file (webhooks get `policyUpdate`)."""
        self.replace(text, parsed)
        self._events.emit("policyUpdate", "the policy file was changed", {"newPolicy": self.etag})

    def check_tags(self, tags: Iterable[str]) -> None:
        owners = _policy.tag_owners(self.parsed)
        bad = [t for t in tags if t not in owners]
        if bad:
            raise ApiError(400, f"requested tags [{' '.join(bad)}] are invalid or not permitted")


def _body(ctx: Context) -> tuple[str, Any]:
    """The request body as (text, parsed value); HuJSON is parsed here, JSON was checked."""
    text = ctx.text()
    if ctx.content_type == HUJSON:
        try:
            return text, _policy.parse_hujson(text)
        except _policy.PolicyError as exc:
            raise ApiError(400, str(exc)) from None
    return text, ctx.json()


def _policy_object(ctx: Context) -> tuple[str, dict[str, Any]]:
    text, parsed = _body(ctx)
    if ctx.content_type == HUJSON:
        if not isinstance(parsed, dict):
            raise ApiError(400, "policy file must be a JSON object")
        _check_schema(parsed, "PolicyFile")
    return text, parsed


def _check_schema(parsed: Any, component: str) -> None:
    """Hold a parsed HuJSON body to the schema its JSON twin is validated against."""
    errors = list(schema_validator(component).iter_errors(parsed))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise ApiError(400, f"invalid HuJSON body at {where}: {first.message}")


def _if_match(header: str, policy: PolicyFile) -> bool:
    """Whether `If-Match` lets the write through (RFC 9110 13.1.1, strong comparison).

    `*` matches whatever policy file there is (the tailnet always has one); otherwise any
    entity tag of the comma-separated list must be the current one, or `"ts-default"` while
    the file is still the untouched default. A bare tag is taken as if it were quoted.
    """
    if header.strip() == "*":
        return True
    for candidate in header.split(","):
        tag = candidate.strip().strip('"')
        if tag == "ts-default" and policy.is_default:
            return True
        if tag != "ts-default" and f'"{tag}"' == policy.etag:
            return True
    return False


def _reply(ctx: Context, policy: PolicyFile) -> Reply:
    headers = {"ETag": policy.etag}
    if ctx.wants_json():
        return Reply(body=policy.parsed, headers=headers, verbatim=True)
    return Reply(text=policy.text, media_type=HUJSON, headers=headers)


# ---------------------------------------------------------------------- handlers


@handles("getPolicyFile")
def get_policy_file(ctx: Context, policy: PolicyFile) -> Reply:
    if ctx.query.get("details") == "1":
        return Reply(body=policy.details(), headers={"ETag": policy.etag})
    return _reply(ctx, policy)


@handles("setPolicyFile")
def set_policy_file(ctx: Context, policy: PolicyFile) -> Reply:
    text, parsed = _policy_object(ctx)  # a broken body is a 400 whatever If-Match says
    if_match = ctx.headers.get("if-match")
    if if_match is not None and not _if_match(if_match, policy):
        raise ApiError(412, "precondition failed, invalid old hash")
    failures = _policy.run_tests(parsed, _policy.policy_tests(parsed))
    if failures:
        raise ApiError(400, "test(s) failed", data=failures)
    policy.write(text, parsed)
    return _reply(ctx, policy)


@handles("previewPolicyRuleMatches")
def preview_policy_rule_matches(ctx: Context, _: PolicyFile) -> Reply:
    text, parsed = _policy_object(ctx)
    kind, target = ctx.query["type"], ctx.query["previewFor"]
    matches = _policy.preview(parsed, text, kind, target)
    return Reply(body={"matches": matches, "type": kind, "previewFor": target})


@handles("validatePolicyFile")
def validate_policy_file(ctx: Context, policy: PolicyFile) -> Reply:
    _, parsed = _body(ctx)
    if ctx.content_type == HUJSON:
        _check_schema(parsed, "PolicyValidateRequest")
    if isinstance(parsed, list):
        rules, tests = policy.parsed, parsed
    else:
        rules, tests = parsed, _policy.policy_tests(parsed)
    failures = _policy.run_tests(rules, tests)
    return Reply(body={"message": "test(s) failed", "data": failures} if failures else {})
