package org.zkopml.cli;

import java.io.Console;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The CLI's progress bars: ASCII, on stderr (so that {@code --json} keeps stdout to one object), one
 * style for every command.
 */
final class ProgressBars {
    private ProgressBars() {}

    /** A bar counting {@code max} units of work ({@code max} = −1: unknown, the bar only counts). */
    static ProgressBar of(String task, long max) {
        return builder(task, max).build();
    }

    /** A bar counting VM steps, shown in millions with the speed. */
    static ProgressBar steps(String task, long max) {
        return builder(task, max).setUnit("M", 1_000_000).showSpeed().build();
    }

    /**
     * The width of a bar written where no one types: 80 columns. Only a command run in a terminal asks the terminal for
     * its width, which the bar library does by starting {@code test -t} and {@code tty} processes (eight of them, some
     * 50 ms) — a cost a piped or scripted command, a notebook or a benchmark should not pay.
     */
    static final int NON_INTERACTIVE_WIDTH = 80;

    /**
     * Whether the command runs in a terminal. Java 17–21 give a {@link Console} only then; Java 22+ give one always
     * and say whether it is a terminal ({@code Console.isTerminal()}, called by reflection: the kit compiles for 17).
     */
    static boolean inTerminal() {
        Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static ProgressBarBuilder builder(String task, long max) {
        int width = inTerminal() ? -1 : NON_INTERACTIVE_WIDTH;      // −1: the terminal's own width
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, width));
    }
}
