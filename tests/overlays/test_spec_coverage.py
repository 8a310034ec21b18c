"""Every operation in openapi.yaml has a client method (and every method names real operations).

The two token endpoints (tag ``oauth``) are the auth layer's, not a resource's: they are
covered by the credential classes that call them (``OAuthClientCredentials``,
``WorkloadIdentityCredentials``), each naming its operation in ``operation_id``.
"""

from __future__ import annotations

import spectools
from sdktools import declared_methods

from tailscale_sdk import OAuthClientCredentials, WorkloadIdentityCredentials

AUTH = (OAuthClientCredentials, WorkloadIdentityCredentials)


def covering(methods: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """operationId -> the client methods (or auth classes) that call it."""
    found: dict[str, list[str]] = {}
    for method, operation_ids in methods.items():
        for operation_id in operation_ids:
            found.setdefault(operation_id, []).append(f"ts.{method}")
    for credentials in AUTH:
        found.setdefault(credentials.operation_id, []).append(credentials.__name__)
    return found


def missing_operations(methods: dict[str, tuple[str, ...]]) -> list[str]:
    covered = covering(methods)
    return [
        f"{op.operation_id} ({op.label}, tag {','.join(op.tags)})"
        for op in spectools.operations()
        if op.operation_id not in covered
    ]


def test_every_spec_operation_has_a_method() -> None:
    missing = missing_operations(declared_methods())
    assert missing == [], "operations without a client method: " + "; ".join(missing)


def test_a_missing_method_is_reported() -> None:
    methods = {k: v for k, v in declared_methods().items() if k != "devices.get"}
    assert missing_operations(methods) == ["getDevice (GET /device/{deviceId}, tag devices)"]


def test_methods_name_only_operations_of_the_spec() -> None:
    known = {op.operation_id for op in spectools.operations()}
    assert sorted(set(covering(declared_methods())) - known) == []


def test_each_method_sits_in_the_module_of_its_tag() -> None:
    """Names are decided in the spec: tag `device-invites` -> resources/device_invites.py."""
    tag_of = {op.operation_id: op.tags[0] for op in spectools.operations()}
    for method, operation_ids in declared_methods().items():
        for operation_id in operation_ids:
            assert tag_of[operation_id].replace("-", "_") == method.split(".")[0], method


def test_the_count_adds_up() -> None:
    """95 operations: 93 through resource methods, the 2 token endpoints through auth."""
    operation_ids = {op.operation_id for op in spectools.operations()}
    by_methods = {op for ops in declared_methods().values() for op in ops}
    by_auth = {credentials.operation_id for credentials in AUTH}
    assert (len(operation_ids), len(by_methods), len(by_auth)) == (95, 93, 2)
    assert by_methods | by_auth == operation_ids and not by_methods & by_auth
    assert by_auth == {op.operation_id for op in spectools.operations() if op.tags == ("oauth",)}
