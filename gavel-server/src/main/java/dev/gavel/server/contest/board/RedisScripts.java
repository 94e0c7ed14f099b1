package dev.gavel.server.contest.board;

/**
 * The Lua scripts of the Redis store. Each takes the keys of one contest, which share a hash tag, so a script runs
 * on one Redis Cluster node: four per view in {@link View} order, then the split flag (see {@link RedisKeys}). A
 * view's keys are its rank (sorted set of members scored by the negated sort key, so ties list by member name and
 * "strictly better" is ZCOUNT below the score), rows (hash), events (stream whose ids are 0-n) and seq (the last
 * event number).
 *
 * <p>Until the views first differ (a result hidden by the freeze), both are kept once, in the full view's keys, and
 * its events are logged as shared: field {@code s} instead of {@code e}, marker {@code x = both} instead of
 * {@code x = reload}. The first row that differs splits them: the full view's keys are copied to the public view's
 * (its events too, so public ids go on unbroken) and the split flag is set; from then on each view has its own keys.
 * A clear joins them again. Most contests are never frozen, and a frozen one is shared for four fifths of its time:
 * half the work for Redis, and half the events for every reader.
 *
 * <p>KEYS[10] is the contest's writer: a script that changes the board takes a writer token (empty: any writer) and
 * refuses to run, with an error starting {@value #NOT_WRITER}, when the key holds another (or none). A server that
 * takes a board over sets the key first, so a server that lost the board can no longer write to it.
 */
final class RedisScripts {

    static final String NOT_WRITER = "GAVEL-NOT-WRITER";

    private static final String FENCE = """
            local function fenced(token)
              if token ~= '' and redis.call('GET', KEYS[10]) ~= token then
                return redis.error_reply('%s another server keeps this board now')
              end
            end
            """.formatted(NOT_WRITER);

    private RedisScripts() {
    }

    /**
     * ARGV: 'log' or 'quiet', events to keep, the writer token, then one argument per row: view index (2 for a row
     * both views have), member, score, '1' when the score moved (else the sorted set already has it: most judgements
     * change a row but not its place) and the encoded row (empty: the same as the row before), separated by spaces.
     * An event is one field: the row's rank, member, score and row, separated by spaces (one field is less for a
     * reader to take apart than four). Returns the public and the full view's last event ids after the call (0 for a
     * view it did not log to; the public id is the full one while shared) and 1 when the views are split, 0 if not,
     * separated by spaces.
     */
    static final String WRITE = FENCE + """
            local refused = fenced(ARGV[3])
            if refused then return refused end
            local log = ARGV[1] == 'log'
            local split = redis.call('EXISTS', KEYS[9]) == 1
            local seq = {}
            local function last(v)
              return seq[v] or tonumber(redis.call('GET', KEYS[v * 4 + 4]) or '0')
            end
            local function splitViews()
              if seq[1] then redis.call('SET', KEYS[8], seq[1]) end
              for i = 1, 4 do redis.call('COPY', KEYS[4 + i], KEYS[i], 'REPLACE') end
              redis.call('SET', KEYS[9], '1')
              seq[0] = last(1)
              split = true
            end
            local function put(v, member, score, moved, row, field)
              local k = v * 4
              if moved == '1' then redis.call('ZADD', KEYS[k + 1], score, member) end
              redis.call('HSET', KEYS[k + 2], member, row)
              if log then
                local rank = redis.call('ZCOUNT', KEYS[k + 1], '-inf', '(' .. score) + 1
                local id = last(v) + 1
                seq[v] = id
                redis.call('XADD', KEYS[k + 3], 'MAXLEN', '~', ARGV[2], '0-' .. id,
                  field, rank .. ' ' .. member .. ' ' .. score .. ' ' .. row)
              end
            end
            local row
            for i = 4, #ARGV do
              local v, member, score, moved, encoded = string.match(ARGV[i], '^(%d+) (%S+) (%S+) (%d) (.*)$')
              v = tonumber(v)
              if encoded ~= '' then row = encoded end
              if v == 2 and not split then
                put(1, member, score, moved, row, 's')
              elseif v == 2 then
                put(0, member, score, moved, row, 'e')
                put(1, member, score, moved, row, 'e')
              else
                if not split then splitViews() end
                put(v, member, score, moved, row, 'e')
              end
            end
            for v = 0, 1 do
              if seq[v] then redis.call('SET', KEYS[v * 4 + 4], seq[v]) end
            end
            local full = log and seq[1] or 0
            local public = split and (log and seq[0] or 0) or full
            return public .. ' ' .. full .. ' ' .. (split and 1 or 0)
            """;

    /**
     * KEYS: all of the contest's; ARGV: a view index. Returns the view's last event id, then its sorted set with scores
     * and its rows hash as flat lists: the copy a {@link BoardMirror} starts from, consistent with that id. The public
     * view is read from the full view's keys while they are shared.
     */
    static final String SNAPSHOT = """
            local k = 4
            if ARGV[1] == '0' and redis.call('EXISTS', KEYS[9]) == 1 then k = 0 end
            return {tonumber(redis.call('GET', KEYS[k + 4]) or '0'), redis.call('ZRANGE', KEYS[k + 1], 0, -1, 'WITHSCORES'),
              redis.call('HGETALL', KEYS[k + 2])}
            """;

    /**
     * ARGV: the writer token. Drops rows and events of every view and joins the views, then logs a shared reload
     * marker with an id above both views' last (so a client resuming from an earlier id of either view is told to
     * reload); returns its id for each view.
     */
    static final String CLEAR = FENCE + """
            local refused = fenced(ARGV[1])
            if refused then return refused end
            local top = math.max(tonumber(redis.call('GET', KEYS[4]) or '0'), tonumber(redis.call('GET', KEYS[8]) or '0'))
            redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[9])
            local id = top + 1
            redis.call('SET', KEYS[8], id)
            redis.call('XADD', KEYS[7], '0-' .. id, 'x', 'both')
            return {id, id}
            """;

    /**
     * Logs a reload marker (after a bulk load, which logs nothing): an event without a row, which tells a resuming
     * client to reload and a {@link BoardMirror} to copy the view again; one shared marker while the views are
     * shared, else one per view. ARGV: events to keep, the writer token. Returns the markers' ids per view.
     */
    static final String MARK = FENCE + """
            local refused = fenced(ARGV[2])
            if refused then return refused end
            if redis.call('EXISTS', KEYS[9]) == 0 then
              local id = redis.call('INCR', KEYS[8])
              redis.call('XADD', KEYS[7], 'MAXLEN', '~', ARGV[1], '0-' .. id, 'x', 'both')
              return {id, id}
            end
            local out = {}
            for k = 0, 4, 4 do
              out[#out + 1] = redis.call('INCR', KEYS[k + 4])
              redis.call('XADD', KEYS[k + 3], 'MAXLEN', '~', ARGV[1], '0-' .. out[#out], 'x', 'reload')
            end
            return out
            """;
}
