-- The CLICS Contest API's event feed: per contest, an append-only log of its objects' states (contest, state,
-- problems, teams, submissions, judgements...). seq numbers a contest's events from 1 without gaps; a client resumes
-- after one (its token). data_json is the object as the API shows it, NULL for a deletion. hidden: the public is not
-- shown the event (a result that the board's freeze hides, or what only administrators see); on thaw the public gets
-- copies of the hidden results as new events, so a log once read never changes.

CREATE TABLE clics_events (
    contest_id  BIGINT      NOT NULL REFERENCES contests (id),
    seq         BIGINT      NOT NULL,
    object_type VARCHAR(32) NOT NULL,
    object_id   VARCHAR(200),
    data_json   VARCHAR,
    hidden      BOOLEAN     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contest_id, seq)
);
