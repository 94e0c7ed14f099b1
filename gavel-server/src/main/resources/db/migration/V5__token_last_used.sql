-- When each bearer token was last used, for its owner's token list. Recorded at most once a minute per token, so
-- a busy client does not turn every request into a write. Null: not used since this column exists.
ALTER TABLE api_tokens ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
