"""Every table, importable from one place (Alembic's env and the services use this)."""

from provider.db.models.accounts import Account, AccountService, BillingAddress, User
from provider.db.models.auth import (
    AuthSession,
    Invitation,
    PasswordResetToken,
    SpentRefreshToken,
    ThrottleCounter,
)
from provider.db.models.back_office import (
    BankBooking,
    BankStatementImport,
    CallImport,
    DirectDebitFile,
    InvoiceSettlement,
)
from provider.db.models.billing import (
    InvoicePaymentSetting,
    OneOffItem,
    RecurringCharge,
    Subscription,
    SubscriptionChange,
)
from provider.db.models.bulk import BulkJob, BulkJobItem
from provider.db.models.disputes import CallDispute
from provider.db.models.events import AccountEvent, AccountEventCounter
from provider.db.models.gateway import (
    GatewayCard,
    GatewayCharge,
    GatewayRefund,
    StripeCustomer,
    StripeIntent,
)
from provider.db.models.invoices import (
    CallRecord,
    Invoice,
    InvoiceCounter,
    InvoiceItem,
    ResellerInvoiceCounter,
)
from provider.db.models.jobs import JobStatus
from provider.db.models.ledger import LedgerEntry
from provider.db.models.mail import OutboxMail
from provider.db.models.payments import (
    AutoTopUp,
    IdempotencyRecord,
    Payment,
    PrepaidSubscription,
    SavedCard,
    SepaMandate,
)
from provider.db.models.retail import CallTariffRow, RetailPrice
from provider.db.models.sandbox import SandboxState
from provider.db.models.sellers import (
    ResellerProfile,
    SellerBankAccount,
    SellerIdentity,
    SellerVatRegistration,
)
from provider.db.models.shop import Cart, CartItem, Order, OrderItem
from provider.db.models.telephony import PhoneNumber, PortingRequest, VoipAccount
from provider.db.models.two_factor import RecoveryCode, TwoFactor

__all__ = [
    "Account",
    "AccountEvent",
    "AccountEventCounter",
    "AccountService",
    "AuthSession",
    "AutoTopUp",
    "BankBooking",
    "BulkJob",
    "BulkJobItem",
    "BankStatementImport",
    "CallImport",
    "DirectDebitFile",
    "BillingAddress",
    "CallDispute",
    "Cart",
    "CartItem",
    "GatewayCard",
    "GatewayCharge",
    "GatewayRefund",
    "IdempotencyRecord",
    "Invitation",
    "LedgerEntry",
    "Order",
    "OrderItem",
    "OutboxMail",
    "PasswordResetToken",
    "Payment",
    "PrepaidSubscription",
    "SandboxState",
    "ResellerInvoiceCounter",
    "ResellerProfile",
    "RetailPrice",
    "CallTariffRow",
    "SellerBankAccount",
    "SellerIdentity",
    "SellerVatRegistration",
    "SavedCard",
    "SepaMandate",
    "StripeCustomer",
    "StripeIntent",
    "User",
    "CallRecord",
    "Invoice",
    "InvoiceCounter",
    "InvoiceItem",
    "JobStatus",
    "InvoicePaymentSetting",
    "InvoiceSettlement",
    "OneOffItem",
    "PhoneNumber",
    "PortingRequest",
    "RecoveryCode",
    "RecurringCharge",
    "SpentRefreshToken",
    "Subscription",
    "SubscriptionChange",
    "ThrottleCounter",
    "TwoFactor",
    "VoipAccount",
]
