package dev.gavel.server.clics;

/** One object of a contest: its type and id (null for the contest and its state). */
record ObjectKey(ObjectType type, String id) {

    ObjectKey {
        if (type.singleton() != (id == null)) {
            throw new IllegalArgumentException(type.wireName() + (type.singleton() ? " has no id" : " needs an id"));
        }
    }

    static ObjectKey singleton(ObjectType type) {
        return new ObjectKey(type, null);
    }
}
