/** A planted {@code values} package for the architecture rules' negative tests. */
package org.zkopml.planted.values;
