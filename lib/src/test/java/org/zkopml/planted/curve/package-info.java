/** A planted {@code curve} package for the architecture rules' negative tests. */
package org.zkopml.planted.curve;
