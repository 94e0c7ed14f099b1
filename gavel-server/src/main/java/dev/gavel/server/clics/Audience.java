package dev.gavel.server.clics;

/** Who reads the API: administrators see every object; everyone else what the public board shows. */
enum Audience {
    ADMIN, PUBLIC
}
