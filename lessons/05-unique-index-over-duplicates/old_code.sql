SELECT id, email FROM users WHERE email = 'ada@example.test';
