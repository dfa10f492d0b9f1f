-- Full-text search reads a stored, GIN-indexed tsvector per table instead of computing one per row and query.
-- Each column holds exactly what the search's "body" of that table holds, so ranking and snippets agree.
DROP INDEX IF EXISTS document_fts;
DROP INDEX IF EXISTS statement_fts;
DROP INDEX IF EXISTS outcome_fts;

ALTER TABLE summit ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english',
    name || ' ' || coalesce(city, '') || ' ' || coalesce(country, '') || ' ' || leaders::text)) STORED;
ALTER TABLE person ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', name || ' ' || aliases::text)) STORED;
ALTER TABLE organization ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', name)) STORED;
ALTER TABLE statement ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
ALTER TABLE outcome ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
ALTER TABLE document ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;

CREATE INDEX summit_search ON summit USING GIN (search);
CREATE INDEX person_search ON person USING GIN (search);
CREATE INDEX organization_search ON organization USING GIN (search);
CREATE INDEX statement_search ON statement USING GIN (search);
CREATE INDEX outcome_search ON outcome USING GIN (search);
CREATE INDEX document_search ON document USING GIN (search);
