from alembic import op


def upgrade():
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index("ix_products_name_trgm", "products", ["name"], postgresql_using="gin", postgresql_ops={"name": "gin_trgm_ops"})
    op.create_index("ix_products_sku_trgm", "products", ["sku"], postgresql_using="gist", postgresql_ops={"sku": "gist_trgm_ops"})
    op.execute("UPDATE products SET name = name || ' (lamp)' WHERE name ILIKE '%lamp%' AND similarity(name, 'lamp') > 0.2")
