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
     * ARGV: 'log' or 'quiet', events to keep, then per row: view index, member, score, encoded row, and '1' when the
     * score moved (else the sorted set already has it: most judgements change a row but not its place).
     */
    static final String WRITE = """
            local log = ARGV[1] == 'log'
            for i = 3, #ARGV, 5 do
              local k = tonumber(ARGV[i]) * 4
              local member, score, row = ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
              if ARGV[i + 4] == '1' then redis.call('ZADD', KEYS[k + 1], score, member) end
              redis.call('HSET', KEYS[k + 2], member, row)
              if log then
                local rank = redis.call('ZCOUNT', KEYS[k + 1], '-inf', '(' .. score) + 1
                local id = redis.call('INCR', KEYS[k + 4])
                redis.call('XADD', KEYS[k + 3], 'MAXLEN', '~', ARGV[2], '0-' .. id, 'r', rank, 'm', member, 'd', row)
              end
            end
            return 0
            """;

    /**
     * KEYS: one view's rank, rows, seq. ARGV: 'page', offset, limit or 'around', member, radius. Returns total, last
     * event id, and when there are rows: the first one's position and rank, then member, score, row per row.
     */
    static final String READ = """
            local total = redis.call('ZCARD', KEYS[1])
            local last = tonumber(redis.call('GET', KEYS[3]) or '0')
            local start, stop
            if ARGV[1] == 'page' then
              start = tonumber(ARGV[2])
              stop = start + tonumber(ARGV[3]) - 1
            else
              local at = redis.call('ZRANK', KEYS[1], ARGV[2])
              if not at then return {total, last} end
              start = math.max(0, at - tonumber(ARGV[3]))
              stop = at + tonumber(ARGV[3])
            end
            if stop < start then return {total, last} end
            local entries = redis.call('ZRANGE', KEYS[1], start, stop, 'WITHSCORES')
            if #entries == 0 then return {total, last} end
            local out = {total, last, start, redis.call('ZCOUNT', KEYS[1], '-inf', '(' .. entries[2]) + 1}
            for i = 1, #entries, 2 do
              out[#out + 1] = entries[i]
              out[#out + 1] = entries[i + 1]
              out[#out + 1] = redis.call('HGET', KEYS[2], entries[i])
            end
            return out
            """;

    /** Drops rows and events of every view and skips an event id, so that older ids must reload. */
    static final String CLEAR = """
            for k = 0, #KEYS - 1, 4 do
              redis.call('DEL', KEYS[k + 1], KEYS[k + 2], KEYS[k + 3])
              redis.call('INCR', KEYS[k + 4])
            end
            return 0
            """;
}
