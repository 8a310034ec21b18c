"""Every fenced code block of README.md runs against the mock and does what it shows.

Each block is found by its section (the heading above it) and its place there, and has a
check in ``CHECKS``: Python blocks run as written on a fresh demo tailnet, reached the way the
README says (its ``TAILSCALE_*`` variables, with the test server's port), and the check asserts
the change they made; shell blocks run when cheap and safe, otherwise their make targets must
exist. A block without a check, or a check without its block, fails.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, MockServer, MockTailnet, create_app
from tailscale_sdk import Tailscale

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\S*)\s*$")
HEADING = re.compile(r"^#+ (?P<title>.+?)\s*$")
# Fences this parser does not read: a block behind one would go unchecked.
OTHER_FENCE = re.compile(r"^ *(~~~|````)")


@dataclass(frozen=True)
class Block:
    """One fenced code block: its section, its place in that section, language and code."""

    section: str
    index: int
    lang: str
    code: str
    line: int  # of the opening fence, 1-based

    @property
    def key(self) -> tuple[str, int]:
        return (self.section, self.index)

    def __str__(self) -> str:
        return f"README.md:{self.line} ({self.section!r} #{self.index}, {self.lang or 'no lang'})"


def readme_blocks(text: str) -> list[Block]:
    """Every fenced block of ``text`` (indented ones in list items too), dedented."""
    blocks: list[Block] = []
    section, counts = "", dict[str, int]()
    lines = text.splitlines()
    number = 0
    while number < len(lines):
        fence = FENCE.match(lines[number])
        heading = HEADING.match(lines[number])
        if OTHER_FENCE.match(lines[number]):
            raise AssertionError(f"README.md:{number + 1}: fence with ~~~ or ````; use ```")
        if heading:
            section = heading["title"]
        elif fence:
            end = number + 1
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            if end == len(lines):
                raise AssertionError(f"README.md:{number + 1}: the code block is never closed")
            code = textwrap.dedent("\n".join(lines[number + 1 : end]) + "\n")
            index = counts.get(section, 0)
            counts[section] = index + 1
            blocks.append(Block(section, index, fence["lang"], code, number + 1))
            number = end
        number += 1
    return blocks


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


@dataclass
class Mock:
    """A fresh demo tailnet served on loopback, and a client of the test's own on it."""

    app: Starlette
    tailnet: MockTailnet
    base_url: str
    check: Tailscale

    def operations(self) -> list[tuple[str | None, int]]:
        return [(record.operation_id, record.status) for record in self.app.state.log]


Check = Callable[[Block, Mock, pytest.FixtureRequest], None]


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mock]:
    tailnet = MockTailnet()
    app = create_app(tailnet)
    with MockServer(app) as base_url, Tailscale(api_key=DEMO_API_KEY, base_url=base_url) as check:
        for var in [v for v in os.environ if v.startswith("TAILSCALE_")]:
            monkeypatch.delenv(var)
        # The README's own variables; only the port is the test server's.
        monkeypatch.setenv("TAILSCALE_API_KEY", readme_environment()["TAILSCALE_API_KEY"])
        monkeypatch.setenv("TAILSCALE_BASE_URL", base_url)
        yield Mock(app, tailnet, base_url, check)


def run(block: Block, namespace: dict[str, Any] | None = None) -> tuple[dict[str, Any], str]:
    """Execute a Python block as written; its globals afterwards and what it printed."""
    assert block.lang == "python", f"{block} is not a Python block"
    namespace = {"__name__": "readme"} if namespace is None else namespace
    # Padded so that a traceback points at the README's own line numbers.
    code = compile("\n" * block.line + block.code, str(README), "exec")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, namespace)
    return namespace, out.getvalue()


def run_with_ts(block: Block) -> tuple[dict[str, Any], str]:
    """A block that goes on with ``ts``, "a client made as above" (the README says so)."""
    with Tailscale.from_env() as ts:
        return run(block, {"__name__": "readme", "ts": ts})


