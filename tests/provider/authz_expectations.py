"""Who may call each route: the expected side of the authorization matrix
(tests/provider/test_authorization_matrix.py).

One entry per (METHOD, path template exactly as /openapi.json writes it) -> the callers allowed.
Callers: "anonymous" (no token) and the roles of the demo business account. A user of ANOTHER
account is never allowed on /accounts/{account_id}/... routes: they get 404, as if the account
did not exist. A route in the API without an entry here fails the matrix test, so add yours:
append a group with a comment, and if your paths have new {parameters}, register a resolver
for them in tests/provider/authz_resolvers.py.
"""

from __future__ import annotations

ROLES = frozenset({"owner", "admin", "billing", "technical", "viewer"})
# The provider's staff (a user of the provider's own account): on a customer's /accounts/...
# routes an operator is a stranger (404), like a user of another account.
STAFF = frozenset({"operator"})
CALLERS = frozenset({"anonymous"} | ROLES | STAFF)

EVERYONE = CALLERS
SIGNED_IN = ROLES | STAFF
OPERATOR = STAFF
OWNER = frozenset({"owner"})
MANAGERS = frozenset({"owner", "admin"})  # account profile, users and invitations
BILLING = frozenset({"owner", "admin", "billing"})  # addresses, shop, payments, invoices
TECHNICAL = frozenset({"owner", "admin", "technical"})  # numbers, porting, VoIP passwords

# Staff of a reseller whose customer the demo business account is, one per role: on the
# customer's /accounts/... routes only the reseller's owner and admin act (what the route allows
# those roles, never an owner-only act); its billing, technical and viewer users get 403.
RESELLER_STAFF = {f"reseller-{role}": role for role in sorted(ROLES)}


def reseller_staff_allowed(route_allowed: frozenset[str]) -> frozenset[str]:
    if route_allowed == OWNER:
        return frozenset()
    return frozenset(caller for caller, role in RESELLER_STAFF.items()
                     if role in MANAGERS and role in route_allowed)


