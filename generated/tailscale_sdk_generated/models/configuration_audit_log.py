from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="ConfigurationAuditLog")


@_attrs_define
class ConfigurationAuditLog:
    """One configuration change (or attempted change).

    Attributes:
        event_time (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        type_ (None | str | Unset): Always CONFIG today.
        deferred_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        event_group_id (None | str | Unset): Shared by the entries one operation produced.
        origin (None | str | Unset): Where the change came from, for example ADMIN_CONSOLE or API.
        actor (AuditLogActor | None | Unset):
        target (AuditLogTarget | None | Unset):
        action (None | str | Unset):
        old (Any | Unset): Value of `target.property` before the change (any JSON value).
        new (Any | Unset): Value of `target.property` after the change (any JSON value).
        action_details (None | str | Unset):
        error (None | str | Unset): Why the change failed, when it did.
    """

    event_time: datetime.datetime | None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    deferred_at: datetime.datetime | None | str | Unset = UNSET
    event_group_id: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    actor: AuditLogActor | None | Unset = UNSET
    target: AuditLogTarget | None | Unset = UNSET
    action: None | str | Unset = UNSET
    old: Any | Unset = UNSET
    new: Any | Unset = UNSET
    action_details: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_time: None | str | Unset
        if isinstance(self.event_time, Unset):
            event_time = UNSET
        elif isinstance(self.event_time, datetime.datetime):
            event_time = format_time(self.event_time)
        else:
            event_time = self.event_time

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        deferred_at: None | str | Unset
        if isinstance(self.deferred_at, Unset):
            deferred_at = UNSET
        elif isinstance(self.deferred_at, datetime.datetime):
            deferred_at = format_time(self.deferred_at)
        else:
            deferred_at = self.deferred_at

        event_group_id: None | str | Unset
        if isinstance(self.event_group_id, Unset):
            event_group_id = UNSET
        else:
            event_group_id = self.event_group_id

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        actor: dict[str, Any] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, AuditLogActor):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, AuditLogTarget):
            target = self.target.to_dict()
        else:
            target = self.target

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        old = self.old

        new = self.new

        action_details: None | str | Unset
        if isinstance(self.action_details, Unset):
            action_details = UNSET
        else:
            action_details = self.action_details

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
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
                componentsschemas_timestamp_type_0 = parse_time(_event_time)

                event_time = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                event_time = _event_time
        elif _event_time is None or _event_time is UNSET or isinstance(_event_time, str):
            event_time = _event_time
        else:
            raise TypeError(f"eventTime: {type(_event_time).__name__} is not datetime.datetime | None | str | Unset")

        type_: None | str | Unset = d.pop("type", UNSET)

        _deferred_at: Any = d.pop("deferredAt", UNSET)
        deferred_at: datetime.datetime | None | str | Unset
        if isinstance(_deferred_at, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_deferred_at)

                deferred_at = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                deferred_at = _deferred_at
        elif _deferred_at is None or _deferred_at is UNSET or isinstance(_deferred_at, str):
            deferred_at = _deferred_at
        else:
            raise TypeError(f"deferredAt: {type(_deferred_at).__name__} is not datetime.datetime | None | str | Unset")

        event_group_id: None | str | Unset = d.pop("eventGroupID", UNSET)

        origin: None | str | Unset = d.pop("origin", UNSET)

        _actor: Any = d.pop("actor", UNSET)
        actor: AuditLogActor | None | Unset
        if isinstance(_actor, dict):
            actor_type_0 = AuditLogActor.from_dict(_actor)

            actor = actor_type_0
        elif _actor is None or _actor is UNSET:
            actor = _actor
        else:
            raise TypeError(f"actor: {type(_actor).__name__} is not AuditLogActor | None | Unset")

        _target: Any = d.pop("target", UNSET)
        target: AuditLogTarget | None | Unset
        if isinstance(_target, dict):
            target_type_0 = AuditLogTarget.from_dict(_target)

            target = target_type_0
        elif _target is None or _target is UNSET:
            target = _target
        else:
            raise TypeError(f"target: {type(_target).__name__} is not AuditLogTarget | None | Unset")

        action: None | str | Unset = d.pop("action", UNSET)

        old = d.pop("old", UNSET)

        new = d.pop("new", UNSET)

        action_details: None | str | Unset = d.pop("actionDetails", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        return cls(
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
