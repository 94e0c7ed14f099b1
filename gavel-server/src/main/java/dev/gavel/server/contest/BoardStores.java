package dev.gavel.server.contest;

import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.contest.board.MemoryRankStore;
import dev.gavel.server.contest.board.RankStore;
import dev.gavel.server.contest.board.RedisLink;
import dev.gavel.server.contest.board.RedisRankStore;
import jakarta.annotation.PreDestroy;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Makes each contest's {@link RankStore}: in memory (one server) or in Redis ({@code gavel.leaderboard.store}). */
@Component
public class BoardStores {

    /** Changes kept per board for clients that reconnect. */
    static final int EVENT_RETENTION = 100_000;

    private final RedisLink redis;
    private final String namespace;

    public BoardStores(GavelProperties properties) {
        GavelProperties.Leaderboard config = properties.leaderboard();
        this.namespace = config.redisNamespace();
        this.redis = switch (config.store().toLowerCase(Locale.ROOT)) {
            case "memory" -> null;
            case "redis" -> {
                if (config.redisUrl().isBlank()) {
                    throw new IllegalStateException("gavel.leaderboard.store is redis but gavel.leaderboard.redis-url "
                            + "is empty; set it (GAVEL_LEADERBOARD_REDIS_URL=redis://host:6379)");
                }
                yield RedisLink.connect(config.redisUrl());
            }
            default -> throw new IllegalStateException("gavel.leaderboard.store is 'memory' or 'redis', not '"
                    + config.store() + "'");
        };
    }

    /** Whether boards are shared by the servers of a cluster (kept in Redis), so that one server keeps each. */
    public boolean shared() {
        return redis != null;
    }

    public RankStore forContest(long contestId) {
        return redis == null ? new MemoryRankStore(EVENT_RETENTION) : new RedisRankStore(redis, namespace, contestId, EVENT_RETENTION);
    }

    @PreDestroy
    void close() {
        if (redis != null) redis.close();
    }
}
