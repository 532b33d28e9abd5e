package org.zkopml.chain;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local node for all chain tests of a run: started at the first test that asks for a {@link LocalChain}
 * parameter, closed (node stopped) when JUnit finishes the run — and, should the JVM die first, by the
 * shutdown hook {@link LocalChain} installs. Tests use fresh contract deployments, so they do not interfere.
 */
final class SharedChain implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == LocalChain.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(ExtensionContext.Namespace.create(SharedChain.class))
                .getOrComputeIfAbsent("chain", k -> new Holder(LocalChain.open()), Holder.class).chain;
    }

    private record Holder(LocalChain chain) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            chain.close();
        }
    }
}
