/**
 * Hash functions of the kit: Keccak-256 as Ethereum computes it.
 */
package org.zkopml.hash;