def commands(block: Block) -> list[list[str]]:
    """The shell commands of a block, one per line, comments and blank lines left out."""
    found = []
    for line in block.code.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            found.append(words)
    return found


def make(*args: str) -> subprocess.CompletedProcess[str]:
    """Make in the repository, free of the settings of a ``make check`` running these tests."""
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@cache
def make_targets() -> frozenset[str]:
    """The targets ``make help`` lists."""
    done = make("help")
    assert done.returncode == 0, done.stderr
    return frozenset(m[1] for m in re.finditer(r"^  (\S+) ", done.stdout, re.M))


def assert_make_commands(block: Block) -> None:
    """Every line is ``make TARGET``, of a target ``make help`` lists and make can plan."""
    lines = commands(block)
    assert lines, f"{block} has no command"
    for words in lines:
        assert words[0] == "make" and len(words) == 2, f"{block}: not `make TARGET`: {words}"
        target = words[1]
        assert target in make_targets(), f"{block}: `make help` does not list {target}"
        # -n: the commands are printed, not run.
        planned = make("-n", target)
        assert planned.returncode == 0, f"{block}: make -n {target}: {planned.stderr}"


def mock_env_block() -> Block:
    (block,) = [b for b in BLOCKS if b.key == ("Using the client", 0)]
    return block


@cache
def readme_environment() -> dict[str, str]:
    """The ``TAILSCALE_*`` variables the README's export lines set, run by bash."""
    exports = "\n".join(
        line for line in mock_env_block().code.splitlines() if line.startswith("export ")
    )
    assert exports, "the README exports no TAILSCALE_* variable"
    done = subprocess.run(
        ["bash", "-euc", exports + "\nenv"],
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        check=True,
    )
    pairs = (line.partition("=") for line in done.stdout.splitlines())
    return {name: value for name, _, value in pairs if name.startswith("TAILSCALE_")}


# ---------------------------------------------------------------- the checks, block by block


