-- Scale-out (run --role intake): the pages of a letter gathered so far by Camel's JDBC aggregation repository, and
-- the letters gathered whole whose record is not yet out. Kept here so that an intake restarted between pages
-- finds them; the column names are the ones the repository reads and writes.
CREATE TABLE courrier_page_assembly (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    exchange ${bytes} NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE courrier_page_assembly_completed (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    exchange ${bytes} NOT NULL,
    version BIGINT NOT NULL
);
