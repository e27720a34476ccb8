package io.github.aimshandbook.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas of the format's YAML files, for editors (completion and validation as one types): shipped in the
 * plugin, published in every handbook under {@value #FOLDER}/, and named by the {@code # yaml-language-server} line
 * that aims:init writes into each YAML file it creates.
 */
public final class ContentSchemas {

    /** Where the schemas are in the handbook. */
    public static final String FOLDER = "schemas";

    /** Every schema, by file name, in alphabetical order. */
    public static final List<String> FILES = List.of("aims.schema.json", "evidence-record.schema.json",
            "evidence.schema.json", "risk.schema.json", "risks.schema.json", "soa.schema.json", "system.schema.json");

    private static final String RESOURCES = "io/github/aimshandbook/schemas/";

    private ContentSchemas() {
    }

    /** The schema of a content file, by its path in the content folder ('/' separators); empty for other files. */
    public static Optional<String> of(String path) {
        String[] parts = path.split("/");
        if (parts.length == 1) {
            return switch (path) {
                case "aims.yaml" -> Optional.of("aims.schema.json");
                case "soa.yaml" -> Optional.of("soa.schema.json");
                case "risks.yaml" -> Optional.of("risks.schema.json");
                case "evidence.yaml" -> Optional.of("evidence.schema.json");
                default -> Optional.empty();
            };
        }
        if (parts.length != 2 || !parts[1].endsWith(".yaml")) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "systems" -> Optional.of("system.schema.json");
            case "risks" -> Optional.of("risk.schema.json");
            case "evidence" -> Optional.of("evidence-record.schema.json");
            default -> Optional.empty();
        };
    }

    /** The bytes of a schema of {@link #FILES}. */
    public static byte[] read(String name) {
        try (InputStream in = ContentSchemas.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is incomplete: " + RESOURCES + name + " is missing.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The editor's line for a YAML file at {@code path} in the content folder, whose schemas folder is at
     * {@code schemasFromContent} (relative to the content folder, ending in '/'); empty for a file with no schema.
     */
    public static Optional<String> modeline(String path, String schemasFromContent) {
        String up = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        return of(path).map(schema -> "# yaml-language-server: $schema=" + up + schemasFromContent + schema);
    }
}
