package dev.gavel.judge.checker;

import dev.gavel.judge.TextExcerpt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Kattis default output validator: compares white-space separated tokens of the output with the answer.
 * Case-insensitive and blind to white-space changes unless asked; with a float tolerance, every answer token that is a
 * decimal number is compared numerically, the output's token must then be a decimal number too.
 *
 * @param caseSensitive        letters must match in case ({@code case_sensitive})
 * @param spaceChangeSensitive white space between tokens must match exactly ({@code space_change_sensitive})
 * @param absoluteTolerance    accept |output − answer| ≤ this; negative when not given
 * @param relativeTolerance    accept |output − answer| ≤ this × |answer|; negative when not given
 */
public record DefaultChecker(boolean caseSensitive, boolean spaceChangeSensitive, double absoluteTolerance,
                             double relativeTolerance) implements Checker {

    // Only plain decimal notation counts as a number: "nan", "inf", hex floats and "1e" are words, so a program
    // printing "nan" never slips past a tolerance check (NaN compares false with everything, which would also work,
    // but "inf" - "inf" is NaN and "inf" against a huge answer would be accepted by a naive difference).
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int SHOW = 40;

    /** Exact token comparison, case-insensitive, white space ignored: the default with no flags. */
    public static DefaultChecker plain() {
        return new DefaultChecker(false, false, -1, -1);
    }

    /**
     * Reads the Kattis flags ({@code case_sensitive}, {@code space_change_sensitive},
     * {@code float_absolute_tolerance ε}, {@code float_relative_tolerance ε}, {@code float_tolerance ε}).
     *
     * @throws IllegalArgumentException naming an unknown flag or a missing / bad number
     */
    public static DefaultChecker fromFlags(List<String> flags) {
        boolean cs = false;
        boolean ss = false;
        double abs = -1;
        double rel = -1;
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            switch (f) {
                case "case_sensitive" -> cs = true;
                case "space_change_sensitive" -> ss = true;
                case "float_absolute_tolerance" -> abs = epsilon(flags, ++i, f);
                case "float_relative_tolerance" -> rel = epsilon(flags, ++i, f);
                case "float_tolerance" -> {
                    abs = epsilon(flags, ++i, f);
                    rel = abs;
                }
                default -> throw new IllegalArgumentException("unknown default validator flag '" + f + "' (known: "
                        + "case_sensitive, space_change_sensitive, float_absolute_tolerance, "
                        + "float_relative_tolerance, float_tolerance)");
            }
        }
        return new DefaultChecker(cs, ss, abs, rel);
    }

    private static double epsilon(List<String> flags, int i, String flag) {
        if (i >= flags.size()) throw new IllegalArgumentException("flag '" + flag + "' needs a number after it");
        try {
            double v = Double.parseDouble(flags.get(i));
            if (!(v >= 0) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("flag '" + flag + "' needs a non-negative number, found '"
                    + flags.get(i) + "'");
        }
    }

    boolean floats() {
        return absoluteTolerance >= 0 || relativeTolerance >= 0;
    }

    @Override
    public CheckResult check(CheckInput input) {
        try (TokenReader expected = new TokenReader(Files.newInputStream(input.answer()));
             TokenReader got = new TokenReader(Files.newInputStream(input.output()))) {
            while (true) {
                String e = expected.next();
                String g = got.next();
                if (spaceChangeSensitive && !expected.spaceBefore().equals(got.spaceBefore())) {
                    String where = e == null && g == null ? "at the end of the output"
                            : "before token " + got.count() + " (line " + got.tokenLine() + ")";
                    return wrong("white space differs " + where + ": expected '" + escape(expected.spaceBefore())
                            + "', got '" + escape(got.spaceBefore()) + "'");
                }
                if (e == null && g == null) return new CheckResult.Accepted(null, "");
                if (e == null) {
                    return wrong("extra output after the answer's " + (expected.count()) + " tokens: got '"
                            + show(g) + "' at token " + got.count() + " (line " + got.tokenLine() + ")");
                }
                if (g == null) {
                    return wrong("output ended after " + (got.count()) + " tokens; expected '" + show(e)
                            + "' at token " + expected.count() + " (line " + expected.tokenLine() + ")");
                }
                String problem = compare(e, g);
                if (problem != null) {
                    return wrong(problem + " at token " + got.count() + " (line " + got.tokenLine() + ")");
                }
            }
        } catch (IOException e) {
            return new CheckResult.JudgeError("default validator cannot read files: " + e.getMessage());
        }
    }

    /** Null when the tokens match, else what differs. */
    private String compare(String e, String g) {
        if (floats() && NUMBER.matcher(e).matches()) {
            if (!NUMBER.matcher(g).matches()) {
                return "expected a number like '" + show(e) + "', got '" + show(g) + "'";
            }
            double ev = Double.parseDouble(e);
            double gv = Double.parseDouble(g);
            boolean ok;
            double diff;
            if (Double.isFinite(ev) && Double.isFinite(gv)) {
                diff = Math.abs(ev - gv);
                ok = ev == gv || (absoluteTolerance >= 0 && diff <= absoluteTolerance)
                        || (relativeTolerance >= 0 && diff <= relativeTolerance * Math.abs(ev));
            } else {
                // beyond double range: exact decimals, so that 1e400 and 2e400 are not "both infinity"
                BigDecimal eb = new BigDecimal(e);
                BigDecimal d = eb.subtract(new BigDecimal(g)).abs();
                diff = d.doubleValue();
                ok = d.signum() == 0
                        || (absoluteTolerance >= 0 && d.compareTo(BigDecimal.valueOf(absoluteTolerance)) <= 0)
                        || (relativeTolerance >= 0
                        && d.compareTo(BigDecimal.valueOf(relativeTolerance).multiply(eb.abs())) <= 0);
            }
            if (ok) return null;
            return "expected '" + show(e) + "', got '" + show(g) + "' (difference " + String.format(Locale.ROOT, "%.3g", diff)
                    + " is beyond the tolerance)";
        }
        boolean same = caseSensitive ? e.equals(g) : e.equalsIgnoreCase(g);
        return same ? null : "expected '" + show(e) + "', got '" + show(g) + "'";
    }

    private static CheckResult wrong(String message) {
        return new CheckResult.WrongAnswer(message, null);
    }

    private static String show(String token) {
        return TextExcerpt.cut(token, SHOW);
    }

    private static String escape(String space) {
        return TextExcerpt.cut(space.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"), SHOW);
    }
}
