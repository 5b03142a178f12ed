from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute(
        """
        CREATE OR REPLACE FUNCTION slugify(v text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT
        AS $$ SELECT trim(both '-' from regexp_replace(lower(v), '[^a-z0-9]+', '-', 'g')) $$
        """
    )
    op.add_column("products", sa.Column("slug", sa.Text(), nullable=True))
    op.execute("UPDATE products SET slug = slugify(name)")
    op.create_index("ix_products_slug", "products", [sa.text("slugify(name)")], unique=True)
    op.alter_column("products", "slug", nullable=False, existing_type=sa.Text())
