def s = System.in.text.trim()
switch (s) {
    case "":
        println "Hello, World!"
        break
    case "re":
        throw new IllegalStateException("runtime error on purpose")
    case "tle":
        long x = 0
        while (true) { x++ }
    case "mle":
        def keep = []
        while (true) { keep << new long[1 << 17] }
    default:
        def t = s.split(/\s+/).collect { it as long }
        println(t[0] + t[1])
}
