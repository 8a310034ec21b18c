"""The tailnet policy file: HuJSON text kept verbatim, plus the mock's rule and test semantics.

Parsing uses `json5`: HuJSON (JSON with comments and trailing commas) is a subset of
JSON5, and `json5` is a small, pure-Python, long-maintained parser with precise error
positions. (It also accepts the few JSON5 extras HuJSON lacks, such as single quotes; the
mock is lenient there.)

Rule semantics (a deliberately small model of Tailscale's, enough for previews and tests):

* A rule (`acls` entry) has sources `src` (legacy `users`) and destinations `dst`
  (legacy `ports`), each destination `target:ports`.
* A source entry matches a test source when it is `*`, equal to it, a group holding it,
  `autogroup:member` for a login name (anything with `@`), or, after resolving `hosts`
  aliases on both sides, an IP prefix containing it.
* A destination `target:ports` matches `host:port` when the target is `*`, equal to the
  host, or (after resolving aliases) an IP prefix containing it; and the ports are `*`, or a
  comma list of ports and `low-high` ranges containing the port.
* A test passes when each `accept` (legacy `allow`) destination is matched by some rule
  matching its `src`, and no `deny` destination is.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any

import json5

ACCEPT_KEYS = ("accept", "allow")


class PolicyError(ValueError):
    """The policy text does not parse, or is not a policy object."""


def parse_hujson(text: str) -> Any:
    """Parse HuJSON (or JSON) text; raise `PolicyError` with the parser's position."""
    try:
        value = json5.loads(text)
    except ValueError as exc:
        raise PolicyError(f"invalid HuJSON: {exc}") from None
    except RecursionError:
        raise PolicyError("invalid HuJSON: nested too deeply") from None
    return _join_surrogates(value) if _SURROGATE.search(text) or "\\u" in text else value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _join_surrogates(value: Any) -> Any:
    # json5 decodes an escaped pair such as "\ud83d\ude00" to two lone surrogates, where
    # JSON means one character; re-encoding through UTF-16 joins each pair.
    if isinstance(value, str):
        if _SURROGATE.search(value):
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
        return value
    if isinstance(value, list):
        return [_join_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_join_surrogates(k): _join_surrogates(v) for k, v in value.items()}
    return value


def etag_of(text: str) -> str:
    """The quoted ETag of a policy text (sha256, like the real API's 64 hex digits)."""
    return '"' + hashlib.sha256(text.encode("utf-8")).hexdigest() + '"'


@dataclass
class PolicyFile:
    """Stored HuJSON text; `is_default` stays true until the first successful write."""

    text: str
    is_default: bool = True
    _parsed: dict[str, Any] | None = field(default=None, repr=False)
    _etag: str | None = field(default=None, repr=False)

    @property
    def etag(self) -> str:
        if self._etag is None:
            self._etag = etag_of(self.text)
        return self._etag

    @property
    def parsed(self) -> dict[str, Any]:
        if self._parsed is None:
            value = parse_hujson(self.text)
            if not isinstance(value, dict):
                raise PolicyError("policy file must be a JSON object")
            self._parsed = value
        return self._parsed

    def replace(self, text: str, parsed: dict[str, Any]) -> None:
        self.text = text
        self._parsed = parsed
        self._etag = None
        self.is_default = False

    def details(self) -> dict[str, Any]:
        """The `details=1` view: base64 text, warnings and errors."""
        return {
            "acl": base64.b64encode(self.text.encode("utf-8")).decode("ascii"),
            "warnings": warnings_of(self.parsed),
            "errors": None,
        }


def warnings_of(policy: dict[str, Any]) -> list[str] | None:
    """Warnings for syntactically valid but odd content: empty groups, for now."""
    found = [f'"{name}": group has no members' for name, v in _groups(policy).items() if not v]
    return found or None


def _groups(policy: dict[str, Any]) -> dict[str, list[str]]:
    groups = policy.get("groups")
    return groups if isinstance(groups, dict) else {}


def _hosts(policy: dict[str, Any]) -> dict[str, str]:
    hosts = policy.get("hosts")
    return hosts if isinstance(hosts, dict) else {}


def _rules(policy: dict[str, Any]) -> list[dict[str, Any]]:
    rules = policy.get("acls")
    return [r for r in rules if isinstance(r, dict)] if isinstance(rules, list) else []


def _sources(rule: dict[str, Any]) -> list[str]:
    value = rule.get("src", rule.get("users", []))
    return [s for s in value if isinstance(s, str)] if isinstance(value, list) else []


def _destinations(rule: dict[str, Any]) -> list[str]:
    value = rule.get("dst", rule.get("ports", []))
    return [d for d in value if isinstance(d, str)] if isinstance(value, list) else []


def _network(
    value: str, hosts: dict[str, str]
) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    value = hosts.get(value, value)
    try:
        return ipaddress.ip_network(value, strict=False)
    except ValueError:
        return None


