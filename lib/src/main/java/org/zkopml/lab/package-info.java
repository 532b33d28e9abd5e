/**
 * The lab bench of the notebooks: the machine a number was measured on ({@link org.zkopml.lab.Machine}),
 * live timing ({@link org.zkopml.lab.Stopwatch}) and plots ({@link org.zkopml.lab.Charts}).
 * Nothing in the protocol packages depends on it.
 */
package org.zkopml.lab;
