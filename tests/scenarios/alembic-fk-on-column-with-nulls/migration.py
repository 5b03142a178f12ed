op.create_foreign_key("fk_players_team_id_teams", "players", "teams", ["team_id"], ["id"], ondelete="SET NULL")
op.execute("DELETE FROM teams WHERE name = 'red'")
op.create_foreign_key(None, "players", "teams", ["id"], ["id"])
