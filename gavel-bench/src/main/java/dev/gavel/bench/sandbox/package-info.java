/** The sandbox overhead benchmark: a static "exit 0" program run bare, under bubblewrap, and under gavel-box. */
package dev.gavel.bench.sandbox;
