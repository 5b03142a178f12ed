-- Sample rows (written for the corpus): an installation without a user named
-- "admin", so the previous revision left one project without an owner and one
-- user without a quota; making owner_id NOT NULL fails on that project.
INSERT INTO users (id, name, token, global_role, projects_quota) VALUES
  ('5e9c1d2a-0000-4000-8000-000000000001', 'alice', 'token-alice', 'ADMIN', 3),
  ('5e9c1d2a-0000-4000-8000-000000000002', 'bob', 'token-bob', 'USER', NULL);
INSERT INTO projects (id, name, ssh_private_key, ssh_public_key, owner_id) VALUES
  ('6f0d2e3b-0000-4000-8000-000000000001', 'main', 'private-key', 'ssh-ed25519 AAAA main', '5e9c1d2a-0000-4000-8000-000000000001'),
  ('6f0d2e3b-0000-4000-8000-000000000002', 'legacy', 'private-key', 'ssh-ed25519 AAAA legacy', NULL);
