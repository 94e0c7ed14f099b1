package dev.gavel.server.clics;

import java.util.Optional;

/** The kinds of CLICS objects Gavel logs, by their event-feed type (= endpoint name). */
enum ObjectType {
    CONTEST("contest", true),
    STATE("state", true),
    JUDGEMENT_TYPES("judgement-types", false),
    LANGUAGES("languages", false),
    PROBLEMS("problems", false),
    TEAMS("teams", false),
    SUBMISSIONS("submissions", false),
    JUDGEMENTS("judgements", false);

    private final String wireName;
    private final boolean singleton;

    ObjectType(String wireName, boolean singleton) {
        this.wireName = wireName;
        this.singleton = singleton;
    }

    String wireName() {
        return wireName;
    }

    /** One object per contest, with a null id in events. */
    boolean singleton() {
        return singleton;
    }

    /** The collection served at {@code /contests/<id>/<endpoint>}, if Gavel serves one there. */
    static Optional<ObjectType> collection(String endpoint) {
        for (ObjectType t : values()) {
            if (!t.singleton && t.wireName.equals(endpoint)) return Optional.of(t);
        }
        return Optional.empty();
    }

    static ObjectType of(String wireName) {
        for (ObjectType t : values()) {
            if (t.wireName.equals(wireName)) return t;
        }
        throw new IllegalArgumentException("not a CLICS object type Gavel logs: " + wireName);
    }
}
