-- Documents as received, and the transactional outbox of events still to publish.
CREATE TABLE document (
    id              VARCHAR(32) PRIMARY KEY,
    filename        VARCHAR(512),
    media_type      VARCHAR(128) NOT NULL,
    content_sha256  CHAR(64)     NOT NULL,
    text            TEXT         NOT NULL,
    title           VARCHAR(1024),
    extractor       VARCHAR(128),
    state           VARCHAR(16)  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    published_at    TIMESTAMPTZ
);

CREATE TABLE outbox_event (
    id           BIGSERIAL PRIMARY KEY,
    event_id     VARCHAR(256) NOT NULL UNIQUE,
    document_id  VARCHAR(32)  NOT NULL REFERENCES document (id),
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    sent_at      TIMESTAMPTZ,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   TEXT
);

-- The relay only ever reads the unsent rows.
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
