/**
 * The classroom exercises: an exercise read from its folder ({@link org.zkopml.exercise.Exercise}: statement,
 * skeleton, staged checks, reference solution, mutants), one run of its checks against a file in a JShell with the
 * kit loaded ({@link org.zkopml.exercise.ExerciseRun}), and the exercises of a kit checkout as the student and the
 * kit's tests use them ({@link org.zkopml.exercise.Exercises}: check, verdict, list, self-test). The JShell is
 * the strict runner of {@code org.zkopml.session}; {@code ./kit exercise} is a thin command over this package.
 */
package org.zkopml.exercise;
