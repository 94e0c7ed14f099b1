use strict;
use warnings;

my $s = do { local $/; <STDIN> } // "";
$s =~ s/^\s+|\s+$//g;
if ($s eq "") {
    print "Hello, World!\n";
} elsif ($s eq "re") {
    die "runtime error on purpose\n";
} elsif ($s eq "tle") {
    my $x = 0;
    while (1) { $x++; }
} elsif ($s eq "mle") {
    my @keep;
    while (1) { push @keep, "x" x (1 << 20); }
} else {
    my ($a, $b) = split /\s+/, $s;
    print $a + $b, "\n";
}
