-- Sample rows (written for the corpus): names and affiliations with their
-- persistent identifiers; the revision copies each PID into the new pid column.
INSERT INTO pidstore_pid (created, updated, pid_type, pid_value, pid_provider, status, object_type, object_uuid) VALUES
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'names', '0000-0001-8135-3489', 'orcid', 'R', 'rec', 'c2b3a1d0-1111-4111-8111-000000000001'),
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'names', '0000-0002-1825-0097', 'orcid', 'R', 'rec', 'c2b3a1d0-1111-4111-8111-000000000002'),
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'aff', '01ggx4157', 'ror', 'R', 'rec', 'd3c4b2e1-2222-4222-8222-000000000001'),
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'recid', 'abcd-1234', 'recidv2', 'R', 'rec', 'c2b3a1d0-1111-4111-8111-000000000003');
INSERT INTO name_metadata (created, updated, id, json, version_id) VALUES
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'c2b3a1d0-1111-4111-8111-000000000001', '{"name": "Doe, Jane"}', 1),
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'c2b3a1d0-1111-4111-8111-000000000002', '{"name": "Smith, John"}', 1),
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'c2b3a1d0-1111-4111-8111-000000000003', '{"name": "No PID, Anonymous"}', 2);
INSERT INTO affiliation_metadata (created, updated, id, json, version_id) VALUES
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'd3c4b2e1-2222-4222-8222-000000000001', '{"name": "CERN"}', 1),
  ('2022-03-01 10:00:00', '2022-03-01 10:00:00', 'd3c4b2e1-2222-4222-8222-000000000002', '{"name": "Unlisted"}', 1);
