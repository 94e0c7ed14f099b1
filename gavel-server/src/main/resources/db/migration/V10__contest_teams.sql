-- Teams: a team is a contest participant (a users row: the team's account) whose members' submissions count for it.
-- A user is a member of at most one team per contest, and then not a participant of it on their own.
CREATE TABLE contest_team_members (
    contest_id BIGINT NOT NULL REFERENCES contests (id),
    team_id    BIGINT NOT NULL REFERENCES users (id),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (contest_id, user_id)
);

-- Each contest submission with the participant it counts for: the submitter's team in that contest, else the
-- submitter.
CREATE VIEW contest_submissions AS
SELECT s.id, s.contest_id, s.user_id, COALESCE(m.team_id, s.user_id) AS participant_id, s.problem_id, s.language,
       s.created_at, s.status, s.verdict, s.score, s.time_ms, s.judged_at, s.subtasks_json
FROM submissions s
LEFT JOIN contest_team_members m ON m.contest_id = s.contest_id AND m.user_id = s.user_id
WHERE s.contest_id IS NOT NULL;
