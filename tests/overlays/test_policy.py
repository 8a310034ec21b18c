"""The policy file: HuJSON get/set with ETags, validate, preview, and edit() under contention."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from sdktools import MakeClient, operations, statuses
from starlette.applications import Starlette

from tailscale_sdk import BadRequestError, PolicyDocument, PreconditionFailedError

SET = "setPolicyFile"
GET = "getPolicyFile"


def test_get_keeps_comments_and_parses(api: Any) -> None:
    doc = api.policy.get()
    assert isinstance(doc, PolicyDocument)
    assert "// Access rules." in doc.text
    assert doc.data["groups"]["group:admins"] == ["amelie@example.com", "bob@example.com"]
    assert doc.etag and doc.etag.startswith('"')
    assert repr(doc) == f"PolicyDocument(etag={doc.etag!r}, {len(doc.text)} characters)"


def test_set_a_mapping_then_read_it_back(api: Any) -> None:
    policy = {"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}
    written = api.policy.set(policy)
    read = api.policy.get()
    assert read.data == policy
    assert read.etag == written.etag


def test_set_with_if_match(api: Any, app: Starlette) -> None:
    doc = api.policy.get()
    api.policy.set(doc.text + "\n// touched\n", if_match=doc.etag)
    with pytest.raises(PreconditionFailedError):
        api.policy.set(doc.text, if_match=doc.etag)  # that version is gone
    assert statuses(app, SET) == [200, 412]


def test_invalid_hujson_is_refused_before_sending(api: Any, app: Starlette) -> None:
    with pytest.raises(ValueError, match="not valid HuJSON"):
        api.policy.set('{"acls": [}')
    with pytest.raises(TypeError):
        api.policy.set(42)
    assert app.state.log == []


def test_validate_a_candidate_with_failing_tests(api: Any) -> None:
    candidate = {
        "acls": [{"action": "accept", "src": ["alice@example.com"], "dst": ["100.64.0.1:22"]}],
        "tests": [{"src": "alice@example.com", "deny": ["100.64.0.1:22"]}],
    }
    result = api.policy.validate(candidate)
    assert result.message == "test(s) failed"
    assert result.data[0].user == "alice@example.com"
    passing = api.policy.validate(api.policy.get())
    assert not passing.message


def test_validate_needs_exactly_one_input(api: Any) -> None:
    with pytest.raises(ValueError):
        api.policy.validate()
    with pytest.raises(ValueError):
        api.policy.validate({}, tests=[{"src": "a@example.com"}])
    with pytest.raises(ValueError):
        api.policy.validate(tests=[])


def test_preview_by_destination(api: Any) -> None:
    preview = api.policy.preview(api.policy.get(), ip_port="100.100.100.100:22")
    assert preview.type_ == "ipport"
    assert preview.preview_for == "100.100.100.100:22"
    with pytest.raises(ValueError):
        api.policy.preview("{}")
    with pytest.raises(ValueError):
        api.policy.preview("{}", user="a@example.com", ip_port="1.2.3.4:80")


def _add_host(text: str, name: str, address: str) -> str:
    anchor = '"hosts": {\n'
    assert anchor in text
    return text.replace(anchor, f'{anchor}\t\t"{name}": "{address}", // added by {name}\n', 1)


def test_edit_text_keeps_comments(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync()
    with ts.policy.edit() as draft:
        draft.text = _add_host(draft.text, "build-box", "100.64.0.9")
    doc = ts.policy.get()
    assert "// added by build-box" in doc.text and "// Access rules." in doc.text
    assert doc.data["hosts"]["build-box"] == "100.64.0.9"
    assert operations(app) == [GET, SET, GET]


def test_edit_data_rewrites_as_json(make_sync: MakeClient) -> None:
    ts = make_sync()
    editor = ts.policy.edit()
    with editor as draft:
        draft.data["groups"]["group:eng"] = ["carol@example.com"]
    assert editor.result is not None
    doc = ts.policy.get()
    assert doc.data["groups"]["group:eng"] == ["carol@example.com"]
    assert doc.etag == editor.result.etag


def test_edit_without_change_writes_nothing(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync()
    editor = ts.policy.edit()
    with editor:
        pass
    assert editor.result is None
    assert operations(app) == [GET]


def test_edit_that_raises_writes_nothing(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync()
    with pytest.raises(RuntimeError), ts.policy.edit() as draft:
        draft.text = "{}"
        raise RuntimeError("changed my mind")
    assert operations(app) == [GET]


def test_edit_of_text_and_data_at_once_is_refused(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync()
    with pytest.raises(ValueError, match="not both"), ts.policy.edit() as draft:
        draft.text += "\n"
        draft.data["hosts"] = {}
    assert operations(app) == [GET]


def test_two_editors_race_sync(make_sync: MakeClient, app: Starlette) -> None:
    first, second = make_sync(), make_sync()
    with first.policy.edit() as a:
        a.text = _add_host(a.text, "alpha", "100.64.0.1")
        with second.policy.edit() as b:  # reads the same version as `a`
            b.text = _add_host(b.text, "beta", "100.64.0.2")
        # `b` has been written; `a` is now stale and gets a 412, then merges.
    assert statuses(app, SET) == [200, 412, 200]
    hosts = first.policy.get().data["hosts"]
    assert hosts["alpha"] == "100.64.0.1" and hosts["beta"] == "100.64.0.2"


def test_two_editors_race_async(make_async: MakeClient, app: Starlette) -> None:
    async def editor(name: str, address: str, both_read: asyncio.Barrier) -> None:
        async with make_async() as ats, ats.policy.edit() as draft:
            draft.text = _add_host(draft.text, name, address)
            await both_read.wait()

    async def main() -> None:
        both_read = asyncio.Barrier(2)
        await asyncio.gather(
            editor("alpha", "100.64.0.1", both_read), editor("beta", "100.64.0.2", both_read)
        )

    asyncio.run(main())
    writes = statuses(app, SET)
    assert sorted(writes[:2]) == [200, 412]  # same ETag: exactly one of the two wins
    assert writes[2:] == [200]  # the loser merged onto the winner's version
    doc = make_async()
    hosts = asyncio.run(doc.policy.get()).data["hosts"]
    assert hosts["alpha"] == "100.64.0.1" and hosts["beta"] == "100.64.0.2"


def test_two_data_editors_race(make_sync: MakeClient, app: Starlette) -> None:
    first, second = make_sync(), make_sync()
    with first.policy.edit() as a:
        a.data["groups"]["group:alpha"] = ["a@example.com"]
        with second.policy.edit() as b:
            b.data["hosts"]["beta"] = "100.64.0.2"
    data = first.policy.get().data
    assert data["groups"]["group:alpha"] == ["a@example.com"]
    assert data["hosts"]["beta"] == "100.64.0.2"
    assert statuses(app, SET) == [200, 412, 200]


def test_overlapping_edits_conflict(make_sync: MakeClient, app: Starlette) -> None:
    first, second = make_sync(), make_sync()
    with pytest.raises(PreconditionFailedError) as caught, first.policy.edit() as a:
        a.text = a.text.replace('"corp-net":       "10.0.0.0/16"', '"corp-net": "10.1.0.0/16"')
        with second.policy.edit() as b:
            b.text = b.text.replace('"corp-net":       "10.0.0.0/16"', '"corp-net": "10.2.0.0/16"')
    assert any("conflicts" in note for note in caught.value.__notes__)
    assert first.policy.get().data["hosts"]["corp-net"] == "10.2.0.0/16"  # theirs stays
    assert statuses(app, SET) == [200, 412]


def test_edit_gives_up_after_its_attempts(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync()
    app.state.faults.schedule(412, 412, operation_id=SET)
    with pytest.raises(PreconditionFailedError) as caught, ts.policy.edit(attempts=2) as draft:
        draft.text = _add_host(draft.text, "gamma", "100.64.0.3")
    assert any("gave up after 2 writes" in note for note in caught.value.__notes__)
    assert statuses(app, SET) == [412, 412]


def test_a_rejected_edit_raises_the_server_error(make_sync: MakeClient) -> None:
    ts = make_sync()
    with pytest.raises(BadRequestError), ts.policy.edit() as draft:
        draft.data["tests"] = [{"src": "amelie@example.com", "deny": ["100.100.100.100:22"]}]


def test_edit_attempts_must_be_positive(make_sync: MakeClient) -> None:
    with pytest.raises(ValueError):
        make_sync().policy.edit(attempts=0)


CORP_NET = '\t\t"corp-net":       "10.0.0.0/16",\n'


def _append_host(text: str, line: str) -> str:
    assert CORP_NET in text
    return text.replace(CORP_NET, CORP_NET + line, 1)


def test_a_merge_keeps_their_lines_first(make_sync: MakeClient, app: Starlette) -> None:
    first, second = make_sync(), make_sync()
    with first.policy.edit() as ours:
        ours.text = _append_host(ours.text, '\t\t"alpha": "100.64.0.1", // ours\n')
        with second.policy.edit() as theirs:
            theirs.text = _append_host(theirs.text, '\t\t"beta": "100.64.0.2", // theirs\n')
    assert statuses(app, SET) == [200, 412, 200]
    text = first.policy.get().text
    both = '\t\t"beta": "100.64.0.2", // theirs\n\t\t"alpha": "100.64.0.1", // ours\n'
    assert CORP_NET + both in text


def test_a_merge_that_does_not_parse_is_a_conflict(make_sync: MakeClient, app: Starlette) -> None:
    """Each side alone is valid HuJSON; both last members without a comma are not."""
    first, second = make_sync(), make_sync()
    with pytest.raises(PreconditionFailedError) as caught, first.policy.edit() as ours:
        ours.text = _append_host(ours.text, '\t\t"alpha": "100.64.0.1"\n')
        with second.policy.edit() as theirs:
            theirs.text = _append_host(theirs.text, '\t\t"beta": "100.64.0.2"\n')
    assert any("conflicts" in note for note in caught.value.__notes__)
    assert statuses(app, SET) == [200, 412]  # nothing unparsable was sent
    assert "alpha" not in first.policy.get().data["hosts"]


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("e3b0c44298fc1c14", '"e3b0c44298fc1c14"'),
        ('"e3b0c44298fc1c14"', '"e3b0c44298fc1c14"'),
        ('W/"e3b0c44298fc1c14"', 'W/"e3b0c44298fc1c14"'),
        ('"ts-default"', '"ts-default"'),
        ("ts-default", '"ts-default"'),
        ('""', '""'),
        ("*", "*"),
    ],
)
def test_if_match_is_sent_as_an_entity_tag(given: str, sent: str, api: Any, app: Starlette) -> None:
    with contextlib.suppress(PreconditionFailedError):  # whether it matches is not the point
        api.policy.set("{}", if_match=given)
    assert [r.headers["if-match"] for r in app.state.log] == [sent]


def test_a_bare_etag_from_elsewhere_still_matches(api: Any, app: Starlette) -> None:
    etag = api.policy.get().etag
    assert etag is not None
    api.policy.set('{"hosts": {}}', if_match=etag.strip('"'))
    assert statuses(app, SET) == [200]
    assert app.state.log[-1].headers["if-match"] == etag


@pytest.mark.parametrize("bad", ["", "a b", 'a"b', '"open', 'W/"x', "tag\r\nX-Evil: 1", "\u00e9"])
def test_if_match_that_is_no_entity_tag_is_refused(bad: str, api: Any, app: Starlette) -> None:
    with pytest.raises(ValueError):
        api.policy.set("{}", if_match=bad)
    assert app.state.log == []
