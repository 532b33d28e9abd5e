/** A planted {@code cli} package for the architecture rules' negative tests. */
package org.zkopml.planted.cli;
