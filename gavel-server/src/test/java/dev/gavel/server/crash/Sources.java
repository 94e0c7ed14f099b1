package dev.gavel.server.crash;

/** Python solutions of {@code aplusb}, and the verdict each must get. */
enum Sources {
    /** Correct, sleeping on every test so that judging takes a while (about a second for the 14 tests). */
    SLOW_ACCEPTED("AC", """
            import time
            time.sleep(0.05)
            a, b = map(int, input().split())
            print(a + b)
            """),
    /** Correct, and slow enough that it cannot finish within a few seconds' drain. */
    VERY_SLOW_ACCEPTED("AC", """
            import time
            time.sleep(0.4)
            a, b = map(int, input().split())
            print(a + b)
            """),
    ACCEPTED("AC", """
            a, b = map(int, input().split())
            print(a + b)
            """),
    WRONG("WA", """
            a, b = map(int, input().split())
            print(a + b + 1)
            """);

    final String verdict;
    final String source;

    Sources(String verdict, String source) {
        this.verdict = verdict;
        this.source = source;
    }
}
