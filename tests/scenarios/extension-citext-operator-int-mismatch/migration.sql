DELETE FROM users WHERE email = 1;
