package dev.gavel.judge.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ToolchainVersionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "openjdk version \"17.0.15\" 2025-04-15 | 17.0.15",
            "go version go1.19.8 linux/amd64 | 1.19.8",
            "Erlang/OTP 25 | 25",
            "GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu) | 5.2.15",
            "Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio | 5.4.4",
            "SBCL 2.2.9.debian | 2.2.9",
            "12.2.0 | 12.2.0",
            "no number at all | no number at all",
    })
    void aVersionLineGivesItsNumber(String line, String number) {
        assertEquals(number, ToolchainVersions.number(line));
    }
}
