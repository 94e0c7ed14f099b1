package dev.gavel.server.api;

import dev.gavel.server.contest.board.View;
import dev.gavel.server.user.CurrentUser;
import java.util.Optional;

/** What a leaderboard request (HTTP or WebSocket) says: which view, and from which event on. */
public final class LeaderboardRequests {

    private LeaderboardRequests() {
    }

    /** {@code public} for everyone, {@code full} for administrators only. */
    public static View view(String text, Optional<CurrentUser> user) {
        return switch (text) {
            case "public" -> View.PUBLIC;
            case "full" -> {
                if (!user.map(CurrentUser::admin).orElse(false)) {
                    throw ApiException.forbidden("only administrators see the full board during a freeze");
                }
                yield View.FULL;
            }
            default -> throw ApiException.badRequest("bad-view", "view is 'public' or 'full', got '" + text + "'");
        };
    }

    /** The event id to resume after (0: only new changes); {@code name} says where it came from, for the error. */
    public static long afterEventId(String text, String name) {
        if (text == null || text.isBlank()) return 0;
        try {
            return Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad-event-id", name + " is a number, got '" + text + "'");
        }
    }
}
