// Interactor (output validator in interactive mode) for Guess the Number.
//
// Kattis protocol, interactive:
//     interactor input_file answer_file feedback_dir [flags] < submission_stdout > submission_stdin
// Exit 42 = accepted, 43 = wrong answer, anything else = judge error.
// The reason for the verdict is written to feedback_dir/judgemessage.txt.
//
// Protocol with the submission: it writes lines "? y" (1 <= y <= 10^9); we answer one line
// "<", ">" or "=" and flush. After "=" the submission must print nothing more.
// At most 31 queries.
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr int EXIT_AC = 42;
constexpr int EXIT_WA = 43;
constexpr int EXIT_JUDGE_ERROR = 1;
constexpr long long MAX_VALUE = 1000000000LL;
constexpr int MAX_QUERIES = 31;
constexpr std::size_t MAX_LINE = 64;

std::string feedback_dir;

[[noreturn]] void finish(int code, const char* fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    std::fprintf(stderr, "%s\n", buf);
    if (!feedback_dir.empty()) {
        std::string path = feedback_dir;
        if (path.back() != '/') path += '/';
        path += "judgemessage.txt";
        if (FILE* f = std::fopen(path.c_str(), "a")) {
            std::fprintf(f, "%s\n", buf);
            std::fclose(f);
        }
    }
    std::exit(code);
}

std::string printable(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (out.size() >= 40) { out += "..."; break; }
        out += (c >= 32 && c < 127) ? c : '?';
    }
    return out;
}

enum class Read { LINE, END, TOO_LONG };

// Reads one line of the submission's output (without the '\n'), at most MAX_LINE bytes.
Read read_line(std::string& line) {
    line.clear();
    int c;
    while ((c = std::getchar()) != EOF) {
        if (c == '\n') return Read::LINE;
        if (line.size() >= MAX_LINE) return Read::TOO_LONG;
        line += static_cast<char>(c);
    }
    return line.empty() ? Read::END : Read::LINE;  // a last line without '\n' still counts
}

// Parses "? y" (trailing spaces, tabs or '\r' tolerated). Returns y, or -1 if malformed.
long long parse_query(std::string line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    if (line.size() < 3 || line[0] != '?' || line[1] != ' ') return -1;
    std::string digits = line.substr(2);
    if (digits.empty() || digits.size() > 10) return -1;
    long long v = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    // The submission may exit at any time; writing to it must not kill us.
    std::signal(SIGPIPE, SIG_IGN);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input_file answer_file feedback_dir < out > in\n", argv[0]);
        return EXIT_JUDGE_ERROR;
    }
    feedback_dir = argv[3];

    long long secret = 0;
    {
        FILE* in = std::fopen(argv[1], "r");
        if (!in) finish(EXIT_JUDGE_ERROR, "judge error: cannot open input file %s", argv[1]);
        if (std::fscanf(in, "%lld", &secret) != 1 || secret < 1 || secret > MAX_VALUE)
            finish(EXIT_JUDGE_ERROR, "judge error: bad secret number in %s", argv[1]);
        std::fclose(in);
    }

    std::string line;
    for (int queries = 0;;) {
        Read r = read_line(line);
        if (r == Read::END)
            finish(EXIT_WA, "wrong answer: submission stopped (end of its output) after %d queries without finding %lld",
                   queries, secret);
        if (r == Read::TOO_LONG)
            finish(EXIT_WA, "wrong answer: query %d is malformed (line longer than %zu characters): \"%s\"",
                   queries + 1, MAX_LINE, printable(line).c_str());
        long long y = parse_query(line);
        if (y < 0)
            finish(EXIT_WA, "wrong answer: query %d is malformed, expected \"? y\", got \"%s\"", queries + 1,
                   printable(line).c_str());
        if (y < 1 || y > MAX_VALUE)
            finish(EXIT_WA, "wrong answer: query %d asks %lld, outside [1, %lld]", queries + 1, y, MAX_VALUE);
        ++queries;
        if (queries > MAX_QUERIES)
            finish(EXIT_WA, "wrong answer: more than %d queries (secret %lld)", MAX_QUERIES, secret);

        const char* reply = secret < y ? "<" : secret > y ? ">" : "=";
        std::printf("%s\n", reply);
        std::fflush(stdout);  // a write error means the submission is gone; we notice at the next read

        if (secret == y) {
            // The submission must now stop talking.
            int c;
            while ((c = std::getchar()) != EOF) {
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                    finish(EXIT_WA, "wrong answer: output after the number was found (found %lld in %d queries)",
                           secret, queries);
            }
            finish(EXIT_AC, "accepted: found %lld in %d queries", secret, queries);
        }
    }
}
