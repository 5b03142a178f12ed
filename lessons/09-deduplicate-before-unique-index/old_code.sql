SELECT id, name FROM users WHERE email = 'ada@example.test';
