from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFederatedIdentityRequest")


@_attrs_define
class CreateFederatedIdentityRequest:
    """The request that creates a federated identity (`keyType` `federated`).

    Attributes:
        key_type (Literal['federated']): Creates a federated identity (workload identity federation). Default:
            'federated'.
        scopes (list[str]): Scopes granted to a trust credential, such as `all:read`, `devices:core`, `auth_keys` or
            `dns`.
        issuer (str): The issuer of the OIDC ID tokens a federated identity accepts, a public `https://` URL.
        subject (str): A pattern the token's `sub` claim must match; `*` matches any run of characters.
        tags (list[str] | Unset): Tags of a trust credential. Auth keys it creates must carry exactly these tags or tags
            they own. Required when the scopes include `devices:core` or `auth_keys`.
        audience (str | Unset): The value the token's `aud` claim must equal.
        custom_claim_rules (CustomClaimRulesRequest | Unset): Claim name -> the pattern (`*` matches any run of
            characters) that claim of the token must match.
        description (str | Unset): Short note on what a key or credential is for.
    """

    scopes: list[str]
    issuer: str
    subject: str
    key_type: Literal["federated"] = "federated"
    tags: list[str] | Unset = UNSET
    audience: str | Unset = UNSET
    custom_claim_rules: CustomClaimRulesRequest | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type

        scopes = self.scopes

        issuer = self.issuer

        subject = self.subject

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        audience = self.audience

        custom_claim_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_claim_rules, Unset):
            custom_claim_rules = self.custom_claim_rules.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keyType": key_type,
                "scopes": scopes,
                "issuer": issuer,
                "subject": subject,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if audience is not UNSET:
            field_dict["audience"] = audience
        if custom_claim_rules is not UNSET:
            field_dict["customClaimRules"] = custom_claim_rules
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_type = cast(Literal["federated"], d.pop("keyType"))
        if key_type != "federated":
            raise ValueError(f"keyType must match const 'federated', got '{key_type}'")

        scopes: list[str] = d.pop("scopes")

        issuer = d.pop("issuer")

        subject = d.pop("subject")

        tags: list[str] | Unset = d.pop("tags", UNSET)

        audience = d.pop("audience", UNSET)

        _custom_claim_rules = d.pop("customClaimRules", UNSET)
        custom_claim_rules: CustomClaimRulesRequest | Unset
        if isinstance(_custom_claim_rules, Unset):
            custom_claim_rules = UNSET
        else:
            custom_claim_rules = CustomClaimRulesRequest.from_dict(_custom_claim_rules)

        description = d.pop("description", UNSET)

        return cls(
            scopes,
            issuer,
            subject,
            key_type,
            tags,
            audience,
            custom_claim_rules,
            description,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.custom_claim_rules_request import CustomClaimRulesRequest  # noqa: E402
