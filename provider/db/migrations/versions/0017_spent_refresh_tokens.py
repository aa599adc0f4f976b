"""Every spent refresh token of a session is kept (as a hash), not only the last one

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 21:20:00.000000

Reuse detection looked only at the token a session replaced last; a copy stolen two rotations
ago came back unnoticed. The last replaced token of each session is carried over.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from provider.db.base import UTCDateTime

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('spent_refresh_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('spent_at', UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['auth_sessions.id'],
                            name=op.f('fk_spent_refresh_tokens_session_id_auth_sessions')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_spent_refresh_tokens'))
    )
    with op.batch_alter_table('spent_refresh_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spent_refresh_tokens_session_id'), ['session_id'],
                              unique=False)
    op.execute("INSERT INTO spent_refresh_tokens (token_hash, session_id, spent_at) "
               "SELECT previous_refresh_hash, id, created_at FROM auth_sessions "
               "WHERE previous_refresh_hash IS NOT NULL")
    with op.batch_alter_table('auth_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_sessions_previous_refresh_hash'))
        batch_op.drop_column('previous_refresh_hash')


def downgrade() -> None:
    with op.batch_alter_table('auth_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_refresh_hash', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_auth_sessions_previous_refresh_hash'),
                              ['previous_refresh_hash'], unique=False)
    with op.batch_alter_table('spent_refresh_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spent_refresh_tokens_session_id'))
    op.drop_table('spent_refresh_tokens')
