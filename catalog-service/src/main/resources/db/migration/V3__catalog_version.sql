-- A counter raised by every change to the catalog: the basis of ETags and conditional GETs.
CREATE TABLE catalog_version (
    id       INT PRIMARY KEY CHECK (id = 1),
    version  BIGINT NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 0);
