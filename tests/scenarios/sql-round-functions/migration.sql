ALTER TABLE metrics ADD COLUMN rounded numeric;
ALTER TABLE metrics ADD COLUMN rounded2 numeric;
ALTER TABLE metrics ADD COLUMN truncated numeric;
ALTER TABLE metrics ADD COLUMN neg_round numeric;
UPDATE metrics SET rounded = round(price),
                   rounded2 = round(price, 2),
                   truncated = trunc(price, 1),
                   neg_round = round(price * 100, -2);
ALTER TABLE metrics ADD COLUMN float_round double precision;
UPDATE metrics SET float_round = round(a::double precision / b), price = round(price, 1);
ALTER TABLE metrics ADD COLUMN ceil_floor text;
UPDATE metrics SET ceil_floor = ceil(a::numeric / b) || '/' || floor(a::numeric / b) || '/' || abs(a);
