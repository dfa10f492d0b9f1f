-- Documents as stored by the catalog, and the events already applied (idempotent consumption).
CREATE TABLE document (
    id            VARCHAR(32) PRIMARY KEY,
    title         VARCHAR(1024),
    filename      VARCHAR(512),
    media_type    VARCHAR(128) NOT NULL,
    text          TEXT         NOT NULL,
    authors       JSONB        NOT NULL DEFAULT '[]',
    publisher     VARCHAR(512),
    published     DATE,
    language      VARCHAR(16),
    extractor     VARCHAR(128),
    extraction    JSONB        NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    stored_at     TIMESTAMPTZ  NOT NULL,
    event_id      VARCHAR(256) NOT NULL
);
CREATE INDEX document_received ON document (received_at DESC, id);

CREATE TABLE processed_event (
    event_id      VARCHAR(256) PRIMARY KEY,
    document_id   VARCHAR(32)  NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL
);
