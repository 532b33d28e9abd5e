package org.zkopml.compare;

/**
 * What a long flow of this package reports while it runs: tasks counting units of work (a progress bar in the CLI)
 * and one-line notes (a duration, the step of the tour that begins). {@link #SILENT} reports nothing.
 */
public interface Progress {
    /** Reports nothing. */
    Progress SILENT = new Progress() {
        @Override
        public Task task(String name, long max) {
            return Task.NONE;
        }

        @Override
        public void note(String line) {
        }
    };

    /** A task of {@code max} units of work begins ({@code max} = −1: not known yet); closing it ends it. */
    Task task(String name, long max);

    /** A task counting VM steps (shown in millions, with the speed); by default as {@link #task}. */
    default Task steps(String name, long max) {
        return task(name, max);
    }

    /** One line: what was done and how long it took, or what begins. */
    void note(String line);

    /** A running task. */
    interface Task extends AutoCloseable {
        /** A task that shows nothing. */
        Task NONE = new Task() {
            @Override
            public void step() {
            }

            @Override
            public void stepTo(long n) {
            }

            @Override
            public void maxHint(long max) {
            }

            @Override
            public void close() {
            }
        };

        /** {@code n} units are done. */
        void stepTo(long n);

        /** The task has {@code max} units in all. */
        void maxHint(long max);

        /** One more unit is done. */
        void step();

        /** The task ends. */
        @Override
        void close();
    }
}
