/** A planted {@code misc} package for the architecture rules' negative tests. */
package org.zkopml.planted.misc;
