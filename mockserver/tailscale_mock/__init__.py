"""A stateful mock of the Tailscale API v2, driven and validated by openapi.yaml.

Run it as a process with ``python -m tailscale_mock --port 8080``, or in-process::

    app = create_app()                       # the demo tailnet, MockTailnet(seed=0)
    httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1/api/v2")
    httpx.Client(transport=sync_transport(app), base_url="http://127.0.0.1/api/v2")
    with MockServer(app) as base_url: ...    # uvicorn on 127.0.0.1, a free port

Requests authenticate with ``DEMO_API_KEY`` (bearer, or basic with the key as user name)
or with an access token: from ``POST /oauth/token`` with the demo client
(``DEMO_OAUTH_CLIENT_ID``, scope ``all``), with the scoped OAuth client among the demo
keys (``DEMO_SCOPED_CLIENT_ID``) or with any OAuth client made through ``createKey``; or
from ``POST /oauth/token-exchange`` with the demo federated identity
(``DEMO_FEDERATED_CLIENT_ID``) and an ID token from ``make_test_id_token()``. The token
exchange checks an ID token's claims (``iss``, ``sub``, ``aud``, ``exp``, ``nbf``, custom
claims), never its signature: test tokens are unsigned JWTs (``alg: none``).

Replies are Go-shaped by default, as the real server (written in Go) sends them: empty
lists, maps and absent objects as ``null``, some empty fields left out, Go's times (``Z``,
nanoseconds on some, the zero time for some unknown ones), bodiless successes with no body,
``{}`` or ``null``; seeded by the tailnet's seed (``_gostyle.py``). ``create_app(go_style=False)``
(``--tidy`` on the command line; ``app.state.go_style`` switches it at any time) sends the
handlers' tidy replies: ``[]``, ``{}``, every field, times as stored.

The demo organization (``DEMO_ORGANIZATION_ID``) holds the demo tailnet and four API-only
tailnets, listed two per page. ``createOrganizationTailnet`` serves a new API-only tailnet
with an OAuth client; ``deleteTailnet`` deletes one with a token of that tailnet (the
organization's own tailnet cannot be deleted: 403).

How the mock is organised
-------------------------
A request goes through ``_app.py``: route by the spec (``_spec.py``), authenticate, validate
the request, resolve the tailnet, call the operation's handler with the state of the
operation's tag in that tailnet, shape the reply as Go would (``_gostyle.py``, driven by the
operation's response schema, so no handler does it itself), validate the response.

* ``_state.py``: ``Tailnets`` (``app.state.tailnets``) holds every tailnet served and its
  credentials (``_access.py``). A credential belongs to one tailnet; ``Tailnets.resolve``
  turns a path's ``{tailnet}`` (``-``, a name or an id) or, for paths without one, the
  caller's credential into the tailnet the request acts on, and is the one place that
  decides who may act on which tailnet (a 404 otherwise). ``MockTailnet`` is one tailnet: an
  attribute per spec tag holds that tag's state (``tailnet.devices``, ``tailnet.dns``, ...).
* ``tags/<tag>.py`` (the tag in snake_case, like the SDK's ``resources/<tag>.py``): the
  tag's state class and the handlers of its operations. Everything an operation does is
  there. Tags that act on each other receive each other in their constructor, through small
  interfaces: ``Events`` (webhooks deliver what devices, users and the policy file emit),
  ``TagOwners`` (the policy file vets devices' and keys' tags), ``Devices.on_delete``
  (a deleted device's invites go), ``OwnedDevices`` (deleting a user deletes their devices).
  ``Services`` reads devices and the policy file's ``autoApprovers``. The token endpoints,
  which have no caller, work on the ``Tailnets`` (``TokenIssuer``: OAuth clients and
  federated identities of every tailnet); an ``Organization`` is shared by its tailnets
  (``tailnet.organizations`` is the tailnet's ``Membership``) and creates and deletes served
  tailnets through the ``Tailnets`` (``TailnetHost``).
* ``seed/demo.yaml`` and ``seed/policy.hujson``: the demo tailnet as data, a section per tag.
  Ids, addresses and secrets are drawn from ``MockTailnet(seed=...)`` in entry order (see the
  file's header); times are relative to ``now``.
* ``seed/api-only.yaml``: a tailnet without people or devices, for ``createOrganizationTailnet``.
* ``_oidc.py`` (test ID tokens, the token exchange's claim checks), ``tags/_posture.py``
  (posture attributes, part of tag ``devices``).
* ``_common.py`` (errors, clock, ids, ``Records``), ``_operations.py`` (``Context``,
  ``Reply``, the handler registry), ``_policy.py`` (HuJSON and rule semantics),
  ``_webhooks.py`` (signatures), ``_faults.py`` (injected failures), ``_server.py``.

Adding an operation
-------------------
1. Add it to openapi.yaml; the route exists at once, and the app refuses to start until the
   operation has a handler.
2. In ``tags/<tag>.py``, write ``def handler(ctx: Context, state: <TagState>) -> Reply``
   decorated with ``@handles("<operationId>")``. ``state`` is ``tailnet.<tag>`` of the
   tailnet the request acts on, already resolved and locked (never resolve ``{tailnet}``
   yourself); ``ctx`` holds the caller, path, query and body. Return a ``Reply`` or raise
   ``ApiError``. Keep the logic in the tag's state class, so that tests and other tags can
   use it.
3. New state goes in the tag's state class; its seed goes in the tag's section of
   ``seed/demo.yaml``, read in ``MockTailnet.__init__``. A new tag is a new module, listed in
   ``tags/__init__.py``, and an attribute of ``MockTailnet`` named after the tag.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._access import Principal
    from ._app import RequestRecord, create_app
    from ._common import ApiError
    from ._faults import Faults
    from ._oidc import (
        DEMO_OIDC_AUDIENCE,
        DEMO_OIDC_CLAIMS,
        DEMO_OIDC_ISSUER,
        DEMO_OIDC_SUBJECT,
        make_test_id_token,
    )
    from ._server import MockServer, SyncASGITransport, sync_transport
    from ._spec import routed_operation_ids, spec_path
    from ._state import (
        DEMO_API_KEY,
        DEMO_FEDERATED_CLIENT_ID,
        DEMO_OAUTH_CLIENT_ID,
        DEMO_OAUTH_CLIENT_SECRET,
        DEMO_ORGANIZATION_ID,
        DEMO_SCOPED_CLIENT_ID,
        DEMO_SCOPED_CLIENT_SECRET,
        DEMO_TAILNET,
        MockTailnet,
        Tailnets,
    )
    from ._webhooks import WEBHOOK_SIGNATURE_HEADER, WebhookDelivery, sign_webhook

# Public name -> the module defining it. Imported on first use (PEP 562), so that
# `import tailscale_mock` stays cheap: the pytest plugin (`tailscale_mock.pytest_plugin`) loads
# in every pytest run of everyone who installed the SDK, with or without the [mock] extra.
_EXPORTS = {
    "Principal": "_access",
    "RequestRecord": "_app",
    "create_app": "_app",
    "ApiError": "_common",
    "Faults": "_faults",
    "DEMO_OIDC_AUDIENCE": "_oidc",
    "DEMO_OIDC_CLAIMS": "_oidc",
    "DEMO_OIDC_ISSUER": "_oidc",
    "DEMO_OIDC_SUBJECT": "_oidc",
    "make_test_id_token": "_oidc",
    "MockServer": "_server",
    "SyncASGITransport": "_server",
    "sync_transport": "_server",
    "routed_operation_ids": "_spec",
    "spec_path": "_spec",
    "DEMO_API_KEY": "_state",
    "DEMO_FEDERATED_CLIENT_ID": "_state",
    "DEMO_OAUTH_CLIENT_ID": "_state",
    "DEMO_OAUTH_CLIENT_SECRET": "_state",
    "DEMO_ORGANIZATION_ID": "_state",
    "DEMO_SCOPED_CLIENT_ID": "_state",
    "DEMO_SCOPED_CLIENT_SECRET": "_state",
    "DEMO_TAILNET": "_state",
    "MockTailnet": "_state",
    "Tailnets": "_state",
    "WEBHOOK_SIGNATURE_HEADER": "_webhooks",
    "WebhookDelivery": "_webhooks",
    "sign_webhook": "_webhooks",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # First: without the [mock] extra this ends in one line naming the install command.
    importlib.import_module("._server", __name__)
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = [
    "DEMO_API_KEY",
    "DEMO_FEDERATED_CLIENT_ID",
    "DEMO_OAUTH_CLIENT_ID",
    "DEMO_OAUTH_CLIENT_SECRET",
    "DEMO_OIDC_AUDIENCE",
    "DEMO_OIDC_CLAIMS",
    "DEMO_OIDC_ISSUER",
    "DEMO_OIDC_SUBJECT",
    "DEMO_ORGANIZATION_ID",
    "DEMO_SCOPED_CLIENT_ID",
    "DEMO_SCOPED_CLIENT_SECRET",
    "DEMO_TAILNET",
    "WEBHOOK_SIGNATURE_HEADER",
    "ApiError",
    "Faults",
    "MockServer",
    "MockTailnet",
    "Principal",
    "RequestRecord",
    "SyncASGITransport",
    "Tailnets",
    "WebhookDelivery",
    "create_app",
    "make_test_id_token",
    "routed_operation_ids",
    "sign_webhook",
    "spec_path",
    "sync_transport",
]
