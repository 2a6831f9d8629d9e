-- Why a review item is in the queue: a JSON array of { "code", "text" } (ReviewReasons), naming fields, never values.
-- Items queued before reasons were recorded have none.
ALTER TABLE c2c_identity_review ADD COLUMN reasons jsonb NOT NULL DEFAULT '[]'::jsonb;
