/**
 * JShell as the kit runs it: one session in this JVM with a given class path ({@link
 * org.zkopml.session.JShellSession}), which cuts source into snippets and says why one failed, and the strict
 * script runner built on it ({@link org.zkopml.session.JShellScript}: {@code ./kit jshell FILE}, the exercises).
 * The notebook kernel ({@code kernel/}) and the library's CLI ({@code lib/}) both use it; it depends on the JDK
 * only, so that the kernel stays independent of the library.
 */
package org.zkopml.session;
