-- Each correction is also an event on summit.corrections.v1; its id links the two.
ALTER TABLE correction ADD COLUMN event_id VARCHAR(64) UNIQUE;
