package dev.gavel.server.clics;

/** What the public may be told of an object's state. */
sealed interface PublicView {

    /** The same as administrators. */
    record Same() implements PublicView {
    }

    /** Nothing now (the board's freeze hides it, or only administrators may see it); maybe later. */
    record Withheld() implements PublicView {
    }

    /** Other data: what administrators see, less what only they may see. */
    record Redacted(String data) implements PublicView {
    }

    PublicView SAME = new Same();
    PublicView WITHHELD = new Withheld();
}
