/**
 * The hostile-program suite: programs as data under {@code src/test/resources/hostile/}, each with the outcome the
 * sandbox must force, and a check that the host is unchanged afterwards.
 */
package dev.gavel.sandbox.hostile;
