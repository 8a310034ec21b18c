from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationAuditLog")


@_attrs_define
class ConfigurationAuditLog:
    """One configuration change (or attempted change).

    Attributes:
        event_time (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        type_ (str | Unset): Always CONFIG today.
        deferred_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        event_group_id (str | Unset): Shared by the entries one operation produced.
        origin (str | Unset): Where the change came from, for example ADMIN_CONSOLE or API.
        actor (AuditLogActor | Unset): Who made a change.
        target (AuditLogTarget | Unset): What a change was made to.
        action (str | Unset):
        old (Any | Unset): Value of `target.property` before the change (any JSON value).
        new (Any | Unset): Value of `target.property` after the change (any JSON value).
        action_details (str | Unset):
        error (str | Unset): Why the change failed, when it did.
    """

    event_time: datetime.datetime | None | str | Unset = UNSET
    type_: str | Unset = UNSET
    deferred_at: datetime.datetime | None | str | Unset = UNSET
    event_group_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    actor: AuditLogActor | Unset = UNSET
    target: AuditLogTarget | Unset = UNSET
    action: str | Unset = UNSET
    old: Any | Unset = UNSET
    new: Any | Unset = UNSET
    action_details: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_time: None | str | Unset
        if isinstance(self.event_time, Unset):
            event_time = UNSET
        elif isinstance(self.event_time, datetime.datetime):
            event_time = self.event_time.isoformat()
        else:
            event_time = self.event_time

        type_ = self.type_

        deferred_at: None | str | Unset
        if isinstance(self.deferred_at, Unset):
            deferred_at = UNSET
        elif isinstance(self.deferred_at, datetime.datetime):
            deferred_at = self.deferred_at.isoformat()
        else:
            deferred_at = self.deferred_at

        event_group_id = self.event_group_id

        origin = self.origin

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        action = self.action

        old = self.old

        new = self.new

        action_details = self.action_details

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_time is not UNSET:
            field_dict["eventTime"] = event_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deferred_at is not UNSET:
            field_dict["deferredAt"] = deferred_at
        if event_group_id is not UNSET:
            field_dict["eventGroupID"] = event_group_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if actor is not UNSET:
            field_dict["actor"] = actor
        if target is not UNSET:
            field_dict["target"] = target
        if action is not UNSET:
            field_dict["action"] = action
        if old is not UNSET:
            field_dict["old"] = old
        if new is not UNSET:
            field_dict["new"] = new
        if action_details is not UNSET:
            field_dict["actionDetails"] = action_details
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_time: Any = d.pop("eventTime", UNSET)
        event_time: datetime.datetime | None | str | Unset
        if isinstance(_event_time, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_event_time)

                event_time = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                event_time = cast("datetime.datetime | None | str | Unset", _event_time)
        else:
            event_time = _event_time

        type_ = d.pop("type", UNSET)

        _deferred_at: Any = d.pop("deferredAt", UNSET)
        deferred_at: datetime.datetime | None | str | Unset
        if isinstance(_deferred_at, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_deferred_at)

                deferred_at = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                deferred_at = cast("datetime.datetime | None | str | Unset", _deferred_at)
        else:
            deferred_at = _deferred_at

        event_group_id = d.pop("eventGroupID", UNSET)

        origin = d.pop("origin", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: AuditLogActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = AuditLogActor.from_dict(_actor)

        _target = d.pop("target", UNSET)
        target: AuditLogTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = AuditLogTarget.from_dict(_target)

        action = d.pop("action", UNSET)

        old = d.pop("old", UNSET)

        new = d.pop("new", UNSET)

        action_details = d.pop("actionDetails", UNSET)

        error = d.pop("error", UNSET)

        configuration_audit_log = cls(
            event_time,
            type_,
            deferred_at,
            event_group_id,
            origin,
            actor,
            target,
            action,
            old,
            new,
            action_details,
            error,
            d or {},
        )
        return configuration_audit_log

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.audit_log_actor import AuditLogActor  # noqa: E402
from ..models.audit_log_target import AuditLogTarget  # noqa: E402
