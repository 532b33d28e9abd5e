/**
 * The lab's Jupyter kernel: JShell behind the Jupyter messaging protocol (5.3) over JeroMQ, written for the
 * kit because the kernel it used before, rapaio-jupyter-kernel 3.0.1, did not answer about one start in four.
 *
 * <h2>Why rapaio-jupyter-kernel 3.0.1 hung</h2>
 * Its {@code Channels.connect()} binds the five sockets, and binding the shell channel already starts the
 * shell thread's loop ({@code poll(0)}, 50 ms sleep); only afterwards does {@code registerChannels} set the
 * table of message handlers. A {@code kernel_info_request} that arrives in that window (the client connects
 * as soon as the port is bound, and the main thread binds four more sockets and publishes a status first,
 * which takes long enough on a busy 2-core machine) makes {@code Channels.getHandler} throw a {@code NullPointerException} (the handler map is still
 * {@code null}). The loop body has no {@code catch}, so the exception ends the shell thread; its message went
 * to the kernel's redirected {@code System.err} and was lost. The process stays alive and the control channel
 * still receives (interrupt and shutdown requests arrive), but nothing ever reads the shell socket again: the notebook waits for ever, and a restart
 * sometimes hits the same window again. Evidence: of 34 starts through {@code jupyter_client} on this
 * 2-core machine 7 never answered within 30 s (tests/kernel-starts.py, 2026-11-30); {@code -Xlog:exceptions=info} in each hung kernel shows the
 * {@code NullPointerException} thrown at {@code Channels.getHandler} bci 5 ({@code handlers.get(type)}) on
 * thread {@code Shell-0} and unwinding through {@code LoopThread.run}; {@code jstack} of a hung kernel shows
 * no shell loop thread any more, while healthy kernels have one. When the window is hit a little later
 * the log says "Unhandled message: kernel_info_request" instead, the thread survives and the client's
 * next {@code kernel_info_request} (it resends every second) is answered. JeroMQ's thread-safety is not the
 * cause here, though sharing one socket between threads (as that kernel's IOPub is) is unsafe too.
 *
 * <h2>How this kernel avoids it</h2>
 * The handlers exist before the first socket is bound (requests that need JShell wait for its start-up, which runs meanwhile); each socket is created, bound and
 * polled (a blocking poll, no sleeps) by the one thread that owns it ({@link org.zkopml.kernel.SocketLoop});
 * the other threads publish through a queue that only the IOPub thread drains; a handler's exception is
 * logged and the loop goes on, and a thread that dies anyway stops the process, so that Jupyter sees a dead
 * kernel (and can restart it) instead of a silent one. {@code ./kit test} starts the kernel 50 times.
 *
 * <h2>Why its own module, on JeroMQ</h2>
 * A kernel is infrastructure, not a protocol the kit teaches: it lives beside the library, not in it
 * ({@code lib} does not depend on JeroMQ, and the kernel does not depend on {@code lib}; it only puts the
 * kit's jar on JShell's class path). It is written on JeroMQ directly rather than on
 * {@code org.dflib.jjava:jjava-jupyter} 1.0-a6, because that library's {@code ShellChannel} has the same shape
 * as rapaio's (socket bound on the caller's thread, then {@code poll(0)} and a 50 ms sleep on a loop thread,
 * handlers looked up per message), and what the notebooks need from a kernel is small: execute, display data,
 * errors, interrupt, restart, completion, and what a Java user expects of a notebook: inspection with Javadoc
 * ({@link org.zkopml.kernel.JavaSources}), input through the stdin channel ({@link org.zkopml.kernel.KernelStdin}),
 * {@code stop_on_error}, and the magics {@code %load}, {@code %lsmagic}, {@code %classpath}/{@code %jars},
 * {@code %maven} (Maven's own resolver), {@code %time} and {@code %%time} ({@link org.zkopml.kernel.Magics}).
 */
package org.zkopml.kernel;
