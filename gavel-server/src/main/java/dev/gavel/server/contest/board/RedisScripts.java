package dev.gavel.server.contest.board;

/**
 * The Lua scripts of the Redis store. Each takes the keys of one contest, which share a hash tag, so a script runs
 * on one Redis Cluster node. Views' keys come in {@link View} order, four per view: rank (sorted set of members
 * scored by the negated sort key, so ties list by member name and "strictly better" is ZCOUNT below the score),
 * rows (hash), events (stream whose ids are 0-n), seq (the last event number).
 */
final class RedisScripts {

    private RedisScripts() {
    }

    /**
     * ARGV: 'log' or 'quiet', events to keep, then one argument per row: view index, member, score, '1' when the
     * score moved (else the sorted set already has it: most judgements change a row but not its place) and the
     * encoded row (empty: the same as the row before, which a participant's two views often share), separated by
     * spaces. An event is one field, e: the row's rank, member, score and row, separated by spaces (one field is less
     * for a reader to take apart than four). Returns each view's last event id after the call, 0 for a view it did
     * not log to, separated by spaces (a string is cheaper for the client to read than a list).
     */
    static final String WRITE = """
            local log = ARGV[1] == 'log'
            local seq = {}
            local row
            for i = 3, #ARGV do
              local v, member, score, moved, encoded = string.match(ARGV[i], '^(%d+) (%S+) (%S+) (%d) (.*)$')
              v = tonumber(v)
              local k = v * 4
              if encoded ~= '' then row = encoded end
              if moved == '1' then redis.call('ZADD', KEYS[k + 1], score, member) end
              redis.call('HSET', KEYS[k + 2], member, row)
              if log then
                local rank = redis.call('ZCOUNT', KEYS[k + 1], '-inf', '(' .. score) + 1
                local id = (seq[v] or tonumber(redis.call('GET', KEYS[k + 4]) or '0')) + 1
                seq[v] = id
                redis.call('XADD', KEYS[k + 3], 'MAXLEN', '~', ARGV[2], '0-' .. id,
                  'e', rank .. ' ' .. member .. ' ' .. score .. ' ' .. row)
              end
            end
            local out = {}
            for v = 0, #KEYS / 4 - 1 do
              if seq[v] then redis.call('SET', KEYS[v * 4 + 4], seq[v]) end
              out[v + 1] = seq[v] or 0
            end
            return table.concat(out, ' ')
            """;

    /**
     * KEYS: one view's rank, rows, seq. Returns the last event id, then the sorted set with scores and the rows hash
     * as flat lists: the copy a {@link BoardMirror} starts from, consistent with that id.
     */
    static final String SNAPSHOT = """
            return {tonumber(redis.call('GET', KEYS[3]) or '0'), redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES'),
              redis.call('HGETALL', KEYS[2])}
            """;

    /** Drops rows and events of every view, then logs a reload marker (see {@link #MARK}); returns the markers' ids. */
    static final String CLEAR = """
            local out = {}
            for k = 0, #KEYS - 1, 4 do
              redis.call('DEL', KEYS[k + 1], KEYS[k + 2], KEYS[k + 3])
              out[#out + 1] = redis.call('INCR', KEYS[k + 4])
              redis.call('XADD', KEYS[k + 3], '0-' .. out[#out], 'x', 'reload')
            end
            return out
            """;

    /**
     * Logs a reload marker in every view (after a bulk load, which logs nothing): an event without a row, which
     * tells a resuming client to reload and a {@link BoardMirror} to copy the view again. Returns the markers' ids.
     */
    static final String MARK = """
            local out = {}
            for k = 0, #KEYS - 1, 4 do
              out[#out + 1] = redis.call('INCR', KEYS[k + 4])
              redis.call('XADD', KEYS[k + 3], 'MAXLEN', '~', ARGV[1], '0-' .. out[#out], 'x', 'reload')
            end
            return out
            """;
}
