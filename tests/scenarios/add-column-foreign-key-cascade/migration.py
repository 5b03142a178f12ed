op.add_column(
    "engineers",
    sa.Column("team_id", sa.Integer(), sa.ForeignKey("teams.id", ondelete="CASCADE"), nullable=True),
)
op.execute("UPDATE engineers SET team_id = 1 WHERE id IN (1, 4)")
op.execute("UPDATE engineers SET team_id = 2 WHERE id = 2")
op.execute("DELETE FROM teams WHERE id = 1")
