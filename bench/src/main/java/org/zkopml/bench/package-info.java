/** JMH benchmarks of the kit; run with {@code java -jar bench/target/benchmarks.jar [regex]}. */
package org.zkopml.bench;
