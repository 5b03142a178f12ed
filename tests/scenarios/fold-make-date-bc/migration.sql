UPDATE events SET day = make_date(-44, 3, 15);
UPDATE events SET day = make_date(-44, 2, 29);
