-- The resolver's steps (POST /api/admin/contests/{contest}/reveal) of a contest not yet unfrozen, in order: the
-- cells it has shown. A board rebuilt during the reveal (a restart, a redefinition) shows them again, and the next
-- step goes on from there instead of starting the reveal over. (V6 is the embedded database's own.)
CREATE TABLE contest_reveals (
    contest_id  BIGINT      NOT NULL REFERENCES contests (id),
    step        INTEGER     NOT NULL,
    user_id     BIGINT      NOT NULL REFERENCES users (id),
    label       VARCHAR(16) NOT NULL,
    revealed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contest_id, step)
);
