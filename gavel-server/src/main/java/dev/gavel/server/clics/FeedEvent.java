package dev.gavel.server.clics;

/**
 * One event of a contest's log: an object's new state ({@code data} null: it was deleted).
 *
 * @param seq    the event's place in its contest's log, from 1; its token in the feed
 * @param hidden not shown to the public: a result that the board's freeze hides, or a detail for administrators
 */
record FeedEvent(long seq, ObjectKey key, String data, boolean hidden) {
}
