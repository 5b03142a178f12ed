op.create_table(
    "api_keys",
    sa.Column("id", sa.Integer(), autoincrement=False, primary_key=True),
    sa.Column("owner_email", sa.String(length=255), nullable=False),
    sa.Column("key_hash", sa.String(length=64), nullable=False),
    sa.Column("revoked", sa.Boolean(), nullable=False, server_default=sa.false()),
)
op.create_index(op.f("ix_api_keys_owner_email"), "api_keys", ["owner_email"], unique=False)
op.create_index(op.f("ix_api_keys_key_hash"), "api_keys", ["key_hash"], unique=True)
op.execute("INSERT INTO api_keys (id, owner_email, key_hash) VALUES (1, 'a@x', 'h1'), (2, 'a@x', 'h2')")
op.execute("INSERT INTO api_keys (owner_email, key_hash) VALUES ('b@x', 'h3')")
