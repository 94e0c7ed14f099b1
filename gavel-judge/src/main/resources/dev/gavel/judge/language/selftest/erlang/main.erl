-module(main).
-export([main/0]).

main() ->
    S = string:trim(read_all([])),
    case S of
        "" -> io:format("Hello, World!~n");
        "re" -> erlang:error(runtime_error_on_purpose);
        "tle" -> loop(0);
        "mle" -> grow([]);
        _ ->
            [A, B] = [list_to_integer(T) || T <- string:lexemes(S, " \t\r\n")],
            io:format("~B~n", [A + B])
    end.

read_all(Acc) ->
    case io:get_line("") of
        eof -> lists:flatten(lists:reverse(Acc));
        {error, _} -> lists:flatten(lists:reverse(Acc));
        Line -> read_all([Line | Acc])
    end.

loop(N) -> loop((N + 1) rem 1000000007).

grow(L) -> grow([lists:seq(1, 100000) | L]).