def check_two_commands(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    assert_make_commands(block)
    assert [words[1] for words in commands(block)] == ["run", "check"]


def check_mock_environment(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    env = readme_environment()
    assert set(env) == {"TAILSCALE_API_KEY", "TAILSCALE_BASE_URL"}
    (server,) = [words for words in commands(block) if words[0] != "export"]
    assert server[:3] == ["python", "-m", "tailscale_mock"] and server[-1] == "&", server
    options = server[3:-1]
    port = options[options.index("--port") + 1]
    assert env["TAILSCALE_BASE_URL"] == f"http://127.0.0.1:{port}/api/v2"
    # The server as written, on a free port (0, as its --help offers): another run of the
    # tests may hold port 8080.
    options[options.index("--port") + 1] = "0"
    server_process = subprocess.Popen(
        [sys.executable, "-m", "tailscale_mock", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server_process.stdout is not None
        listening = server_process.stdout.readline()
        key = server_process.stdout.readline()
    finally:
        server_process.terminate()
        server_process.communicate()
    url = listening.rsplit(" ", 1)[-1].strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/v2", url), listening
    assert key.strip() == f"Demo API key: {env['TAILSCALE_API_KEY']}"
    with Tailscale.from_env() as ts:  # the fixture's environment: the README's, our port
        assert ts.base_url == mock.base_url
        assert len(ts.devices.list()) == len(mock.tailnet.devices)


def check_sync_client(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    namespace, printed = run(block)
    hostnames = [line.split(" ", 1)[0] for line in printed.splitlines()]
    assert hostnames == [d.hostname for d in mock.check.devices.list()]
    assert mock.check.devices.get("n5SUKe8CNTRL").tags == ["tag:server"]
    key_id = namespace["key"].id
    assert ("createAuthKey", 200) in mock.operations()
    assert key_id not in {key.id for key in mock.check.keys.list()}
    policy = mock.check.policy.get()
    rule = {"action": "accept", "src": ["tag:ci"], "dst": ["tag:prod:5432"]}
    assert policy.data["acls"][0] == rule
    assert "// Admins reach everything." in policy.text  # the comments are kept


def check_async_client(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    assert not mock.check.devices.get("nkSRn9XdCNTRL").authorized
    _, printed = run(block)
    devices, users = len(mock.check.devices.list()), len(mock.check.users.list())
    assert printed == f"{devices} devices, {users} users\n"
    assert mock.check.devices.get("nkSRn9XdCNTRL").authorized


def check_workload_identity(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    _, printed = run_with_ts(block)
    assert printed == f"{len(mock.tailnet.devices)}\n"
    exchanged = [status for op, status in mock.operations() if op == "exchangeOauthToken"]
    assert exchanged == [200]


def check_services(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    _, printed = run_with_ts(block)
    assert "svc:postgres" in printed
    assert [s.name for s in mock.check.services.list()] == ["svc:grafana", "svc:postgres"]
    assert ("deleteService", 200) in mock.operations()
    hosts = mock.check.services.list_hosts("svc:postgres")
    assert hosts and all(host.approval_level != "not-approved" for host in hosts)


def check_oauth_apps(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    before = {app.id for app in mock.check.oauth_apps.list()}
    namespace, _ = run_with_ts(block)
    assert namespace["secret"]
    operations = {op for op, status in mock.operations() if status == 200}
    assert {"createOAuthApp", "updateOAuthApp", "deleteOAuthApp"} <= operations
    assert {app.id for app in mock.check.oauth_apps.list()} == before


def check_dns(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    run_with_ts(block)
    config = mock.check.dns.get_configuration().to_dict()
    assert [n["address"] for n in config["nameservers"]] == ["9.9.9.9", "10.0.0.53"]
    assert config["nameservers"][1]["useWithExitNode"] is True
    assert [r["address"] for r in config["splitDNS"]["corp.example.net"]] == ["10.0.0.53"]
    assert config["searchPaths"] == ["corp.example.net"]


def check_trust_credentials(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    namespace, _ = run_with_ts(block)
    assert namespace["client"].key
    identity = mock.check.keys.get(namespace["identity"].id)
    assert identity.subject == "repo:example/infra:*"
    assert identity.scopes == ["devices:core:read"]
    for device in ("n5SUKe8CNTRL", "nWi4j7c1CNTRL"):
        attributes = mock.check.devices.get_posture_attributes(device).attributes
        assert attributes and attributes["custom:onboarded"] is True
        assert "custom:myScore" not in attributes
    pangolin = mock.check.devices.get_posture_attributes("n5SUKe8CNTRL").attributes
    assert pangolin and pangolin["custom:risk"] == 12
    assert ("validateAwsExternalId", 200) in mock.operations()
    stream = mock.check.logging.get_stream("network")
    assert (stream.destination_type, stream.s_3_authentication_type) == ("s3", "rolearn")


def check_organizations(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    namespace, printed = run_with_ts(block)
    listed = mock.check.organizations.list_tailnets()
    assert printed.splitlines() == [f"{t.id} {t.display_name}" for t in listed]
    assert namespace["page"].cursor
    assert namespace["created"].id not in {t.id for t in listed}
    assert ("deleteTailnet", 200) in mock.operations()


def check_users_and_more(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    namespace, _ = run_with_ts(block)
    assert mock.check.users.get("22013").status == "suspended"
    hook = mock.check.webhooks.get(namespace["hook"].endpoint_id)
    assert hook.subscriptions == ["nodeCreated", "userNeedsApproval"]
    assert mock.check.contacts.get().to_dict()["security"]["email"] == "sec@example.com"
    settings = mock.check.tailnet_settings.get()
    assert settings.devices_approval_on is True and settings.devices_key_duration_days == 90
    assert str(mock.check.devices.get("nxKOikhSCNTRL").name).startswith("build-runner.")


def check_receiving_webhooks(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    # What the README says the names are: a delivery the mock signed, both endpoint secrets.
    hook = mock.check.webhooks.create("https://example.com/hook", ["nodeCreated"])
    assert isinstance(hook.endpoint_id, str)
    rotated = mock.check.webhooks.rotate_secret(hook.endpoint_id)
    mock.check.webhooks.test(hook.endpoint_id)
    delivery = mock.tailnet.webhook_deliveries[-1]
    namespace = {
        "__name__": "readme",
        "raw_body": delivery.body,
        "headers": delivery.headers,
        "new_secret": rotated.secret,
        "old_secret": hook.secret,
    }
    _, printed = run(block, namespace)
    assert printed == "".join(f"{e['type']} {e['message']}\n" for e in delivery.events())


def check_mock_in_tests(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    _, printed = run(block)
    assert printed == "12 devices\n"


def check_pytest_plugin(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    pytester: pytest.Pytester = request.getfixturevalue("pytester")
    pytester.makepyfile(test_readme_example=block.code)
    tests = len(re.findall(r"^(?:async )?def test_", block.code, re.M))
    assert tests >= 3
    pytester.runpytest_subprocess("-q").assert_outcomes(passed=tests)


def check_working_on_the_spec(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    assert_make_commands(block)


CHECKS: dict[tuple[str, int], tuple[str, Check]] = {
    ("Two commands", 0): ("sh", check_two_commands),
    ("Using the client", 0): ("sh", check_mock_environment),
    ("Using the client", 1): ("python", check_sync_client),
    ("Using the client", 2): ("python", check_async_client),
    ("Workload identity federation", 0): ("python", check_workload_identity),
    ("Services", 0): ("python", check_services),
    ("OAuth apps", 0): ("python", check_oauth_apps),
    ("DNS configuration", 0): ("python", check_dns),
    ("Trust credentials and device posture in batch", 0): ("python", check_trust_credentials),
    ("Organizations (Alpha)", 0): ("python", check_organizations),
    (
        "Users, webhooks, contacts, logs, posture integrations, tailnet settings",
        0,
    ): ("python", check_users_and_more),
    ("Receiving webhooks", 0): ("python", check_receiving_webhooks),
    ("Running the mock", 0): ("python", check_mock_in_tests),
    ("Testing code that uses tailscale-sdk", 0): ("python", check_pytest_plugin),
    ("Working on the spec", 0): ("sh", check_working_on_the_spec),
}


@pytest.mark.parametrize("block", BLOCKS, ids=str)
def test_readme_block(block: Block, mock: Mock, request: pytest.FixtureRequest) -> None:
    """The block runs (or its commands exist) and has the effect the README shows."""
    assert block.key in CHECKS, f"{block} has no check: add one to CHECKS in {__file__}"
    lang, check = CHECKS[block.key]
    assert block.lang == lang, f"{block} is {block.lang!r}, its check expects {lang!r}"
    check(block, mock, request)


def test_every_check_has_its_block() -> None:
    """A check whose block moved or went away fails instead of passing unused."""
    assert sorted(set(CHECKS) - {b.key for b in BLOCKS}) == []


def test_blocks_are_found_in_list_items_and_sections() -> None:
    """The parser sees indented fences, counts per section and refuses an unclosed block."""
    text = "# A\n```sh\nmake run\n```\n## B\n- item:\n\n  ```python\n  x = 1\n  ```\n```\n"
    with pytest.raises(AssertionError, match="never closed"):
        readme_blocks(text)
    with pytest.raises(AssertionError, match="fence with"):
        readme_blocks("# A\n~~~python\nx = 1\n~~~\n")
    blocks = readme_blocks(text.removesuffix("```\n"))
    assert [(b.key, b.lang, b.code, b.line) for b in blocks] == [
        (("A", 0), "sh", "make run\n", 2),
        (("B", 0), "python", "x = 1\n", 8),
    ]
