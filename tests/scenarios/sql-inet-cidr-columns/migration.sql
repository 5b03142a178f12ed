ALTER TABLE hosts ADD COLUMN ip inet, ADD COLUMN subnet cidr NOT NULL DEFAULT '10/8';
UPDATE hosts SET ip = '10.1.2.3/24', subnet = '192.168' WHERE name = 'web';
UPDATE hosts SET ip = '10.1.2.4', subnet = '0x0a01' WHERE name = 'db';
UPDATE hosts SET ip = '10.1/16' WHERE name = 'cache';
SELECT name, ip::text AS ip_text, subnet::text AS net_text, ip::cidr AS net, coalesce(ip, subnet) AS either, ip = subnet AS same, ip < '10.1.2.4' AS lower FROM hosts;
CREATE UNIQUE INDEX hosts_ip_key ON hosts (ip);
ALTER TABLE hosts ALTER COLUMN subnet TYPE inet;
INSERT INTO hosts (name, ip) VALUES ('dup', '10.1.2.4/32');
