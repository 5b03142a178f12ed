from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("items", sa.Column("category", sa.Text()))
    op.add_column("items", sa.Column("serial", sa.Integer()))
    op.add_column("items", sa.Column("color", sa.Text()))
    op.execute(
        sa.text(
            """
            UPDATE items
               SET category = upper((regexp_match(sku, '^([a-z]+)-', 'i'))[1]),
                   serial = (regexp_match(sku, '-(\\d+)'))[1]::integer,
                   color = nullif(split_part(sku, '-', 3), '')
            """
        )
    )
    op.execute("SELECT id, sku SIMILAR TO '[A-Z]+-[0-9]+%' AS canonical, regexp_count(sku, '-') AS dashes FROM items ORDER BY id")
    op.alter_column("items", "category", nullable=False, existing_type=sa.Text())
