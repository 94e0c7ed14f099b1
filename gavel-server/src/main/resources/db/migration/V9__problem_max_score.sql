-- What a scoring problem's package gives a submission that passes every test (null for a pass-fail problem): an IOI
-- contest scales the package's scores to its own points for the problem by it. Set at import and when a server loads
-- its stored problems.
ALTER TABLE problems ADD COLUMN max_score DOUBLE PRECISION;
