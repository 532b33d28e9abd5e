/**
 * The kit's command line ({@code ./kit ...}): one picocli entry point, {@link org.zkopml.cli.Main},
 * and the strict JShell script runner used by {@code ./kit jshell FILE.jsh} and {@code ./kit test}.
 * Nothing in the library depends on this package.
 */
package org.zkopml.cli;
