"""Tailnet contacts (spec tag ``contacts``): ``ts.contacts``."""

from __future__ import annotations

from functools import partial

from tailscale_sdk_generated.api.contacts import (
    get_contacts,
    resend_contact_verification_email,
    update_contact,
)
from tailscale_sdk_generated.models.contact_type import CONTACT_TYPE_VALUES, ContactType
from tailscale_sdk_generated.models.contacts import Contacts as ContactsModel
from tailscale_sdk_generated.models.update_contact_request import UpdateContactRequest

from .. import _validate as check
from .._core import Call, M, Resource, call, call_none, operation

__all__ = ["Contacts"]


def _type(contact_type: ContactType) -> ContactType:
    kind: ContactType = check.one_of("contact_type", contact_type, CONTACT_TYPE_VALUES)
    return kind


class Contacts(Resource[M]):
    """The addresses Tailscale writes to about the tailnet: account, support, security."""

    @operation("getContacts")
    def get(self, *, tailnet: str | None = None) -> Call[ContactsModel]:
        """Get the three contacts of the tailnet."""
        return call(partial(get_contacts.sync_detailed, self._tailnet(tailnet)))

    @operation("updateContact")
    def update(
        self, contact_type: ContactType, email: str, *, tailnet: str | None = None
    ) -> Call[None]:
        """Change the address of one contact; it is used once verified."""
        body = UpdateContactRequest(email=check.text(email, "email"))
        send = partial(
            update_contact.sync_detailed, self._tailnet(tailnet), _type(contact_type), body=body
        )
        return call_none(send)

    @operation("resendContactVerificationEmail")
    def resend_verification_email(
        self, contact_type: ContactType, *, tailnet: str | None = None
    ) -> Call[None]:
        """Mail the verification message for a contact's new address again."""
        send = partial(
            resend_contact_verification_email.sync_detailed,
            self._tailnet(tailnet),
            _type(contact_type),
        )
        return call_none(send)