EXPECTED: dict[tuple[str, str], frozenset[str]] = {
    # Registration and the current user.
    ("POST", "/api/v1/accounts"): EVERYONE,
    ("GET", "/api/v1/me"): SIGNED_IN,
    ("GET", "/api/v1/about"): SIGNED_IN,

    # Sign-in, sessions and passwords: the forgotten-password routes are for people who cannot
    # sign in, so they are open; changing the password needs a session.
    ("POST", "/api/v1/auth/sign-in"): EVERYONE,
    ("POST", "/api/v1/auth/refresh"): EVERYONE,
    ("POST", "/api/v1/auth/sign-out"): SIGNED_IN,
    ("POST", "/api/v1/auth/password-reset-requests"): EVERYONE,
    ("POST", "/api/v1/auth/password-resets"): EVERYONE,
    ("POST", "/api/v1/auth/password"): SIGNED_IN,
    # Two-factor sign-in: the sign-in's second step is for people signing in (the challenge
    # stands for the password); each signed-in user, staff too, sets up and turns off their own.
    ("POST", "/api/v1/auth/sign-in/code"): EVERYONE,
    ("POST", "/api/v1/auth/sign-in/two-factor-setup"): EVERYONE,
    ("POST", "/api/v1/auth/sign-in/two-factor-setup/confirm"): EVERYONE,
    ("GET", "/api/v1/me/two-factor"): SIGNED_IN,
    ("POST", "/api/v1/me/two-factor/setup"): SIGNED_IN,
    ("POST", "/api/v1/me/two-factor/confirm"): SIGNED_IN,
    ("POST", "/api/v1/me/two-factor/recovery-codes"): SIGNED_IN,
    ("POST", "/api/v1/me/two-factor/turn-off"): SIGNED_IN,

    # The account's profile: every role reads it, owner and admin change it.
    ("GET", "/api/v1/accounts/{account_id}"): ROLES,
    ("PATCH", "/api/v1/accounts/{account_id}"): MANAGERS,
    # What changes on the account, as a stream or a page to poll: every role, each event
    # filtered by what the role may read.
    ("GET", "/api/v1/accounts/{account_id}/events"): ROLES,

    # Billing addresses: every role reads them, billing manages them.
    ("GET", "/api/v1/accounts/{account_id}/billing-addresses"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/billing-addresses"): BILLING,
    ("PATCH", "/api/v1/accounts/{account_id}/billing-addresses/{address_id}"): BILLING,
    ("DELETE", "/api/v1/accounts/{account_id}/billing-addresses/{address_id}"): BILLING,

    # Access rights: every role sees who has access; owner and admin invite, change, remove.
    ("GET", "/api/v1/accounts/{account_id}/users"): ROLES,
    ("PATCH", "/api/v1/accounts/{account_id}/users/{user_id}"): MANAGERS,
    ("DELETE", "/api/v1/accounts/{account_id}/users/{user_id}"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/invitations"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/invitations"): MANAGERS,
    ("DELETE", "/api/v1/accounts/{account_id}/invitations/{invitation_id}"): MANAGERS,
    # Accepting is done by the invitee, who has no session yet: the token is the credential.
    ("POST", "/api/v1/invitations/accept"): EVERYONE,

    # Owner-only acts.
    ("POST", "/api/v1/accounts/{account_id}/ownership"): OWNER,
    ("POST", "/api/v1/accounts/{account_id}/close"): OWNER,
    # Requiring two-factor sign-in of every user: the owner's, never done for a customer.
    ("PUT", "/api/v1/accounts/{account_id}/two-factor-requirement"): OWNER,

    # Sandbox (mounted only in sandbox mode, on loopback): the clock and mailbox are test
    # instruments, open to everyone like the sandbox itself.
    ("GET", "/api/v1/sandbox/clock"): EVERYONE,
    ("PUT", "/api/v1/sandbox/clock"): EVERYONE,
    ("POST", "/api/v1/sandbox/clock/advance"): EVERYONE,
    ("GET", "/api/v1/sandbox/mailbox"): EVERYONE,
    ("GET", "/api/v1/sandbox/mailbox/{mail_id}"): EVERYONE,
    # The sandbox's one-request reseller (production: the operator back office or the command).
    ("POST", "/api/v1/sandbox/resellers"): EVERYONE,

    # The money path (issue 4). The catalog is public like a shop window (prices are no
    # secret; registration shows them). Every role reads cart, orders, payments, cards,
    # automatic payments and the ledger; owner, admin and billing buy, pay and manage
    # automatic payments; technical and viewer may not pay.
    ("GET", "/api/v1/catalog"): EVERYONE,
    ("GET", "/api/v1/accounts/{account_id}/cart"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/cart/items"): BILLING,
    ("PATCH", "/api/v1/accounts/{account_id}/cart/items/{item_id}"): BILLING,
    ("DELETE", "/api/v1/accounts/{account_id}/cart/items/{item_id}"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/checkout"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/orders"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/orders/{order_id}"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/orders/{order_id}/payments"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/orders/{order_id}/cancel"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/payments"): ROLES,
    # A payment waiting for the customer's bank: every role may see how it stands; only those
    # who may pay may give it up. Saving a card at Stripe starts with a SetupIntent, which those
    # who may save cards follow while the bank confirms it, and give up.
    ("GET", "/api/v1/accounts/{account_id}/payments/{payment_id}"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/payments/{payment_id}/cancel-authentication"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/card-setups"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/card-setups/{setup_intent_id}"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/card-setups/{setup_intent_id}/cancel"): BILLING,
    # The gateway: which one and its publishable key are public (the client asks before paying);
    # the authentication page is opened by the system browser, without a session; webhooks are
    # trusted by their signature only.
    ("GET", "/api/v1/payment-gateway"): EVERYONE,
    ("GET", "/api/v1/payment-gateway/authentication"): EVERYONE,
    ("POST", "/api/v1/payment-gateway/webhooks/stripe"): EVERYONE,
    ("GET", "/api/v1/accounts/{account_id}/cards"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/cards"): BILLING,
    ("PATCH", "/api/v1/accounts/{account_id}/cards/{card_id}"): BILLING,
    ("DELETE", "/api/v1/accounts/{account_id}/cards/{card_id}"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/sepa-mandate"): ROLES,
    ("PUT", "/api/v1/accounts/{account_id}/sepa-mandate"): BILLING,
    ("DELETE", "/api/v1/accounts/{account_id}/sepa-mandate"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/auto-top-up"): ROLES,
    ("PUT", "/api/v1/accounts/{account_id}/auto-top-up"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/prepaid-subscriptions"): ROLES,
    ("PATCH", "/api/v1/accounts/{account_id}/prepaid-subscriptions/{subscription_id}"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/ledger"): ROLES,
    # Usage debits are posted by call rating and the sandbox call generator; on the customer
    # side only roles that may pay may book against the credit.
    ("POST", "/api/v1/accounts/{account_id}/ledger/usage-debits"): BILLING,
}

# Postpaid, invoices and calls (issue 5). Every role reads the subscription, invoices and calls;
# owner, admin and billing change the subscription and the invoice payment option.
EXPECTED.update({
    ("GET", "/api/v1/accounts/{account_id}/subscription"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/subscription"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/subscription/users"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/subscription/upgrade"): BILLING,
    ("POST", "/api/v1/accounts/{account_id}/subscription/changes"): BILLING,
    ("DELETE", "/api/v1/accounts/{account_id}/subscription/changes/{change_id}"): BILLING,
    # A price quote for adding users or an upgrade changes nothing: every role may ask.
    ("POST", "/api/v1/accounts/{account_id}/subscription/quote"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/invoices"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/invoices/{invoice_id}"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/invoices/{invoice_id}/calls"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/calls"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/invoice-autopay"): ROLES,
    ("PUT", "/api/v1/accounts/{account_id}/invoice-autopay"): BILLING,
    # Sandbox instruments: the call generator and the back office's acts on invoices.
    ("POST", "/api/v1/sandbox/calls"): EVERYONE,
    ("POST", "/api/v1/sandbox/invoices/{invoice_id}/bank-transfer"): EVERYONE,
    ("POST", "/api/v1/sandbox/invoices/{invoice_id}/credit-notes"): EVERYONE,
})

# Numbers, porting and VoIP (issue 5): every role sees numbers, porting requests and VoIP
# accounts (without passwords); ordering a number is a purchase (billing roles); porting, new
# extensions and VoIP passwords (show, change, regenerate) are technical work.
EXPECTED.update({
    ("GET", "/api/v1/accounts/{account_id}/numbers"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/numbers"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/number-pool"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/number-pool/{area_code}"): ROLES,
    ("GET", "/api/v1/accounts/{account_id}/porting-requests"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/porting-requests"): TECHNICAL,
    ("PUT", "/api/v1/accounts/{account_id}/porting-requests/{porting_id}/interim"): TECHNICAL,
    ("GET", "/api/v1/accounts/{account_id}/voip-accounts"): ROLES,
    ("POST", "/api/v1/accounts/{account_id}/voip-accounts"): TECHNICAL,
    ("GET", "/api/v1/accounts/{account_id}/voip-accounts/{voip_id}/password"): TECHNICAL,
    ("PUT", "/api/v1/accounts/{account_id}/voip-accounts/{voip_id}/password"): TECHNICAL,
    ("POST", "/api/v1/accounts/{account_id}/voip-accounts/{voip_id}/password/regenerate"): TECHNICAL,
    ("POST", "/api/v1/sandbox/porting-requests/{porting_id}/advance"): EVERYONE,
    # Resellers: owner and admin run the back office (the demo business account is no reseller,
    # so they get past the access check to a 409); acting for a customer is the customer's own
    # routes (tests/provider/test_reseller_isolation.py).
    ("GET", "/api/v1/accounts/{account_id}/customers"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/customers"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/reseller-overview"): MANAGERS,
})

# Call disputes (issue 7): every role reads them; owner, admin and billing dispute a call.
EXPECTED.update({
    ("POST", "/api/v1/accounts/{account_id}/calls/{call_id}/disputes"): BILLING,
    ("GET", "/api/v1/accounts/{account_id}/call-disputes"): ROLES,
})

# The operator back office: the provider's staff only. Customers of every role get 403, anonymous
# callers 401 (tests/provider/test_operator_back_office.py: resellers get 403 too).
EXPECTED.update({
    ("POST", "/api/v1/operator/bank-statements"): OPERATOR,
    ("GET", "/api/v1/operator/bank-bookings"): OPERATOR,
    ("POST", "/api/v1/operator/bank-bookings/{booking_id}/match"): OPERATOR,
    ("POST", "/api/v1/operator/bank-bookings/{booking_id}/unmatch"): OPERATOR,
    ("POST", "/api/v1/operator/call-records"): OPERATOR,
    ("POST", "/api/v1/operator/invoices/{invoice_id}/credit-notes"): OPERATOR,
    ("POST", "/api/v1/operator/porting-requests/{porting_id}/progress"): OPERATOR,
    ("POST", "/api/v1/operator/resellers"): OPERATOR,
    ("POST", "/api/v1/operator/payments/{payment_id}/refunds"): OPERATOR,
    ("GET", "/api/v1/operator/direct-debit-files"): OPERATOR,
    ("GET", "/api/v1/operator/direct-debit-files/{file_id}"): OPERATOR,
})

# Reseller profiles in the operator back office: the provider's staff only; a reseller may not
# read or change its own profile, let alone another's (tests/provider/test_reseller_profiles.py).
EXPECTED.update({
    ("GET", "/api/v1/operator/resellers/{reseller_id}/profile"): OPERATOR,
    ("PUT", "/api/v1/operator/resellers/{reseller_id}/identity"): OPERATOR,
    ("PUT", "/api/v1/operator/resellers/{reseller_id}/logo"): OPERATOR,
    ("PUT", "/api/v1/operator/resellers/{reseller_id}/accent-color"): OPERATOR,
    ("GET", "/api/v1/operator/resellers/{reseller_id}/logo"): OPERATOR,
})

# A reseller's price list: its own staff (owner, admin) only; another reseller gets 404 as for
# any other account (tests/provider/test_retail_prices.py). The account's catalog at the prices
# it pays: every role, like the rest of the shop.
EXPECTED.update({
    ("GET", "/api/v1/accounts/{account_id}/retail-prices"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/retail-prices"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/call-tariffs"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/call-tariffs"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/catalog"): ROLES,
})

# The logo of the account's reseller (white label): every role of the account, like /me.
EXPECTED.update({
    ("GET", "/api/v1/accounts/{account_id}/brand/logo"): ROLES,
})

# A reseller's wholesale statement (margin report) and its CSV: its own staff (owner, admin).
EXPECTED.update({
    ("GET", "/api/v1/accounts/{account_id}/wholesale-statements/{period}"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/wholesale-statements/{period}/csv"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/reseller-dashboard"): MANAGERS,
})

# A reseller's bulk jobs (export a month's invoices, top-up settings for a selection, import
# customers): its own staff (owner, admin); another reseller gets 404, and a job naming another
# reseller's customer is refused (tests/provider/test_bulk_jobs.py).
EXPECTED.update({
    ("GET", "/api/v1/accounts/{account_id}/bulk-jobs"): MANAGERS,
    ("GET", "/api/v1/accounts/{account_id}/bulk-jobs/{job_id}"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/bulk-jobs/invoice-exports"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/bulk-jobs/auto-top-ups"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/bulk-jobs/customer-imports"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/bulk-jobs/{job_id}/progress"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/bulk-jobs/{job_id}/cancel"): MANAGERS,
    ("POST", "/api/v1/accounts/{account_id}/bulk-jobs/{job_id}/resume"): MANAGERS,
})
