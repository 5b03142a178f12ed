WITH up AS (INSERT INTO teams (name) VALUES ('core'), ('ops') ON CONFLICT (name) DO UPDATE SET name = excluded.name || '-2' RETURNING id, name) INSERT INTO team_log SELECT * FROM up;
INSERT INTO teams (name) VALUES ('ops-2'), ('qa') ON CONFLICT (name) DO NOTHING RETURNING id, name;
