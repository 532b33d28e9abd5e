package org.zkopml.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.compare.Progress;

/** The library's {@link Progress} on the CLI's stderr: each task a progress bar ({@link ProgressBars}), each note a line. */
final class BarProgress implements Progress {
    private final PrintWriter err;

    BarProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public Task task(String name, long max) {
        return new Bar(ProgressBars.of(name, max));
    }

    @Override
    public Task steps(String name, long max) {
        return new Bar(ProgressBars.steps(name, max));
    }

    @Override
    public void note(String line) {
        err.println(line);
        err.flush();
    }

    /** One bar. */
    private record Bar(ProgressBar bar) implements Task {
        @Override
        public void step() {
            bar.step();
        }

        @Override
        public void stepTo(long n) {
            bar.stepTo(n);
        }

        @Override
        public void maxHint(long max) {
            bar.maxHint(max);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
