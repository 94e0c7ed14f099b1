package dev.gavel.server.push;

import dev.gavel.server.contest.ContestBoards;
import dev.gavel.server.contest.ContestService;
import dev.gavel.server.contest.LeaderboardFeed;
import dev.gavel.server.submission.SubmissionEvents;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.ObjectMapper;

/**
 * The WebSocket endpoints: {@code /api/ws}, a signed-in user's submissions (token as {@code ?access_token=},
 * browsers cannot set headers), and {@code /api/ws/contests/{contest}/leaderboard}, a board's changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class PushConfiguration implements WebSocketConfigurer {

    private final SubmissionEvents events;
    private final ObjectMapper json;
    private final ContestService contests;
    private final ContestBoards boards;
    private final LeaderboardFeed feed;

    PushConfiguration(SubmissionEvents events, ObjectMapper json, ContestService contests, ContestBoards boards,
                      LeaderboardFeed feed) {
        this.events = events;
        this.json = json;
        this.contests = contests;
        this.boards = boards;
        this.feed = feed;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new SubmissionSocket(events, json), "/api/ws")
                .addInterceptors(new SignedIn())
                .setAllowedOriginPatterns("*");
        registry.addHandler(new LeaderboardSocket(feed), "/api/ws/contests/*/leaderboard")
                .addInterceptors(new LeaderboardHandshake(contests, boards))
                .setAllowedOriginPatterns("*");
    }

    private static final class SignedIn implements HandshakeInterceptor {
        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler handler, Map<String, Object> attributes) {
            Optional<CurrentUser> user = request instanceof ServletServerHttpRequest s
                    ? BearerAuthFilter.userOf(s.getServletRequest()) : Optional.empty();
            if (user.isEmpty()) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            attributes.put(SubmissionSocket.USER, user.get());
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception exception) {
        }
    }
}
