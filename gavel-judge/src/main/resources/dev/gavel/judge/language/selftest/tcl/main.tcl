set s [string trim [read stdin]]
if {$s eq ""} {
    puts "Hello, World!"
} elseif {$s eq "re"} {
    error "runtime error on purpose"
} elseif {$s eq "tle"} {
    set x 0
    while 1 { incr x }
} elseif {$s eq "mle"} {
    set keep {}
    while 1 { lappend keep "[string repeat x 1048576][llength $keep]" }
} else {
    lassign $s a b
    puts [expr {$a + $b}]
}
