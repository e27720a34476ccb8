package io.github.aimshandbook.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of aims:serve, the live preview, besides those of the build. */
abstract class ServeParameters extends BuildParameters {

    /**
     * The port of the live preview on the loopback interface (127.0.0.1): only this machine can open it. 0 picks a
     * free port.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.port", defaultValue = "8000")
    int port;
}
