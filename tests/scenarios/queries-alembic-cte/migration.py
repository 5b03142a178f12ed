op.add_column("users", sa.Column("level", sa.Integer(), nullable=True))
op.execute(
    """
    WITH RECURSIVE tree(id, depth) AS (
        SELECT id, 0 FROM users WHERE manager_id IS NULL
        UNION ALL
        SELECT u.id, tree.depth + 1 FROM users u JOIN tree ON u.manager_id = tree.id
    )
    UPDATE users SET level = tree.depth FROM tree WHERE tree.id = users.id
    """
)
