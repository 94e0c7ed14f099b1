// validate.h - a tiny helper library for Kattis-protocol output validators.
//
// Protocol: the validator is run as
//     validator input_file answer_file feedback_dir [flags...] < team_output
// and must exit 42 (accepted) or 43 (wrong answer); anything else is a judge error.
// A human-readable explanation goes to feedback_dir/judgemessage.txt.
//
// Usage:
//     #include "validate.h"
//     int main(int argc, char** argv) {
//         validate::init(argc, argv);           // opens input/answer, remembers feedback dir
//         long long n = validate::judge_int(validate::judge_in, "n");
//         long long x = validate::team_int("x", -10, 10);   // 43 on garbage / missing / out of range
//         validate::team_eof();                              // 43 on extra output
//         validate::accept("ok");                            // 42
//     }
#ifndef GAVEL_VALIDATE_H
#define GAVEL_VALIDATE_H

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

namespace validate {

constexpr int EXIT_AC = 42;
constexpr int EXIT_WA = 43;
constexpr int EXIT_JUDGE_ERROR = 1;

inline std::string feedback_dir;
inline std::ifstream judge_in;   // the test's .in file
inline std::ifstream judge_ans;  // the test's .ans file
inline std::istream* team = &std::cin;

// Appends a printf-formatted line to feedback_dir/judgemessage.txt (and echoes it on stderr).
inline void vmessage(const char* fmt, va_list ap) {
    char buf[4096];
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    std::fprintf(stderr, "%s\n", buf);
    if (feedback_dir.empty()) return;
    std::string path = feedback_dir;
    if (path.back() != '/') path += '/';
    path += "judgemessage.txt";
    if (FILE* f = std::fopen(path.c_str(), "a")) {
        std::fprintf(f, "%s\n", buf);
        std::fclose(f);
    }
}

inline void message(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
}

[[noreturn]] inline void accept(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
    std::exit(EXIT_AC);
}

[[noreturn]] inline void wrong_answer(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
    std::exit(EXIT_WA);
}

// A fault in the test data or the validator itself: never the team's fault.
[[noreturn]] inline void judge_error(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
    std::exit(EXIT_JUDGE_ERROR);
}

inline void init(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input_file answer_file feedback_dir [flags] < team_output\n",
                     argc > 0 ? argv[0] : "validator");
        std::exit(EXIT_JUDGE_ERROR);
    }
    feedback_dir = argv[3];
    judge_in.open(argv[1]);
    if (!judge_in) judge_error("judge error: cannot open input file %s", argv[1]);
    judge_ans.open(argv[2]);
    if (!judge_ans) judge_error("judge error: cannot open answer file %s", argv[2]);
}

// Parses a whole token as a signed decimal integer; false on anything else
// ("12abc", "1e5", "+", "", out of long long range).
inline bool parse_int(const std::string& tok, long long& out) {
    if (tok.empty() || tok.size() > 20) return false;
    std::size_t i = (tok[0] == '-') ? 1 : 0;
    if (i == tok.size()) return false;
    for (std::size_t k = i; k < tok.size(); k++)
        if (tok[k] < '0' || tok[k] > '9') return false;
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(tok.c_str(), &end, 10);
    if (errno == ERANGE || *end != '\0') return false;
    out = v;
    return true;
}

// Shows a token safely in a message: printable ASCII only, at most 40 characters.
inline std::string shown(const std::string& tok) {
    std::string s;
    for (char c : tok) {
        if (s.size() >= 40) { s += "..."; break; }
        s += (c >= 32 && c < 127) ? c : '?';
    }
    return s;
}

// Reads the next whitespace-separated token of the team's output; false at end of output.
inline bool team_token(std::string& tok) {
    tok.clear();
    return static_cast<bool>(*team >> tok);
}

// Reads one integer of the team's output in [lo, hi], or rejects with a clear message.
inline long long team_int(const char* what, long long lo, long long hi) {
    std::string tok;
    if (!team_token(tok)) wrong_answer("wrong answer: output ended where %s was expected", what);
    long long v;
    if (!parse_int(tok, v)) wrong_answer("wrong answer: %s is not an integer: \"%s\"", what, shown(tok).c_str());
    if (v < lo || v > hi)
        wrong_answer("wrong answer: %s = %lld is out of range [%lld, %lld]", what, v, lo, hi);
    return v;
}

// Rejects if the team printed anything but whitespace after its answer.
inline void team_eof() {
    std::string tok;
    if (team_token(tok)) wrong_answer("wrong answer: extra output after the answer: \"%s\"", shown(tok).c_str());
}

// Reads one integer from a judge file (input or answer); a failure is a judge error.
inline long long judge_int(std::istream& in, const char* what) {
    std::string tok;
    long long v;
    if (!(in >> tok) || !parse_int(tok, v)) judge_error("judge error: cannot read %s from judge file", what);
    return v;
}

}  // namespace validate

#endif  // GAVEL_VALIDATE_H
