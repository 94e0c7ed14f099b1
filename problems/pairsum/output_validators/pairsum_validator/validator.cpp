// Output validator for Pair Sum (Kattis protocol, see validate.h).
//
// Team output: either "-1", or two integers i j (1-based, i != j) with a_i + a_j = S.
// The .ans file holds the judges' answer; only whether it is -1 matters: if the judges
// found a pair and the team says -1, the team is wrong.
#include <vector>

#include "validate.h"

int main(int argc, char** argv) {
    using namespace validate;
    init(argc, argv);

    const long long n = judge_int(judge_in, "n");
    const long long s = judge_int(judge_in, "S");
    std::vector<long long> a(n);
    for (long long i = 0; i < n; i++) a[i] = judge_int(judge_in, "a_i");
    const bool judge_has_pair = judge_int(judge_ans, "judge answer") != -1;

    std::string tok;
    if (!team_token(tok)) wrong_answer("wrong answer: empty output");
    long long first;
    if (!parse_int(tok, first))
        wrong_answer("wrong answer: expected an index or -1, got \"%s\"", shown(tok).c_str());

    if (first == -1) {
        team_eof();
        if (judge_has_pair) wrong_answer("wrong answer: team says -1 but a valid pair exists");
        accept("accepted: correctly reported that no pair exists");
    }
    if (first < 1 || first > n)
        wrong_answer("wrong answer: first index %lld is out of range [1, %lld]", first, n);
    const long long second = team_int("the second index", 1, n);
    team_eof();

    if (first == second) wrong_answer("wrong answer: both indices are %lld; they must differ", first);
    const long long sum = a[first - 1] + a[second - 1];
    if (sum != s)
        wrong_answer("wrong answer: a_%lld + a_%lld = %lld + %lld = %lld, not %lld", first, second,
                     a[first - 1], a[second - 1], sum, s);
    if (!judge_has_pair)
        judge_error("judge error: team found a valid pair (%lld, %lld) but the answer file says -1", first, second);
    accept("accepted: a_%lld + a_%lld = %lld", first, second, s);
}
