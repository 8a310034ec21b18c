"""Tag `contacts`: the tailnet's account, support and security contacts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._common import ApiError, Record
from .._operations import NO_BODY, Context, Reply, handles


class Contacts:
    """Contacts by type. A new address must be verified; until then mail goes to the last
    verified one (`fallbackEmail`)."""

    def __init__(self, seed: Mapping[str, Any]) -> None:
        self.by_type: dict[str, Record] = {k: dict(v) for k, v in seed.items()}

    def update(self, contact_type: str, email: str) -> None:
        contact = self.by_type[contact_type]
        if email == contact["email"]:
            return
        if not contact["needsVerification"]:
            contact["fallbackEmail"] = contact["email"]
        contact["email"] = email
        contact["needsVerification"] = True

    def verify(self, contact_type: str) -> None:
        """What following the link in the verification email does."""
        contact = self.by_type[contact_type]
        contact["needsVerification"] = False
        contact.pop("fallbackEmail", None)

    def resend_verification(self, contact_type: str) -> None:
        if not self.by_type[contact_type]["needsVerification"]:
            raise ApiError(400, f"the {contact_type} contact does not need verification")


# ---------------------------------------------------------------------- handlers


@handles("getContacts")
def get_contacts(ctx: Context, contacts: Contacts) -> Reply:
    return Reply(body=contacts.by_type)


@handles("updateContact")
def update_contact(ctx: Context, contacts: Contacts) -> Reply:
    contacts.update(ctx.path["contactType"], ctx.json()["email"])
    return NO_BODY


@handles("resendContactVerificationEmail")
def resend_contact_verification_email(ctx: Context, contacts: Contacts) -> Reply:
    contacts.resend_verification(ctx.path["contactType"])
    return NO_BODY