def _source_matches(entry: str, src: str, policy: dict[str, Any]) -> bool:
    if entry in ("*", src):
        return True
    if entry.startswith("group:"):
        return src in _groups(policy).get(entry, [])
    if entry == "autogroup:member":
        return "@" in src
    hosts = _hosts(policy)
    want, have = _network(entry, hosts), _network(src, hosts)
    if want is None or have is None or want.version != have.version:
        return False
    return have.subnet_of(want)  # type: ignore[arg-type]


def _split_host_port(value: str) -> tuple[str, str] | None:
    host, sep, port = value.rpartition(":")
    return (host, port) if sep and host else None


def _port_matches(spec: str, port: str) -> bool:
    if spec == "*":
        return True
    if not port.isdigit():
        return False
    number = int(port)
    for part in spec.split(","):
        low, _, high = part.partition("-")
        if low.isdigit() and (high or low).isdigit() and int(low) <= number <= int(high or low):
            return True
    return False


def _destination_matches(entry: str, dest: str, policy: dict[str, Any]) -> bool:
    want, have = _split_host_port(entry), _split_host_port(dest)
    if want is None or have is None or not _port_matches(want[1], have[1]):
        return False
    if want[0] in ("*", have[0]):
        return True
    hosts = _hosts(policy)
    net, addr = _network(want[0], hosts), _network(have[0], hosts)
    if net is None or addr is None or net.version != addr.version:
        return False
    return addr.subnet_of(net)  # type: ignore[arg-type]


def allows(policy: dict[str, Any], src: str, dest: str) -> bool:
    """Whether some rule lets `src` reach `dest` (`host:port`)."""
    return any(
        any(_source_matches(s, src, policy) for s in _sources(rule))
        and any(_destination_matches(d, dest, policy) for d in _destinations(rule))
        for rule in _rules(policy)
    )


def run_tests(policy: dict[str, Any], tests: list[Any]) -> list[dict[str, Any]]:
    """Failures as `PolicyTestResult` objects (empty when every test passes)."""
    results: list[dict[str, Any]] = []
    for test in tests:
        if not isinstance(test, dict) or not isinstance(test.get("src"), str):
            continue
        src = test["src"]
        errors = []
        for key in ACCEPT_KEYS:
            for dest in _strings(test.get(key)):
                if not allows(policy, src, dest):
                    errors.append(f'address "{dest}": want: Accept, got: Drop')
        for dest in _strings(test.get("deny")):
            if allows(policy, src, dest):
                errors.append(f'address "{dest}": want: Drop, got: Accept')
        if errors:
            results.append({"user": src, "errors": errors})
    return results


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def policy_tests(policy: dict[str, Any]) -> list[Any]:
    tests = policy.get("tests")
    return tests if isinstance(tests, list) else []


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/|[{}\[\],:]|[^\s{}\[\],:"/]+|/', re.S)


def rule_lines(text: str) -> list[int]:
    """1-based line of each object in the top-level `acls` array, in order.

    A small tokenizer suffices: strings and comments are skipped whole, so only the
    structure of the HuJSON text is seen.
    """
    lines: list[int] = []
    depth = 0
    acls_depth: int | None = None
    expect_acls = False
    last_key: str | None = None
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok.startswith(("//", "/*")):
            continue
        if tok in "{[":
            if acls_depth is not None and depth == acls_depth and tok == "{":
                lines.append(text.count("\n", 0, m.start()) + 1)
            if expect_acls and tok == "[":
                acls_depth = depth + 1
            expect_acls = False
            depth += 1
        elif tok in "}]":
            depth -= 1
            if acls_depth is not None and depth < acls_depth:
                acls_depth = None
        elif tok == ":":
            expect_acls = depth == 1 and last_key == "acls"
        elif tok.startswith('"'):
            last_key = tok[1:-1]
        else:
            last_key = tok if depth == 1 else None
    return lines


def preview(policy: dict[str, Any], text: str, kind: str, target: str) -> list[dict[str, Any]]:
    """Rules that apply to a user (`kind == "user"`) or an `ip:port` (`"ipport"`)."""
    lines = rule_lines(text)
    matches = []
    for index, rule in enumerate(_rules(policy)):
        if kind == "user":
            hit = any(_source_matches(s, target, policy) for s in _sources(rule))
        else:
            hit = any(_destination_matches(d, target, policy) for d in _destinations(rule))
        if hit:
            match: dict[str, Any] = {"users": _sources(rule), "ports": _destinations(rule)}
            if index < len(lines):
                match["lineNumber"] = lines[index]
            matches.append(match)
    return matches


def tag_owners(policy: dict[str, Any]) -> dict[str, Any]:
    owners = policy.get("tagOwners")
    return owners if isinstance(owners, dict) else {}
