{ s = s $0 " " }
END {
    gsub(/^[ \t\r\n]+|[ \t\r\n]+$/, "", s)
    if (s == "") {
        print "Hello, World!"
    } else if (s == "re") {
        zero = 0
        print 1 / zero
    } else if (s == "tle") {
        while (1) x++
    } else if (s == "mle") {
        t = "xxxxxxxx"
        while (1) { t = t t; keep[++n] = t }
    } else {
        split(s, v, " ")
        print v[1] + v[2]
    }
}
