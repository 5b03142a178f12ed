UPDATE players SET team_id = 11 WHERE id = 1;
ALTER TABLE players ADD FOREIGN KEY (team_id) REFERENCES teams (id);
