UPDATE settings SET prefs = prefs || '{"theme": "dark"}';
