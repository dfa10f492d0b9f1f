-- Dated happenings a document reports besides the summits (discussions, meetings, signings, calls, announcements),
-- for the timeline. Per-document facts like statements and outcomes: replaced when the document is applied again.
CREATE TABLE dated_event (
    id              VARCHAR(160) PRIMARY KEY,
    document_id     VARCHAR(32) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    summit_id       VARCHAR(96) REFERENCES summit (id),
    event_date      DATE NOT NULL,
    category        VARCHAR(64) NOT NULL,
    text            TEXT NOT NULL,
    topics          JSONB NOT NULL DEFAULT '[]',
    evidence_start  INT NOT NULL,
    evidence_end    INT NOT NULL,
    confidence      REAL,
    rule            VARCHAR(128)
);
CREATE INDEX dated_event_document ON dated_event (document_id);
CREATE INDEX dated_event_date ON dated_event (event_date);
