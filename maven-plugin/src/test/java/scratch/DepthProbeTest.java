package scratch;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepthProbeTest {
    @TempDir Path temp;

    @Test
    void probe() throws Exception {
        Map<String, IntFunction<String>> md = new LinkedHashMap<>();
        String only = System.getProperty("probe.only", "");
        md.put("md-quote", d -> "# T\n\n" + ">".repeat(d) + " x\n");
        md.put("md-bracket", d -> "# T\n\n" + "[".repeat(d) + "x\n");
        md.put("md-bracket-closed", d -> "# T\n\n" + "[".repeat(d) + "x" + "](y)".repeat(d) + "\n");
        md.put("md-list", d -> { StringBuilder b = new StringBuilder("# T\n\n"); for (int i = 0; i < d; i++) b.append("  ".repeat(i)).append("- a\n"); return b.toString(); });
        md.put("md-emph", d -> "# T\n\n" + "*a ".repeat(d) + "x" + " a*".repeat(d) + "\n");
        md.put("md-html", d -> "# T\n\n" + "<div>".repeat(d) + "x" + "</div>".repeat(d) + "\n");
        md.put("md-span", d -> "# T\n\nx " + "<span>".repeat(d) + "x" + "</span>".repeat(d) + "\n");
        md.put("adoc-quote", d -> "= T\n\n" + nestAdoc(d));
        md.put("adoc-list", d -> { StringBuilder b = new StringBuilder("= T\n\n"); for (int i = 1; i <= d; i++) b.append("*".repeat(i)).append(" a\n"); return b.toString(); });
        md.put("adoc-bracket", d -> "= T\n\n" + "[".repeat(d) + "x\n");
        int[] depths = Arrays.stream(System.getProperty("probe.depths", "50,200,1000,5000,20000").split(",")).mapToInt(Integer::parseInt).toArray();
        for (var e : md.entrySet()) {
            if (!only.isEmpty() && !e.getKey().startsWith(only)) continue;
            for (int d : depths) {
                Path root = Fixtures.copy("small", Files.createTempDirectory(temp, "p"));
                boolean adoc = e.getKey().startsWith("adoc");
                if (!adoc) Files.delete(root.resolve("procedures/risk-procedure.adoc"));
                Files.writeString(root.resolve(adoc ? "policies/x.adoc" : "policies/x.md"), e.getValue().apply(d));
                long t = System.nanoTime();
                String[] box = new String[1];
                boolean pdf = !Boolean.getBoolean("probe.nopdf");
                Thread th = new Thread(() -> { String outcome;
                try {
                    Result r = new Pipeline().run(Options.builder(root, root.resolveSibling("out"), Fixtures.TODAY).writeWithErrors(true).pdf(pdf).build());
                    outcome = "ok files=" + r.filesWritten() + " errors=" + r.count(io.github.aimshandbook.engine.model.Severity.ERROR)
                        + " " + r.findings().stream().filter(f -> f.severity() == io.github.aimshandbook.engine.model.Severity.ERROR).map(f -> f.code()).toList();
                } catch (Throwable x) {
                    StackTraceElement[] st = x.getStackTrace();
                    String where = "";
                    for (StackTraceElement s : st) { if (s.getClassName().startsWith("io.github")) { where = s.toString(); break; } }
                    outcome = "THROW " + x.getClass().getSimpleName() + " top=" + (st.length > 0 ? st[0] : "") + " ours=" + where;
                    Throwable c = x; while (c.getCause() != null) c = c.getCause();
                    outcome += " root=" + c.getClass().getSimpleName();
                }
                box[0] = outcome; });
                th.start();
                th.join(Long.getLong("probe.timeout", 60) * 1000);
                String outcome = box[0];
                if (th.isAlive()) { outcome = "TIMEOUT"; th.stop(); th.join(5000); }
                String line = ("PROBE " + e.getKey() + " d=" + d + " ms=" + (System.nanoTime() - t) / 1_000_000 + " " + outcome);
                Files.writeString(Path.of("/tmp/probe.txt"), line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    static String nestAdoc(int d) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d; i++) b.append("====".substring(0, 0)).append("=".repeat(4 + i)).append("\n");
        b.append("x\n");
        for (int i = d - 1; i >= 0; i--) b.append("=".repeat(4 + i)).append("\n");
        return b.toString();
    }
}
