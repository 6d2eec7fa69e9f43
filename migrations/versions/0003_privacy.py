"""privacy: record of anonymised enquiries (retention and erasure)

Message bodies, attachments, outbox bodies, notes and quarantined mail switch to encrypted column
types in the model, but those keep their text and binary storage, so no column changes here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'anonymisations',
        sa.Column('enquiry_id', sa.Integer(), nullable=False),
        sa.Column('cause', sa.String(length=20), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['enquiry_id'], ['enquiries.id'], name=op.f('fk_anonymisations_enquiry_id_enquiries')),
        sa.PrimaryKeyConstraint('enquiry_id', name=op.f('pk_anonymisations')),
    )


def downgrade():
    op.drop_table('anonymisations')
