"""Whose name a mail goes out in (docs/resellers.md#mail). Mail to a user of a reseller's customer
(or, for an invitation, about such an account) is the reseller's: its name as the sender's
display name and in place of the product's name in the text, its invoicing address as Reply-To,
and its name and address signed under the text, so nothing in it names the provider. The sending
address stays the provider's own (the domain that signs and is allowed to send the mail).
Everyone else's mail is the provider's, unchanged."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, ResellerProfile, SellerIdentity, User
from provider.mail.templates import Message

PRODUCT = "Switchboard"


@dataclass(frozen=True)
class Brand:
    name: str
    reply_to: str
    signature: str


def of_account(db: Session, account_id: int | None) -> Brand | None:
    """The brand of mail about the account: its reseller's identity, if it has one."""
    # The account through the session: an account just made (or just given to its reseller) in
    # this transaction has its reseller before anything is flushed.
    account = db.get(Account, account_id) if account_id is not None else None
    if account is None or account.reseller_id is None:
        return None
    row = db.execute(select(SellerIdentity)
                     .join(ResellerProfile, ResellerProfile.seller_id == SellerIdentity.id)
                     .where(ResellerProfile.account_id == account.reseller_id)).scalar_one_or_none()
    if row is None:
        return None
    lines = [row.name, row.street, f"{row.postal_code} {row.city}",
             *(x for x in (row.email, row.website) if x)]
    return Brand(row.name, row.email, "\n".join(lines))


def of_address(db: Session, to_address: str) -> Brand | None:
    """The brand of mail to a user's address (none for an address that is no user's)."""
    account_id = db.scalar(select(User.account_id).where(User.email == to_address.casefold()))
    return of_account(db, account_id)


def apply(message: Message, brand: Brand) -> Message:
    """The message in the reseller's name: the product's name replaced, the signature added."""
    subject = message.subject.replace(PRODUCT, brand.name)
    body = message.body.replace(PRODUCT, brand.name).rstrip("\n") + f"\n\n-- \n{brand.signature}\n"
    return Message(message.kind, subject, body)
