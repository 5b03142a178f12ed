INSERT INTO api_keys (owner, label) VALUES ('ann', 'ci'), ('bob', 'laptop')
ON CONFLICT (owner, label) WHERE NOT revoked DO NOTHING;
INSERT INTO api_keys (owner, label) VALUES ('bob', 'deploy')
ON CONFLICT (owner, label) DO UPDATE SET revoked = false;
