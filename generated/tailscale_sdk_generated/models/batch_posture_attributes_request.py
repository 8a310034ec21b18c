from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchPostureAttributesRequest")


@_attrs_define
class BatchPostureAttributesRequest:
    """Custom posture attribute changes for many devices, as a JSON Merge Patch.

    Attributes:
        nodes (BatchPostureAttributesRequestNodes): The changes of each device, keyed by device id (`nodeId` preferred).
        comment (str | Unset): Reason for the changes, recorded in the audit log.
    """

    nodes: BatchPostureAttributesRequestNodes
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        nodes = self.nodes.to_dict()

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nodes": nodes,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nodes = BatchPostureAttributesRequestNodes.from_dict(d.pop("nodes"))

        comment = d.pop("comment", UNSET)

        return cls(
            nodes,
            comment,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.batch_posture_attributes_request_nodes import BatchPostureAttributesRequestNodes  # noqa: E402
