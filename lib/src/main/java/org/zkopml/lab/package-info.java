/**
 * The lab bench of the notebooks: the machine a number was measured on ({@link org.zkopml.lab.Machine}),
 * live timing ({@link org.zkopml.lab.Stopwatch}; over a range of sizes, {@link org.zkopml.lab.Series}), plots ({@link org.zkopml.lab.Charts}) and the Node.js peers
 * the kit is checked against ({@link org.zkopml.lab.Peers}).
 * Nothing in the protocol packages depends on it.
 */
package org.zkopml.lab;
