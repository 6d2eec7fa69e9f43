"""IMAP UIDVALIDITY and UIDs up to 2**32 - 1; an index for the daily acknowledgement count

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('mailbox_state', schema=None) as batch_op:
        batch_op.alter_column('uidvalidity', existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=True)
        batch_op.alter_column('last_uid', existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_recipient_created', ['recipient', 'created_at'], unique=False)


def downgrade():
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_recipient_created')
    with op.batch_alter_table('mailbox_state', schema=None) as batch_op:
        batch_op.alter_column('last_uid', existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False)
        batch_op.alter_column('uidvalidity', existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=True)
