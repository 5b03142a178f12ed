-- An infinite date or timestamp plus or minus an interval stays infinite (timestamp_pl_interval).
UPDATE accounts SET due = (due + interval '30 days')::date, seen = seen - interval '1 mon';
