package dev.gavel.server.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit with 413 before anything reads them: by {@code Content-Length} when it is
 * given, else by counting while the body is read (a chunked upload fails once it passes the limit). Package
 * uploads have their own, larger limit.
 */
public final class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxPackage;

    public RequestSizeFilter(long maxBody, long maxPackage) {
        this.maxBody = maxBody;
        this.maxPackage = maxPackage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = request.getRequestURI().startsWith("/api/admin/problems") ? maxPackage : maxBody;
        long length = request.getContentLengthLong();
        if (length > max) {
            ProblemResponses.write(request, response, 413, "Content Too Large", "request-too-large",
                    "the request body is " + length + " bytes; the most this endpoint takes is " + max + " bytes");
            return;
        }
        chain.doFilter(length >= 0 ? request : new Limited(request, max), response);
    }

    /** A request whose body stream fails once more than {@code max} bytes are read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream(), max);
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ApiException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                        "the request body is over " + max + " bytes, the most this endpoint takes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
