"""Two-factor sign-in: each user's shared secret (encrypted) and last used time step, recovery
codes (keyed hashes), and the owner's requirement on the account

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 00:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from provider.db.base import UTCDateTime

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('two_factor',
                    sa.Column('user_id', sa.Integer(), nullable=False),
                    sa.Column('secret', sa.String(length=512), nullable=True),
                    sa.Column('pending_secret', sa.String(length=512), nullable=True),
                    sa.Column('enabled_at', UTCDateTime(timezone=True), nullable=True),
                    sa.Column('last_step', sa.BigInteger(), nullable=True),
                    sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                            name=op.f('fk_two_factor_user_id_users')),
                    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_two_factor')))
    op.create_table('recovery_codes',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('user_id', sa.Integer(), nullable=False),
                    sa.Column('code_hash', sa.String(length=64), nullable=False),
                    sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
                    sa.Column('used_at', UTCDateTime(timezone=True), nullable=True),
                    sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                            name=op.f('fk_recovery_codes_user_id_users')),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_recovery_codes')),
                    sa.UniqueConstraint('user_id', 'code_hash',
                                        name=op.f('uq_recovery_codes_user_id')))
    with op.batch_alter_table('recovery_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recovery_codes_user_id'), ['user_id'], unique=False)
    # A plain ADD COLUMN, also on SQLite: batch mode would copy the accounts table, and
    # dropping the old one fails on the accounts that other rows refer to.
    op.add_column('accounts', sa.Column('require_two_factor', sa.Boolean(), nullable=False,
                                        server_default=sa.text('false')))


def downgrade() -> None:
    op.drop_column('accounts', 'require_two_factor')  # SQLite 3.35+ drops a column in place
    with op.batch_alter_table('recovery_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recovery_codes_user_id'))
    op.drop_table('recovery_codes')
    op.drop_table('two_factor')
