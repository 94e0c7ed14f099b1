package dev.gavel.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Problem-details answers written by servlet filters, which run before Spring MVC's error handling. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"" + ApiErrors.TYPE_BASE + code + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\""
                + escape(request.getRequestURI()) + "\"}");
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
