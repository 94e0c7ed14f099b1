package dev.gavel.server.clics;

/**
 * What an object of a contest should be now: its data ({@code null}: it should not exist) and what the public may be
 * told of it. A deletion is always told to the public.
 */
record Wanted(ObjectKey key, String data, PublicView publicView) {

    Wanted {
        if (data == null) publicView = PublicView.SAME;
    }

    static Wanted of(ObjectKey key, Object object, PublicView publicView) {
        return new Wanted(key, ClicsJson.write(object), publicView);
    }

    static Wanted deleted(ObjectKey key) {
        return new Wanted(key, null, PublicView.SAME);
    }
}
