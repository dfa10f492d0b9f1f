-- Editors' corrections, stored as such and audited (who, when, before, after). They name their target by
-- a natural key (document and evidence span, person and role), so they apply again when a document is
-- re-ingested or re-extracted.
CREATE TABLE correction (
    id          BIGSERIAL PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    target      JSONB        NOT NULL,
    change      JSONB        NOT NULL,
    before      JSONB,
    after       JSONB,
    editor      VARCHAR(256) NOT NULL,
    note        TEXT,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX correction_document ON correction ((target ->> 'documentId'));

-- A person merged into another: resolution sends every later mention of the source to the target.
CREATE TABLE person_merge (
    source_id      VARCHAR(128) PRIMARY KEY,
    target_id      VARCHAR(128) NOT NULL,
    correction_id  BIGINT NOT NULL REFERENCES correction (id)
);

ALTER TABLE statement ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE statement ADD COLUMN curated BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome ADD COLUMN curated BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person_role ADD COLUMN curated BOOLEAN NOT NULL DEFAULT FALSE;
