-- 0042: track where applications come from
ALTER TABLE applications ADD COLUMN source varchar(50);

/* backfill: everything so far came from the web form */
UPDATE applications
   SET source = 'web'
 WHERE source IS NULL;

ALTER TABLE applications ALTER COLUMN source SET NOT NULL; -- safe after backfill
CREATE INDEX ix_applications_source
    ON applications (source);
