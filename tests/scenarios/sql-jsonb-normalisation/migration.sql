UPDATE settings SET prefs = '{"b": 1, "a": [1, 2.50, 1e3], "a": "dup", "nested": {"z": null, "y": true}}',
                    raw   = '{"b": 1,   "a": "dup",  "a": 2}'
 WHERE owner = 'ada';
UPDATE settings SET prefs = '  [ "x" , 1.0 , -0 , 0.1e1, "\u00e9" ] ' WHERE owner = 'alan';
UPDATE settings SET prefs = '"just a string"', raw = ' 42 ' WHERE owner = 'grace';
UPDATE settings SET raw = '{"broken": }' WHERE owner = 'grace';
