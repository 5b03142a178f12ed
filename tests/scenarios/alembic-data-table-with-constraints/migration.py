"""Initialize all members weights to 1 (a table snapshot with its constraints, as ihatemoney writes it)

Revision ID: f629c8ef4ab0
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "f629c8ef4ab0"
down_revision = None

person_helper = sa.Table(
    "person",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("project_id", sa.String(length=64), nullable=True),
    sa.Column("name", sa.UnicodeText(), nullable=True),
    sa.Column("weight", sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(["project_id"], ["project.id"]),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("name"),
    sa.CheckConstraint("weight > 0"),
)


def upgrade():
    op.execute(
        person_helper.update().where(person_helper.c.weight == None).values(weight=1)
    )
    op.bulk_insert(person_helper, [{"id": 10, "project_id": "p", "name": "cy", "weight": 0.5}])


def downgrade():
    pass
