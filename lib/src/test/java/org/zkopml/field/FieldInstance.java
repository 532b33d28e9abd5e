package org.zkopml.field;

import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A field under test: a name and a sampler of random elements. The law suite ({@link FieldLawsTest})
 * runs on every instance.
 */
public record FieldInstance<E extends FieldElement<E>>(String name, Function<RandomGenerator, E> sampler) {

    /** A random element. */
    public E random(RandomGenerator rng) {
        return sampler.apply(rng);
    }

    @Override
    public String toString() {
        return name;
    }
}
