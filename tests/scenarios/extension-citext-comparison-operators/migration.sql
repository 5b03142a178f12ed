UPDATE users SET flag = 'eq' WHERE email = 'ANN@EXAMPLE.COM';
UPDATE users SET flag = 'in' WHERE email IN ('BOB@example.com', 'nobody');
UPDATE users SET flag = coalesce(flag, '') || '+text' WHERE email = alias;
UPDATE users SET flag = coalesce(flag, '') || '+ne' WHERE email <> 'carol@example.com';
UPDATE users SET flag = coalesce(flag, '') || '+lt' WHERE email < 'C';
UPDATE users SET flag = coalesce(flag, '') || '+notin' WHERE email NOT IN ('DAVE@EXAMPLE.COM');
UPDATE users SET flag = coalesce(flag, '') || '+varchar' WHERE email = 'carol@example.com'::varchar;
