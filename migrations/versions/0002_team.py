"""team app: internal notes, canned replies with version history, merges

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:35:04.981202

"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'canned_replies',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('channel', sa.String(length=10), nullable=False),
        sa.Column('subject', sa.String(length=500), nullable=True),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('archived', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_canned_replies')),
        sa.UniqueConstraint('name', name=op.f('uq_canned_replies_name')),
    )
    op.create_table(
        'canned_reply_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('canned_reply_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('channel', sa.String(length=10), nullable=False),
        sa.Column('subject', sa.String(length=500), nullable=True),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=True),
        sa.Column('author', sa.String(length=320), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_canned_reply_versions_author_id_users')),
        sa.ForeignKeyConstraint(['canned_reply_id'], ['canned_replies.id'],
                                name=op.f('fk_canned_reply_versions_canned_reply_id_canned_replies')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_canned_reply_versions')),
        sa.UniqueConstraint('canned_reply_id', 'version', name=op.f('uq_canned_reply_versions_canned_reply_id_version')),
    )
    op.create_index(op.f('ix_canned_reply_versions_canned_reply_id'), 'canned_reply_versions', ['canned_reply_id'])
    op.create_table(
        'merges',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('target_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('moved', sa.JSON(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['enquiries.id'], name=op.f('fk_merges_source_id_enquiries')),
        sa.ForeignKeyConstraint(['target_id'], ['enquiries.id'], name=op.f('fk_merges_target_id_enquiries')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_merges_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_merges')),
    )
    op.create_index(op.f('ix_merges_source_id'), 'merges', ['source_id'])
    op.create_index(op.f('ix_merges_target_id'), 'merges', ['target_id'])
    op.create_table(
        'notes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('enquiry_id', sa.Integer(), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=True),
        sa.Column('author', sa.String(length=320), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_notes_author_id_users')),
        sa.ForeignKeyConstraint(['enquiry_id'], ['enquiries.id'], name=op.f('fk_notes_enquiry_id_enquiries')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_notes')),
    )
    op.create_index(op.f('ix_notes_enquiry_id'), 'notes', ['enquiry_id'])


def downgrade():
    op.drop_index(op.f('ix_notes_enquiry_id'), table_name='notes')
    op.drop_table('notes')
    op.drop_index(op.f('ix_merges_target_id'), table_name='merges')
    op.drop_index(op.f('ix_merges_source_id'), table_name='merges')
    op.drop_table('merges')
    op.drop_index(op.f('ix_canned_reply_versions_canned_reply_id'), table_name='canned_reply_versions')
    op.drop_table('canned_reply_versions')
    op.drop_table('canned_replies')
