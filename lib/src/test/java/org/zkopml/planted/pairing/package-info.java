/** A planted {@code pairing} package for the architecture rules' negative tests. */
package org.zkopml.planted.pairing;
