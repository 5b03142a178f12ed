-- Sample rows (written for the corpus): ports created before pxe_enabled had a
-- value are NULL there; the revision sets them to true and keeps false as it is.
INSERT INTO nodes (id, created_at, uuid, driver, provision_state, maintenance) VALUES
  (1, '2016-02-01 08:00:00', '1be26c0b-03f2-4d2e-ae87-c02d7f33c123', 'pxe_ipmitool', 'available', false),
  (2, '2016-02-01 08:10:00', '2be26c0b-03f2-4d2e-ae87-c02d7f33c124', 'agent_ipmitool', 'active', false);
INSERT INTO ports (created_at, uuid, address, node_id, pxe_enabled) VALUES
  ('2016-02-01 08:00:00', '6d85703a-565d-469a-96ce-30b6de53079d', '52:54:00:cf:2d:31', 1, NULL),
  ('2016-02-01 08:01:00', '7d85703a-565d-469a-96ce-30b6de53079e', '52:54:00:cf:2d:32', 1, false),
  ('2016-02-01 08:10:00', '8d85703a-565d-469a-96ce-30b6de53079f', '52:54:00:cf:2d:33', 2, true),
  ('2016-02-01 08:11:00', '9d85703a-565d-469a-96ce-30b6de5307a0', '52:54:00:cf:2d:34', 2, NULL);
