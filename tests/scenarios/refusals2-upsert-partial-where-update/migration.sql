INSERT INTO api_keys AS k (owner, label) VALUES ('ann', 'ci'), ('cat', 'ci')
ON CONFLICT (label, owner) WHERE NOT k.revoked AND k.uses >= 0 DO UPDATE SET uses = k.uses + 1;
INSERT INTO api_keys (owner, label) VALUES ('bob', 'deploy')
ON CONFLICT (owner, label) WHERE (NOT revoked) DO NOTHING;
INSERT INTO api_keys (owner, label) VALUES ('bob', 'deploy')
ON CONFLICT (owner, label) WHERE NOT "revoked" DO UPDATE SET uses = 10 WHERE api_keys.uses = 0;
INSERT INTO api_keys (owner, label) VALUES ('bob', 'deploy')
ON CONFLICT (owner, label) WHERE NOT revoked AND missing DO NOTHING;
