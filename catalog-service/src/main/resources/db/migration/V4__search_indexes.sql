-- Full-text search: GIN indexes on the same expressions the search query uses.
CREATE INDEX document_fts ON document USING GIN (to_tsvector('english', coalesce(title, '') || ' ' || text));
CREATE INDEX statement_fts ON statement USING GIN (to_tsvector('english', text));
CREATE INDEX outcome_fts ON outcome USING GIN (to_tsvector('english', text));
