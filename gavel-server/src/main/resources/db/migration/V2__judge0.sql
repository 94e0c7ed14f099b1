-- Judge0 API: creation counts unfinished executions (max_queue_size) on every request.
CREATE INDEX executions_by_status ON executions (status_id);
