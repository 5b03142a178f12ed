-- Sample rows (written for the corpus): two nodes claim the same Nova instance,
-- which the new unique constraint on instance_uuid cannot accept.
INSERT INTO nodes (created_at, uuid, instance_uuid, driver, provision_state, maintenance) VALUES
  ('2015-01-05 10:00:00', '1be26c0b-03f2-4d2e-ae87-c02d7f33c123', 'a1b2c3d4-0000-4000-8000-000000000001', 'pxe_ipmitool', 'active', false),
  ('2015-01-05 10:05:00', '2be26c0b-03f2-4d2e-ae87-c02d7f33c124', 'a1b2c3d4-0000-4000-8000-000000000002', 'pxe_ipmitool', 'active', false),
  ('2015-01-06 09:30:00', '3be26c0b-03f2-4d2e-ae87-c02d7f33c125', 'a1b2c3d4-0000-4000-8000-000000000001', 'agent_ipmitool', 'deploying', false),
  ('2015-01-07 14:00:00', '4be26c0b-03f2-4d2e-ae87-c02d7f33c126', NULL, 'fake', NULL, true);
