"""Call records: that each names an existing account is checked once per statement (a trigger
over the statement's new rows) instead of once per row by a foreign key, whose per-row lookup
was a third of the database's work in a call import's COPY; an account with calls still cannot
be deleted (docs/rules.md, "Call records are all or nothing")

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 03:40:00.000000
"""

from __future__ import annotations

from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None

_FK = 'fk_call_records_account_id_accounts'
_NO_ACCOUNT = "call_records.account_id names no account"
_HAS_CALLS = "the account has call records"

# PostgreSQL. New rows: the accounts they name (one pass over them) locked against deletion
# (FOR KEY SHARE, in id order, as the foreign key's check would one by one) and counted.
# Rows whose account changes, and accounts deleted or renumbered: checked row by row (rare).
_PG_UP = [
    f"""CREATE FUNCTION call_records_accounts_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named bigint[] := ARRAY(SELECT DISTINCT account_id FROM new_calls);
  present bigint;
BEGIN
  SELECT count(*) INTO present FROM (
    SELECT id FROM accounts WHERE id = ANY(named) ORDER BY id FOR KEY SHARE) locked;
  IF present <> cardinality(named) THEN
    RAISE foreign_key_violation USING MESSAGE = '{_NO_ACCOUNT}';
  END IF;
  RETURN NULL;
END $$""",
    """CREATE TRIGGER call_records_accounts_exist AFTER INSERT ON call_records
REFERENCING NEW TABLE AS new_calls FOR EACH STATEMENT EXECUTE FUNCTION call_records_accounts_exist()""",
    f"""CREATE FUNCTION call_records_account_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM accounts WHERE id = NEW.account_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE foreign_key_violation USING MESSAGE = '{_NO_ACCOUNT}';
  END IF;
  RETURN NEW;
END $$""",
    """CREATE TRIGGER call_records_account_exists BEFORE UPDATE OF account_id ON call_records
FOR EACH ROW WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id)
EXECUTE FUNCTION call_records_account_exists()""",
    f"""CREATE FUNCTION accounts_without_calls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
    RETURN NULL;
  END IF;
  IF EXISTS (SELECT 1 FROM call_records WHERE account_id = OLD.id) THEN
    RAISE foreign_key_violation USING MESSAGE = '{_HAS_CALLS}';
  END IF;
  RETURN NULL;
END $$""",
    """CREATE CONSTRAINT TRIGGER accounts_without_calls AFTER DELETE OR UPDATE OF id ON accounts
FOR EACH ROW EXECUTE FUNCTION accounts_without_calls()""",
]
_PG_DOWN = [
    "DROP TRIGGER accounts_without_calls ON accounts",
    "DROP FUNCTION accounts_without_calls()",
    "DROP TRIGGER call_records_account_exists ON call_records",
    "DROP FUNCTION call_records_account_exists()",
    "DROP TRIGGER call_records_accounts_exist ON call_records",
    "DROP FUNCTION call_records_accounts_exist()",
]
# SQLite (one writer; speed is not at stake): the same rules row by row.
_SQLITE_UP = [
    f"""CREATE TRIGGER call_records_account_insert BEFORE INSERT ON call_records
WHEN NOT EXISTS (SELECT 1 FROM accounts WHERE id = NEW.account_id)
BEGIN SELECT RAISE(ABORT, '{_NO_ACCOUNT}'); END""",
    f"""CREATE TRIGGER call_records_account_update BEFORE UPDATE OF account_id ON call_records
WHEN NOT EXISTS (SELECT 1 FROM accounts WHERE id = NEW.account_id)
BEGIN SELECT RAISE(ABORT, '{_NO_ACCOUNT}'); END""",
    f"""CREATE TRIGGER accounts_call_records_delete BEFORE DELETE ON accounts
WHEN EXISTS (SELECT 1 FROM call_records WHERE account_id = OLD.id)
BEGIN SELECT RAISE(ABORT, '{_HAS_CALLS}'); END""",
    f"""CREATE TRIGGER accounts_call_records_update BEFORE UPDATE OF id ON accounts
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM call_records WHERE account_id = OLD.id)
BEGIN SELECT RAISE(ABORT, '{_HAS_CALLS}'); END""",
]
_SQLITE_DOWN = ["DROP TRIGGER accounts_call_records_update", "DROP TRIGGER accounts_call_records_delete",
                "DROP TRIGGER call_records_account_update", "DROP TRIGGER call_records_account_insert"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(_FK, 'call_records', type_='foreignkey')
        for statement in _PG_UP:
            op.execute(statement)
    else:
        with op.batch_alter_table('call_records') as batch:
            batch.drop_constraint(_FK, type_='foreignkey')
        for statement in _SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in _PG_DOWN if postgresql else _SQLITE_DOWN:
        op.execute(statement)
    with op.batch_alter_table('call_records') as batch:
        batch.create_foreign_key(_FK, 'accounts', ['account_id'], ['id'])
