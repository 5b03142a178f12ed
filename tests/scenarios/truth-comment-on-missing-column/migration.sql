-- COMMENT ON names an object that must exist (get_object_address's errors).
COMMENT ON TABLE users IS 'people who sign in';
COMMENT ON COLUMN users.email IS 'login address';
COMMENT ON COLUMN users.emial IS 'typo';
