package io.github.aimshandbook.engine.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the preview handbook on the loopback interface only, so that nobody else on the network can read it. HTML
 * pages get the reload script, a same-origin file that only this server has ({@value #RELOAD_SCRIPT}), and a
 * Content-Security-Policy that lets it ask {@value #STATUS} for news; the files of the handbook themselves never
 * contain either, so a published handbook has no reload script.
 */
final class PreviewServer implements AutoCloseable {

    static final String RELOAD_SCRIPT = "/__aims/reload.js";
    static final String STATUS = "/__aims/status";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("sarif", "application/sarif+json"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"));

    /** What the preview shows before any build has written a handbook (the first one had errors). */
    private static final String NO_HANDBOOK = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\">"
            + "<title>No handbook yet</title></head><body><h1>No handbook yet</h1><p>The content has errors, so no"
            + " handbook was written. They are listed below and in the terminal; this page reloads when a build"
            + " succeeds.</p></body></html>\n";

    private final Path root;
    private final Supplier<BuildStatus> status;
    private final byte[] reloadScript;
    private final HttpServer server;
    private final ExecutorService threads;

    /**
     * @param port the port on 127.0.0.1 (or the loopback address of the machine); 0 for any free one
     * @throws UncheckedIOException when the port is taken
     */
    PreviewServer(Path root, int port, Supplier<BuildStatus> status) {
        this.root = root.toAbsolutePath().normalize();
        this.status = status;
        this.reloadScript = resource("reload.js");
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the preview on port " + port + ": " + e.getMessage()
                    + ". Choose another port with -Daims.port=...", e);
        }
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "aims-serve-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    /** The address of the start page, such as http://127.0.0.1:8000/. */
    URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(RELOAD_SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), reloadScript);
                return;
            }
            if (path.equals(STATUS)) {
                send(exchange, 200, TYPES.get("json"), status.get().json());
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                Path missing = root.resolve("404.html");
                byte[] body = withReload(Files.isRegularFile(missing) ? Files.readAllBytes(missing)
                        : NO_HANDBOOK.getBytes(StandardCharsets.UTF_8));
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, type, type.startsWith("text/html") ? withReload(body) : body);
        }
    }

    /** The file a request path names inside the root, or null for none (or one outside the root). */
    private Path resolve(String rawPath) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Path file = root.resolve(decoded.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    /** The page with the reload script, and a policy that allows it to ask this server for the build's status. */
    byte[] withReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        html = html.replaceFirst("(<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*?)(\">)",
                "$1; connect-src 'self'$2");
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\" data-build=\"" + status.get().number()
                + "\" defer></script>";
        int head = html.indexOf("</head>");
        html = head < 0 ? tag + html : html.substring(0, head) + tag + html.substring(head);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is incomplete: " + name + " of the preview is missing.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
