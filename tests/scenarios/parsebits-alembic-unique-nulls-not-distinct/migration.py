from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table(
        "badges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer()),
        sa.Column("kind", sa.String(20)),
        sa.UniqueConstraint("member_id", "kind", name="uq_badges_member_kind", postgresql_nulls_not_distinct=True),
    )
    op.execute("INSERT INTO badges VALUES (1, NULL, 'gold'), (2, 1, NULL)")
    op.create_unique_constraint("uq_members_team", "members", ["team_id"], postgresql_nulls_not_distinct=False)
    op.create_index("ix_members_team_id", "members", ["team_id", "id"], unique=True, postgresql_nulls_not_distinct=True)
    op.create_index("ix_members_handle", "members", ["handle"], postgresql_nulls_not_distinct=False)
    op.create_unique_constraint("uq_members_team_handle", "members", ["team_id", "handle"], postgresql_nulls_not_distinct=True)


def downgrade():
    op.drop_table("badges")
