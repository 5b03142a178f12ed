CREATE TABLE accounts (id int PRIMARY KEY, settings json);
INSERT INTO accounts VALUES
  (1, '{"ui": {"theme" : "dark"}, "beta": null, "beta":true, "tags": [ "a" , "b" ]}'),
  (2, '{ "ui" : { "theme": "light", "font": 12 } }'),
  (3, NULL);
