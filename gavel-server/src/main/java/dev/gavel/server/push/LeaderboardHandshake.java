package dev.gavel.server.push;

import dev.gavel.server.api.ApiException;
import dev.gavel.server.api.LeaderboardRequests;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestBoards;
import dev.gavel.server.contest.ContestService;
import dev.gavel.server.contest.board.View;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks a leaderboard socket's request before it is upgraded: the contest exists and this viewer may see it (404
 * otherwise), {@code view=full} only for administrators (403). Anonymous viewers may follow a public contest.
 */
final class LeaderboardHandshake implements HandshakeInterceptor {

    private final ContestService contests;
    private final ContestBoards boards;

    LeaderboardHandshake(ContestService contests, ContestBoards boards) {
        this.contests = contests;
        this.boards = boards;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        Optional<CurrentUser> user = request instanceof ServletServerHttpRequest s
                ? BearerAuthFilter.userOf(s.getServletRequest()) : Optional.empty();
        var uri = UriComponentsBuilder.fromUri(request.getURI()).build();
        var segments = uri.getPathSegments(); // api, ws, contests, {contest}, leaderboard
        if (segments.size() != 5) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        try {
            Contest c = contests.visible(segments.get(3), user);
            View view = LeaderboardRequests.view(
                    Optional.ofNullable(uri.getQueryParams().getFirst("view")).orElse("public"), user);
            long after = LeaderboardRequests.afterEventId(uri.getQueryParams().getFirst("lastEventId"), "lastEventId");
            Long me = user.flatMap(u -> contests.participantOf(c, u)).orElse(null);
            attributes.put(LeaderboardSocket.FOLLOW, new LeaderboardSocket.Follow(boards.board(c), view, me, after));
            return true;
        } catch (ApiException e) {
            response.setStatusCode(e.status());
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
