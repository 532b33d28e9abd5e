/** A planted {@code vm} package for the architecture rules' negative tests. */
package org.zkopml.planted.vm;
