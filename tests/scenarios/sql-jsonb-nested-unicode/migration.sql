UPDATE docs SET body = '{"user": {"name": "Zoë", "tags": ["a", {"k": 1, "k": 2}], "aa": 1, "b": 2}, "list": [[], {}, [null]]}' WHERE id = 1;
UPDATE docs SET body = '{"esc": "caf\u00e9 \ud83d\ude00 tab\t quote\" slash\/ back\\", "num": 1.50E+2}', raw = '{"esc": "caf\u00e9"}' WHERE id = 2;
UPDATE docs SET body = '{"emoji": "😀", "cjk": "日本", "big": 12345678901234567890.12345678901234567890}' WHERE id = 3;
UPDATE docs SET raw = '{"nul": "\u0000"}' WHERE id = 4;
UPDATE docs SET body = '{"nul": "\u0000"}' WHERE id = 4;
