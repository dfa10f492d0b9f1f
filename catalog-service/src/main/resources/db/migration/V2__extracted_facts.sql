-- What extraction found, as shared records (summits, people, organisations, topics) and per-document facts.
-- Per-document rows are replaced when a document is re-extracted; shared records are merged.
CREATE TABLE topic (
    slug         VARCHAR(64) PRIMARY KEY,
    label        VARCHAR(200) NOT NULL,
    description  TEXT
);

CREATE TABLE summit (
    id              VARCHAR(96) PRIMARY KEY,
    name            VARCHAR(256) NOT NULL,
    city            VARCHAR(128),
    country         VARCHAR(128),
    start_date      DATE,
    end_date        DATE,
    leaders         JSONB   NOT NULL DEFAULT '[]',
    from_gazetteer  BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX summit_start ON summit (start_date, id);

CREATE TABLE person (
    id       VARCHAR(128) PRIMARY KEY,
    name     VARCHAR(256) NOT NULL,
    aliases  JSONB NOT NULL DEFAULT '[]'
);

CREATE TABLE organization (
    id    VARCHAR(160) PRIMARY KEY,
    name  VARCHAR(512) NOT NULL,
    kind  VARCHAR(32)
);

CREATE TABLE person_role (
    id              BIGSERIAL PRIMARY KEY,
    person_id       VARCHAR(128) NOT NULL REFERENCES person (id),
    document_id     VARCHAR(32)  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    title           VARCHAR(512) NOT NULL,
    organization    VARCHAR(512),
    former          BOOLEAN NOT NULL DEFAULT FALSE,
    period          VARCHAR(64),
    evidence_start  INT,
    evidence_end    INT,
    confidence      REAL,
    rule            VARCHAR(128)
);
CREATE INDEX person_role_person ON person_role (person_id);
CREATE INDEX person_role_document ON person_role (document_id);

CREATE TABLE document_summit (
    document_id  VARCHAR(32) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    summit_id    VARCHAR(96) NOT NULL REFERENCES summit (id),
    PRIMARY KEY (document_id, summit_id)
);
CREATE INDEX document_summit_summit ON document_summit (summit_id);

CREATE TABLE document_person (
    document_id  VARCHAR(32)  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    person_id    VARCHAR(128) NOT NULL REFERENCES person (id),
    local_id     VARCHAR(128) NOT NULL,
    PRIMARY KEY (document_id, person_id)
);
CREATE INDEX document_person_person ON document_person (person_id);

CREATE TABLE document_organization (
    document_id      VARCHAR(32)  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    organization_id  VARCHAR(160) NOT NULL REFERENCES organization (id),
    PRIMARY KEY (document_id, organization_id)
);

CREATE TABLE document_topic (
    document_id  VARCHAR(32) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    topic_slug   VARCHAR(64) NOT NULL REFERENCES topic (slug),
    confidence   REAL,
    PRIMARY KEY (document_id, topic_slug)
);
CREATE INDEX document_topic_topic ON document_topic (topic_slug);

CREATE TABLE statement (
    id              VARCHAR(160) PRIMARY KEY,
    document_id     VARCHAR(32)  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    person_id       VARCHAR(128) REFERENCES person (id),
    summit_id       VARCHAR(96)  REFERENCES summit (id),
    text            TEXT NOT NULL,
    kind            VARCHAR(16),
    topics          JSONB NOT NULL DEFAULT '[]',
    evidence_start  INT NOT NULL,
    evidence_end    INT NOT NULL,
    confidence      REAL,
    rule            VARCHAR(128)
);
CREATE INDEX statement_document ON statement (document_id);
CREATE INDEX statement_person ON statement (person_id);
CREATE INDEX statement_summit ON statement (summit_id);

CREATE TABLE outcome (
    id              VARCHAR(160) PRIMARY KEY,
    document_id     VARCHAR(32) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    summit_id       VARCHAR(96) REFERENCES summit (id),
    text            TEXT NOT NULL,
    status          VARCHAR(32) NOT NULL,
    topics          JSONB NOT NULL DEFAULT '[]',
    evidence_start  INT NOT NULL,
    evidence_end    INT NOT NULL,
    confidence      REAL,
    rule            VARCHAR(128)
);
CREATE INDEX outcome_document ON outcome (document_id);
CREATE INDEX outcome_summit ON outcome (summit_id);
