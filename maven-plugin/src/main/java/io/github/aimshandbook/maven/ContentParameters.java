package io.github.aimshandbook.maven;

import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameter every goal has: where the content is. The goals' parameters are declared once, in this class and
 * the classes below it ({@link ReadParameters}, {@link BuildParameters}, {@link ReportParameters}); each goal
 * extends the one whose parameters it takes, so no goal re-declares one.
 */
abstract class ContentParameters extends AbstractMojo {

    /**
     * The AIMS content: aims.yaml, soa.yaml, systems/, risks, evidence and the documents. Defaults to
     * {@code src/aims} in the project folder (for aims:init without a pom, in the current folder).
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.contentDirectory")
    File contentDirectory;

    /**
     * The project, so that findings name files as the user sees them from its folder.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /**
     * The session, for the folder that Maven was started in when there is no pom.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** The project's folder, or without a pom (Maven runs a stub project with no folder) the current folder. */
    File projectDirectory() {
        return project != null && project.getFile() != null ? project.getBasedir()
                : new File(session.getExecutionRootDirectory());
    }

    File contentDirectory() {
        return contentDirectory != null ? contentDirectory : new File(projectDirectory(), "src/aims");
    }

    /**
     * The content folder as seen from the root of the git repository it is in (the nearest folder above it with a
     * {@code .git}), for the SARIF report and GitHub's annotations, which name files from there; outside a
     * repository, as seen from the project folder.
     */
    String sourcePrefix() {
        File content = contentDirectory().getAbsoluteFile();
        for (File dir = content; dir != null; dir = dir.getParentFile()) {
            if (new File(dir, ".git").exists()) {
                String where = GoalSupport.relative(dir, content);
                return where.isEmpty() ? "" : where + "/";
            }
        }
        return contentPrefix();
    }

    /** "src/aims/": what findings' paths are prefixed with, so that they read as seen from the project folder. */
    String contentPrefix() {
        String where = GoalSupport.relative(projectDirectory(), contentDirectory());
        return where.isEmpty() ? "" : where + "/";
    }
}
