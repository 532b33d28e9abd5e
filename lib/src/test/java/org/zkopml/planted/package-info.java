/**
 * Planted violations of the architecture rules, compiled as test code only: {@code ArchitectureTest} runs
 * each rule with this package as its root and requires it to fail here. The sub-packages mirror the
 * library's names (vm, cli, curve, pairing, values, and misc, which is in no layer).
 */
package org.zkopml.planted;
