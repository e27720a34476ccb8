package io.github.aimshandbook.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the AIMS content, then writes the HTML handbook, aims-report.json and soa.csv to the output folder. When
 * the content has errors (and failOnError is true) nothing is written, so the previous handbook stays intact.
 *
 * @since 0.1.0
 */
@Mojo(name = "handbook", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class HandbookMojo extends AbstractAimsMojo {

    @Override
    boolean renders() {
        return true;
    }
}
