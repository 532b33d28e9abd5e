package org.zkopml.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.ResolutionErrorPolicy;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.SimpleResolutionErrorPolicy;

/**
 * {@code %maven group:artifact:version}: the artifact and its runtime dependencies, resolved the way Maven
 * resolves them (Maven's own resolver and POM model, {@code maven-resolver-supplier-mvn3}) into the local
 * repository, so that a second {@code %maven} of the same artifact needs no network. The local repository
 * is Maven's: the system property {@code maven.repo.local} when set, else {@code ~/.m2/repository}; the
 * remote one is Maven Central, or the URL in the system property {@code zkopml.kernel.maven.remote}.
 */
final class MavenArtifacts {

    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final Path localRepository;
    private final RemoteRepository remote;
    private RepositorySystem system;

    MavenArtifacts(Path localRepository, String remoteUrl) {
        this.localRepository = localRepository;
        this.remote = new RemoteRepository.Builder("central", "default", remoteUrl).build();
    }

    /** The local and remote repositories Maven would use here. */
    static MavenArtifacts fromSystemProperties() {
        String local = System.getProperty("maven.repo.local");
        Path repository = local != null && !local.isBlank() ? Path.of(local)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new MavenArtifacts(repository.toAbsolutePath(), System.getProperty("zkopml.kernel.maven.remote", CENTRAL));
    }

    Path localRepository() {
        return localRepository;
    }

    /** Why an artifact could not be had, in one line (what the cell shows). */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The jars of {@code coordinates} ({@code group:artifact[:extension[:classifier]]:version}) and of its
     * runtime dependencies, in Maven's order, each in the local repository.
     */
    List<Path> resolve(String coordinates) throws Unavailable {
        DefaultArtifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new Unavailable("'" + coordinates + "' is not group:artifact:version");
        }
        RepositorySystem repositories = system();
        RepositorySystemSession.SessionBuilder builder = new SessionBuilderSupplier(repositories).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setSystemProperties(System.getProperties())
                // a failed download is retried next time (the network may be back), not remembered for a day
                .setResolutionErrorPolicy(new SimpleResolutionErrorPolicy(ResolutionErrorPolicy.CACHE_DISABLED))
                .setConfigProperty("aether.connector.connectTimeout", 10_000)
                .setConfigProperty("aether.connector.requestTimeout", 60_000);
        try (RepositorySystemSession.CloseableSession session = builder.build()) {
            CollectRequest collect = new CollectRequest(new Dependency(artifact, "runtime"), List.of(remote));
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter("runtime"));
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : repositories.resolveDependencies(session, request).getArtifactResults()) {
                Path path = result.getArtifact().getPath();
                if (path != null) {
                    jars.add(path);
                }
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new Unavailable(reason(e));
        } catch (RuntimeException e) {
            throw new Unavailable(oneLine(String.valueOf(e.getMessage())));
        }
    }

    private synchronized RepositorySystem system() {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        return system;
    }

    /** The innermost message that says something (e.g. "Could not find artifact … in central (…)"). */
    private static String reason(Throwable e) {
        String best = e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                best = cause.getMessage();
            }
        }
        return oneLine(best == null ? e.toString() : best);
    }

    private static String oneLine(String message) {
        String first = message.strip().lines().findFirst().orElse(message);
        return first.length() > 300 ? first.substring(0, 297) + "…" : first;
    }
}
