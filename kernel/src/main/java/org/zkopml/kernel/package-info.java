/**
 * The lab's Jupyter kernel: JShell behind the Jupyter messaging protocol (5.3) over JeroMQ. The message handlers
 * exist before the first socket is bound; each socket is created, bound and polled (a blocking poll, no sleeps) by
 * the one thread that owns it ({@link org.zkopml.kernel.SocketLoop}); the other threads publish through a queue that
 * only the IOPub thread drains; a handler's exception is logged and the loop goes on, and a thread that dies anyway
 * stops the process, so that Jupyter sees a dead kernel instead of a silent one. It lives beside the library, not in
 * it: {@code lib} does not depend on JeroMQ, and the kernel does not depend on {@code lib} (it puts the kit's jar on
 * JShell's class path). Besides execution, display data, errors, interrupt, restart and completion it gives what a
 * Java user expects of a notebook: inspection with Javadoc ({@link org.zkopml.kernel.JavaSources}), input through
 * the stdin channel ({@link org.zkopml.kernel.KernelStdin}), {@code stop_on_error}, and the magics {@code %load},
 * {@code %lsmagic}, {@code %classpath}/{@code %jars}, {@code %maven} (Maven's own resolver), {@code %time} and
 * {@code %%time} ({@link org.zkopml.kernel.Magics}). Why the kit has a kernel of its own (the kernel it used before
 * did not answer one start in four): {@code docs/decisions/002-the-kits-own-jupyter-kernel.md}.
 */
package org.zkopml.kernel;
