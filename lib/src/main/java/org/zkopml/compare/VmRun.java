package org.zkopml.compare;

import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.Task;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.Memory;
import org.zkopml.vm.Replay;
import org.zkopml.vm.Status;
import org.zkopml.vm.Vm;

/**
 * A model run on the opML VM as a submitter and every watcher run it: to the end, with a checkpoint every
 * {@link Dispute#CHECKPOINT_INTERVAL} steps and the final state's hash. What {@code ./kit op run} runs, and the opML
 * step of the {@link Tour}.
 *
 * @param task       the compiled model and its input
 * @param steps      the trace length
 * @param status     how the run ended
 * @param finalState the final state's hash
 * @param output     the output words
 * @param nanos      the run with checkpoints and hashing
 */
public record VmRun(Task task, long steps, Status status, Bytes32 finalState, long[] output, long nanos) {
    /** Copies the output. */
    public VmRun {
        output = output.clone();
    }

    /** The output words (a copy). */
    @Override
    public long[] output() {
        return output.clone();
    }

    /** Runs {@code task} with checkpoints and state hashes, counting steps in a task named {@code "run " + label}. */
    public static VmRun replay(Task task, String label, Progress progress) {
        long start = System.nanoTime();
        Replay replay;
        try (Progress.Task steps = progress.steps("run " + label, -1)) {
            replay = Replay.of(task.model().whole(), task.input(), Dispute.CHECKPOINT_INTERVAL, steps::stepTo);
            steps.maxHint(replay.length());
            steps.stepTo(replay.length());
        }
        long nanos = System.nanoTime() - start;
        long[] output = replay.finalWords(task.model().whole().outputAddress(), task.model().whole().outputLength());
        return new VmRun(task, replay.length(), replay.finalStatus(), replay.finalState().hash(), output, nanos);
    }

    /**
     * The VM's speed without hashing, after JIT warm-up: the program re-run on one memory (its code never depends on old
     * buffer contents), in steps per second. IllegalStateException if a re-run takes another number of steps.
     */
    public double stepsPerSecond() {
        Memory memory = task.model().whole().memory(task.input());
        long rerun = new Vm(memory).run(Long.MAX_VALUE);
        if (rerun != steps) throw new IllegalStateException("a re-run took " + rerun + " steps, the replay " + steps);
        Measurement speed = Stopwatch.measure("VM run", () -> new Vm(memory).run(Long.MAX_VALUE), 100, 300);
        return speed.operationsPerSecond() * steps;
    }
}
