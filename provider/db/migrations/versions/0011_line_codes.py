"""Invoice lines by code and parameters (worded in the account's language when rendered), and the
recurring charges and one-off items they come from

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 18:40:00.000000

Existing rows get their code and parameters read back from the English descriptions the code
wrote (the formats below are the only ones it ever wrote); a description that matches none keeps
no code, and clients then print the description as it is.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

BATCH = 1000
PRODUCTS = {"SIP Trunk": "sip_trunk", "PBX Basic": "pbx_basic", "PBX Business": "pbx_business",
            "PBX Premium": "pbx_premium", "Phone number (local)": "number_local",
            "Phone number (national service)": "number_national"}
ZONES = {"national fixed network": "national_fixed", "national mobile": "national_mobile", "Europe": "europe",
         "rest of the world": "world"}
_NAMES = "|".join(re.escape(p) for p in PRODUCTS)
_P = f"(?P<product>{_NAMES})"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("users", re.compile(rf"^{_P}, per user( \(added (?P<added>\d{{4}}-\d\d-\d\d)\))?$")),
    ("number_fee", re.compile(rf"^{_P} \+(?P<number>\d+), one-off fee$")),
    ("number", re.compile(rf"^{_P} \+(?P<number>\d+)$")),
    ("calls", re.compile(r"^Calls to (?P<zone>.+)$")),
    ("users_added", re.compile(rf"^(?P<count>\d+) user\(s\) added to {_P} from (?P<from>\d{{4}}-\d\d-\d\d)$")),
    ("upgrade", re.compile(rf"^Upgrade (?P<old>{_NAMES}) to (?P<new>{_NAMES}), (?P<users>\d+) user\(s\), "
                           r"(?P<from>\d{4}-\d\d-\d\d) to month end$")),
    ("credit_note", re.compile(r"^Credit for invoice (?P<invoice>\d{4}-\d{6}): (?P<reason>.*)$", re.S)),
)


def code_of(description: str) -> tuple[str | None, dict[str, object] | None]:
    for code, pattern in PATTERNS:
        m = pattern.match(description)
        if m is None:
            continue
        params: dict[str, object] = {k: v for k, v in m.groupdict().items() if v is not None}
        for key in ("product", "old", "new"):
            if key in params:
                params[key] = PRODUCTS[str(params[key])]
        for key in ("count", "users"):
            if key in params:
                params[key] = int(str(params[key]))
        if code == "calls":
            if params["zone"] not in ZONES:
                return None, None
            params["zone"] = ZONES[str(params["zone"])]
        return code, params
    return None, None


def _backfill(table: str, with_code: bool, kind_column: str | None = None) -> None:
    cols = [sa.column("id", sa.Integer), sa.column("description", sa.String), sa.column("params", sa.JSON)]
    if with_code:
        cols.append(sa.column("code", sa.String))
    t = sa.table(table, *cols)
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(sa.select(t.c.id, t.c.description).where(t.c.id > last).order_by(t.c.id)
                            .limit(BATCH)).all()
        if not rows:
            break
        updates = []
        for row_id, description in rows:
            code, params = code_of(description or "")
            if code is not None:
                updates.append({"row_id": row_id, "code": code, "params": params})
        if updates:
            values = {"params": sa.bindparam("params")}
            if with_code:
                values["code"] = sa.bindparam("code")
            bind.execute(t.update().where(t.c.id == sa.bindparam("row_id")).values(**values), updates)
        last = rows[-1][0]


def upgrade() -> None:
    op.add_column("invoice_items", sa.Column("code", sa.String(32)))
    op.add_column("invoice_items", sa.Column("params", sa.JSON))
    op.add_column("recurring_charges", sa.Column("params", sa.JSON))
    op.add_column("one_off_items", sa.Column("code", sa.String(32)))
    op.add_column("one_off_items", sa.Column("params", sa.JSON))
    _backfill("invoice_items", with_code=True)
    _backfill("recurring_charges", with_code=False)
    _backfill("one_off_items", with_code=True)


def downgrade() -> None:
    op.drop_column("one_off_items", "params")
    op.drop_column("one_off_items", "code")
    op.drop_column("recurring_charges", "params")
    op.drop_column("invoice_items", "params")
    op.drop_column("invoice_items", "code")
