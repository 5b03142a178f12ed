CREATE TEMP TABLE company_survivors AS
SELECT id, first_value(id) OVER (PARTITION BY lower(btrim(name)) ORDER BY created, id) AS keep_id
  FROM companies;
UPDATE contacts c SET company_id = s.keep_id
  FROM company_survivors s
 WHERE s.id = c.company_id AND s.keep_id <> s.id;
DELETE FROM companies co USING company_survivors s WHERE s.id = co.id AND s.keep_id <> s.id;
UPDATE companies SET name = btrim(name);
CREATE UNIQUE INDEX companies_name_ci ON companies (lower(name));
SELECT company_id, count(*) FROM contacts GROUP BY company_id ORDER BY company_id;
