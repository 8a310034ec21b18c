"""Policy file: JSON or HuJSON, ETag / If-Match, details, preview and validate."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from tailscale_mock import MockTailnet

ACL = "/tailnet/-/acl"
HUJSON = {"Content-Type": "application/hujson"}
EDITED = """// Edited by a test.
{
  "tagOwners": {"tag:server": ["amelie@example.com"],},  // keep servers
  /* block comment */
  "acls": [
    {"action": "accept", "src": ["amelie@example.com"], "dst": ["*:22"]},
  ],
}
"""


def test_get_defaults_to_hujson_with_comments(client: httpx.Client, tailnet: MockTailnet) -> None:
    response = client.get(ACL)
    assert response.headers["content-type"] == "application/hujson"
    assert response.text == tailnet.policy_file.text
    assert response.text.startswith("// Demo tailnet policy file")
    assert response.headers["ETag"] == tailnet.policy_file.etag


def test_accept_json_returns_parsed_json(client: httpx.Client) -> None:
    response = client.get(ACL, headers={"Accept": "application/json"})
    assert response.headers["content-type"] == "application/json"
    assert response.json()["groups"]["group:example"] == ["user1@example.com", "user2@example.com"]
    assert response.headers["ETag"] == client.get(ACL).headers["ETag"]


def test_etag_is_a_quoted_hash_that_changes_with_the_text(client: httpx.Client) -> None:
    etag = client.get(ACL).headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) == 66
    assert client.get(ACL).headers["ETag"] == etag
    new = client.post(ACL, content=EDITED, headers=HUJSON)
    assert new.status_code == 200
    assert new.headers["ETag"] != etag
    assert client.get(ACL).headers["ETag"] == new.headers["ETag"]


def test_hujson_comments_and_formatting_survive_round_trip(client: httpx.Client) -> None:
    written = client.post(ACL, content=EDITED, headers=HUJSON)
    assert written.text == EDITED
    assert client.get(ACL).text == EDITED
    as_json = client.get(ACL, headers={"Accept": "application/json"}).json()
    assert as_json == {
        "tagOwners": {"tag:server": ["amelie@example.com"]},
        "acls": [{"action": "accept", "src": ["amelie@example.com"], "dst": ["*:22"]}],
    }


def test_json_body_is_stored_verbatim_and_json_reply_on_request(client: httpx.Client) -> None:
    text = json.dumps({"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}, indent=3)
    reply = client.post(
        ACL,
        content=text,
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    assert reply.headers["content-type"] == "application/json"
    assert reply.json() == json.loads(text)
    assert client.get(ACL).text == text


def test_if_match_current_etag_succeeds_stale_etag_is_412(client: httpx.Client) -> None:
    etag = client.get(ACL).headers["ETag"]
    assert client.post(ACL, content=EDITED, headers={**HUJSON, "If-Match": etag}).status_code == 200
    stale = client.post(ACL, content=EDITED, headers={**HUJSON, "If-Match": etag})
    assert stale.status_code == 412
    assert stale.json() == {"message": "precondition failed, invalid old hash"}
    current = client.get(ACL).headers["ETag"]
    assert (
        client.post(
            ACL, content=EDITED, headers={**HUJSON, "If-Match": current.strip('"')}
        ).status_code
        == 200
    )


def test_if_match_star_matches_any_current_policy(client: httpx.Client) -> None:
    headers = {**HUJSON, "If-Match": "*"}
    assert client.post(ACL, content=EDITED, headers=headers).status_code == 200
    # Still after a write: `*` means "whatever version there is now".
    assert client.post(ACL, content=EDITED, headers=headers).status_code == 200


def test_if_match_list_needs_one_current_tag(client: httpx.Client) -> None:
    etag = client.get(ACL).headers["ETag"]
    listed = {**HUJSON, "If-Match": f'"stale", {etag}'}
    assert client.post(ACL, content=EDITED, headers=listed).status_code == 200
    stale = {**HUJSON, "If-Match": f'"stale", {etag}'}
    assert client.post(ACL, content=EDITED, headers=stale).status_code == 412


def test_if_match_ts_default_only_while_untouched(client: httpx.Client) -> None:
    headers = {**HUJSON, "If-Match": '"ts-default"'}
    assert client.post(ACL, content=EDITED, headers=headers).status_code == 200
    assert client.post(ACL, content=EDITED, headers=headers).status_code == 412


def test_details_returns_base64_text_warnings_errors(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    response = client.get(ACL, params={"details": 1})
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert base64.b64decode(body["acl"]).decode() == tailnet.policy_file.text
    assert body["errors"] is None
    assert body["warnings"] is None
    assert client.get(ACL, params={"details": 2}).status_code == 400


def test_details_warns_about_empty_groups(client: httpx.Client) -> None:
    client.post(ACL, content='{"groups": {"group:empty": []}}', headers=HUJSON)
    assert client.get(ACL, params={"details": 1}).json()["warnings"] == [
        '"group:empty": group has no members'
    ]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("{not hujson", "invalid HuJSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"acls": 5}', "acls"),
    ],
)
def test_invalid_hujson_is_400_and_changes_nothing(
    client: httpx.Client, body: str, fragment: str
) -> None:
    before = client.get(ACL).text
    response = client.post(ACL, content=body, headers=HUJSON)
    assert response.status_code == 400
    assert fragment in response.json()["message"]
    assert client.get(ACL).text == before


def test_policy_whose_tests_fail_is_rejected_with_data(client: httpx.Client) -> None:
    policy = """{
      "acls": [{"action": "accept", "src": ["group:x"], "dst": ["*:*"]}],
      "groups": {"group:x": ["a@example.com"]},
      "tests": [{"src": "b@example.com", "accept": ["user2@example.com:400"]}],
    }"""
    before = client.get(ACL).text
    response = client.post(ACL, content=policy, headers=HUJSON)
    assert response.status_code == 400
    assert response.json() == {
        "message": "test(s) failed",
        "data": [
            {
                "user": "b@example.com",
                "errors": ['address "user2@example.com:400": want: Accept, got: Drop'],
            }
        ],
    }
    assert client.get(ACL).text == before


def test_preview_for_user_lists_rules_with_line_numbers(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    response = client.post(
        f"{ACL}/preview",
        params={"type": "user", "previewFor": "user1@example.com"},
        content=tailnet.policy_file.text,
        headers=HUJSON,
    )
    body = response.json()
    assert body["type"] == "user" and body["previewFor"] == "user1@example.com"
    lines = tailnet.policy_file.text.splitlines()
    assert [m["users"] for m in body["matches"]] == [["autogroup:member"], ["group:example"]]
    for match in body["matches"]:
        assert match["users"][0] in lines[match["lineNumber"] - 1]


@pytest.mark.tidy
def test_preview_for_ipport_uses_hosts(client: httpx.Client) -> None:
    policy = {
        "hosts": {"web": "10.1.0.0/24"},
        "acls": [
            {"action": "accept", "src": ["a@example.com"], "dst": ["web:80,443"]},
            {"action": "accept", "users": ["b@example.com"], "ports": ["10.2.0.1:*"]},
        ],
    }
    params = {"type": "ipport", "previewFor": "10.1.0.7:443"}
    matches = client.post(f"{ACL}/preview", params=params, json=policy).json()["matches"]
    assert matches == [{"users": ["a@example.com"], "ports": ["web:80,443"], "lineNumber": 1}]
    params["previewFor"] = "10.1.0.7:22"
    assert client.post(f"{ACL}/preview", params=params, json=policy).json()["matches"] == []


def test_preview_leaves_the_stored_policy_alone(client: httpx.Client) -> None:
    before = client.get(ACL).text
    client.post(f"{ACL}/preview", params={"type": "user", "previewFor": "x@y.z"}, json={"acls": []})
    assert client.get(ACL).text == before


def test_preview_needs_its_query_parameters(client: httpx.Client) -> None:
    response = client.post(f"{ACL}/preview", params={"type": "user"}, json={})
    assert response.status_code == 400
    assert "previewFor" in response.json()["message"]
    assert (
        client.post(
            f"{ACL}/preview", params={"type": "who", "previewFor": "x"}, json={}
        ).status_code
        == 400
    )


def test_validate_tests_against_stored_policy(client: httpx.Client) -> None:
    passing = [{"src": "amelie@example.com", "accept": ["10.9.9.9:22"]}]
    assert client.post(f"{ACL}/validate", json=passing).json() == {}
    failing = [
        {"src": "user1@example.com", "accept": ["10.0.0.1:22"], "deny": ["100.100.100.100:80"]}
    ]
    result = client.post(f"{ACL}/validate", json=failing)
    assert result.status_code == 200
    assert result.json() == {
        "message": "test(s) failed",
        "data": [
            {
                "user": "user1@example.com",
                "errors": [
                    'address "10.0.0.1:22": want: Accept, got: Drop',
                    'address "100.100.100.100:80": want: Drop, got: Accept',
                ],
            }
        ],
    }


def test_validate_whole_policy_runs_its_own_tests(client: httpx.Client) -> None:
    policy = {
        "acls": [{"action": "accept", "src": ["100.105.106.107"], "dst": ["1.2.3.4:*"]}],
        "tests": [{"src": "100.105.106.107", "allow": ["1.2.3.4:80"]}],
    }
    assert client.post(f"{ACL}/validate", json=policy).json() == {}
    policy["tests"] = [{"src": "100.105.106.107", "deny": ["1.2.3.4:80"]}]
    assert client.post(f"{ACL}/validate", json=policy).json()["message"] == "test(s) failed"
    before = client.get(ACL).text
    assert client.get(ACL).text == before


def test_validate_accepts_hujson(client: httpx.Client) -> None:
    text = '// tests only\n[{"src": "amelie@example.com", "accept": ["1.1.1.1:1"]},]'
    assert client.post(f"{ACL}/validate", content=text, headers=HUJSON).json() == {}


@pytest.mark.parametrize("body", ["[null, null,]", '{"acls": "all"}', "42"])
def test_validate_holds_hujson_to_the_json_schema(client: httpx.Client, body: str) -> None:
    response = client.post(f"{ACL}/validate", content=body, headers=HUJSON)
    assert response.status_code == 400
    assert response.json()["message"].startswith("invalid HuJSON body at")


def test_escaped_surrogate_pairs_decode_to_one_character(client: httpx.Client) -> None:
    text = '{"groups": {"group:\\ud83d\\ude00": ["a@example.com"],},}'
    assert client.post(ACL, content=text, headers=HUJSON).status_code == 200
    groups = client.get(ACL, headers={"Accept": "application/json"}).json()["groups"]
    assert list(groups) == ["group:\U0001f600"]
